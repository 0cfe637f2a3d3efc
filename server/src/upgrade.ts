/**
 * Bringing a database up to date: the frozen migrations (`db/migrate.ts`), then the values the
 * application itself computes for rows that lack them. Kept out of `db/` so that the database
 * layer never imports a feature folder; `server.ts` and the CLI call this, tests that only need
 * a schema call `migrateToLatest`.
 */
import { fillUsernameSkeletons } from './auth/username-skeleton.repository.js'
import type { Db } from './db/database.js'
import { migrateToLatest, type MigrateResult } from './db/migrate.js'

/**
 * Applies the pending migrations, then computes the username skeletons still missing (after the
 * 2026-12-06 upgrade, or for users an instance on older code created during a rolling upgrade).
 */
export async function upgradeDatabase(db: Db): Promise<MigrateResult> {
  const result = await migrateToLatest(db)
  await fillUsernameSkeletons(db)
  return result
}
