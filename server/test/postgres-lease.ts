/**
 * What `build()` uses under SESAME_TEST_DATABASE=postgres: one database per vitest worker, cloned
 * from the run's migrated template (test/postgres-setup.ts) and emptied before each lease; a
 * second lease while the first is held (two apps in one test) or a test that changes the schema
 * gets a clone of its own, dropped at release. Apart from test/postgres.ts because it reads
 * vitest's provided context, and e2e's scale-out setup imports test/postgres.ts outside vitest.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { POSTGRES_ADMIN_URL } from './postgres.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated template of this run (test/postgres-setup.ts), or null on SQLite. */
    postgresTemplate: PostgresTemplate | null
  }
}

/** Provided by test/postgres-setup.ts to every test file of a PostgreSQL run. */
export interface PostgresTemplate {
  /** The migrated database every test database is cloned from. */
  template: string
  /** Starts the name of every database of this run (the setup drops them all at the end). */
  prefix: string
}

export interface PostgresLease {
  url: string
  release(): Promise<void>
}

// Kept as they are: the migrations' own bookkeeping, and the secret the audit-hardening migration
// made (a fresh database has it from its first migration, so an emptied one must keep it too).
const KEPT_TABLES = ['kysely_migration', 'kysely_migration_lock', 'secrets']

let workerDatabase: { name: string; leased: boolean } | null = null

function databaseUrl(name: string): string {
  const url = new URL(POSTGRES_ADMIN_URL)
  url.pathname = `/${name}`
  return url.toString()
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/**
 * A migrated, empty PostgreSQL database for one app: this worker's own (emptied: every table
 * truncated, identities restarted, migrations and the audit secret kept), or a fresh clone of the
 * template when `own` is set or the worker's database is already leased. Call `release` after.
 */
export async function leasePostgresDatabase(
  options: { own?: boolean } = {},
): Promise<PostgresLease> {
  const provided = inject('postgresTemplate')
  if (!provided) {
    throw new Error('SESAME_TEST_DATABASE=postgres needs test/postgres-setup.ts (vitest.config.ts)')
  }
  const { template, prefix } = provided
  if (options.own || workerDatabase?.leased) {
    const name = `${prefix}_own_${randomBytes(5).toString('hex')}`
    await withClient(POSTGRES_ADMIN_URL, (admin) =>
      admin.query(`create database ${name} template ${template}`),
    )
    return {
      url: databaseUrl(name),
      release: () =>
        withClient(POSTGRES_ADMIN_URL, async (admin) => {
          await admin.query(`drop database if exists ${name} with (force)`)
        }),
    }
  }
  if (!workerDatabase) {
    // Test files of one worker run one after the other, each with fresh modules: the database
    // may exist from an earlier file of this worker.
    const name = `${prefix}_worker_${process.env.VITEST_POOL_ID ?? process.pid}`
    await withClient(POSTGRES_ADMIN_URL, async (admin) => {
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name])
      if (!rowCount) await admin.query(`create database ${name} template ${template}`)
    })
    workerDatabase = { name, leased: false }
  }
  const lease = workerDatabase
  const url = databaseUrl(lease.name)
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public' and not (tablename = any($1))`,
      [KEPT_TABLES],
    )
    const tables = rows.map((row) => `"${row.tablename}"`).join(', ')
    if (tables) await client.query(`truncate table ${tables} restart identity cascade`)
  })
  lease.leased = true
  return {
    url,
    release: async () => {
      lease.leased = false
    },
  }
}
