/**
 * Bringing a database up to date: the frozen migrations (`db/migrate.ts`), then the values the
 * application itself computes for rows that lack them. Kept out of `db/` so that the database
 * layer never imports a feature folder; `server.ts` and the CLI call this, tests that only need
 * a schema call `migrateToLatest`.
 */
import { appMigrationTable, type SesameApp } from './app-definition.js'
import { fillUsernameSkeletons } from './auth/username-skeleton.repository.js'
import type { Db } from './db/database.js'
import { migrateOwnTable, migrateToLatest, type MigrateResult } from './db/migrate.js'

/**
 * Applies Sesame's pending migrations, computes the username skeletons still missing (after the
 * 2026-12-06 upgrade, or for users an instance on older code created during a rolling upgrade),
 * then applies the app's pending migrations (named `<app>/<migration>` in the result): an app's
 * tables may refer to Sesame's, never the other way round.
 */
export async function upgradeDatabase(
  db: Db,
  app: SesameApp | null = null,
): Promise<MigrateResult> {
  const result = await migrateToLatest(db)
  await fillUsernameSkeletons(db)
  if (app?.migrations && Object.keys(app.migrations).length) {
    const own = await migrateOwnTable(db, appMigrationTable(app), app.migrations)
    result.applied.push(...own.applied.map((name) => `${app.name}/${name}`))
  }
  return result
}
