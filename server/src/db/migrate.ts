/** Applies the frozen migrations, listed explicitly so src/ and dist/ behave the same. */
import { Migrator, type Migration, type MigrationResult, type MigrationResultSet } from 'kysely'
import type { Db } from './database.js'
import * as initial from './migrations/2026-11-30T000000-initial.js'
import * as revocation from './migrations/2026-12-01T000000-revocation.js'
import * as importSource from './migrations/2026-12-06T000000-import-source.js'
import * as usernameSkeleton from './migrations/2026-12-06T000100-username-skeleton.js'
import * as auditHardening from './migrations/2026-12-06T000200-audit-hardening.js'
import * as throttleInFlight from './migrations/2026-12-06T000300-throttle-in-flight.js'

const MIGRATIONS: Record<string, Migration> = {
  '2026-11-30T000000-initial': initial,
  '2026-12-01T000000-revocation': revocation,
  '2026-12-06T000000-import-source': importSource,
  '2026-12-06T000100-username-skeleton': usernameSkeleton,
  '2026-12-06T000200-audit-hardening': auditHardening,
  '2026-12-06T000300-throttle-in-flight': throttleInFlight,
}

export interface MigrateResult {
  applied: string[]
}

/**
 * Brings the schema up to date; throws with the failing migration's name on error. The values the
 * application computes for existing rows come after it: `upgradeDatabase` in `src/upgrade.ts`.
 */
export async function migrateToLatest(db: Db): Promise<MigrateResult> {
  return migrate(db, (migrator) => migrator.migrateToLatest())
}

/** Brings the schema to exactly `name` (up or down): upgrade tests start from an old schema. */
export async function migrateTo(db: Db, name: string): Promise<MigrateResult> {
  if (!Object.hasOwn(MIGRATIONS, name)) throw new Error(`No migration named ${name}`)
  return migrate(db, (migrator) => migrator.migrateTo(name))
}

/**
 * Brings an app's own migrations up to date, recorded in `table` (and `<table>_lock`) instead of
 * Sesame's: the two sets of names never meet, and each is applied in its own name order.
 */
export async function migrateOwnTable(
  db: Db,
  table: string,
  migrations: Readonly<Record<string, Migration>>,
): Promise<MigrateResult> {
  return migrate(db, (migrator) => migrator.migrateToLatest(), {
    migrations,
    table,
  })
}

async function migrate(
  db: Db,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
  own: { migrations: Readonly<Record<string, Migration>>; table: string } | null = null,
): Promise<MigrateResult> {
  const migrations = own?.migrations ?? MIGRATIONS
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    ...(own ? { migrationTableName: own.table, migrationLockTableName: `${own.table}_lock` } : {}),
  })
  const { error, results } = await run(migrator)
  const failed = results?.find((result: MigrationResult) => result.status === 'Error')
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : ''
    throw new Error(
      `Migration failed${name}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  }
}
