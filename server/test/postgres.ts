/**
 * A throwaway PostgreSQL database for tests, at 127.0.0.1:5432 (or SESAME_TEST_POSTGRES_URL):
 * created migrated (unless told not to), dropped after, for tests that choose PostgreSQL
 * themselves or need an empty one, and for e2e's scale-out setup. Null with a message when nothing
 * answers; under CI=true PostgreSQL must be there. What `build()` uses under
 * SESAME_TEST_DATABASE=postgres is in test/postgres-lease.ts.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type Db, type OpenOptions } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'

export const POSTGRES_ADMIN_URL =
  process.env.SESAME_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: POSTGRES_ADMIN_URL,
    connectionTimeoutMillis: 2000,
  })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

export interface FreshPostgres {
  url: string
  db: Db
  drop(): Promise<void>
}

export async function freshPostgresDatabase(
  label: string,
  options: OpenOptions & { migrate?: boolean } = {},
): Promise<FreshPostgres | null> {
  if (!(await postgresReachable())) {
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is required under CI but ${POSTGRES_ADMIN_URL} does not answer`)
    }
    console.warn(
      `Skipping PostgreSQL tests: nothing answers at ${POSTGRES_ADMIN_URL} (install postgresql).`,
    )
    return null
  }
  const name = `sesame_${label}_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(POSTGRES_ADMIN_URL)
  url.pathname = `/${name}`
  const db = openDatabase(url.toString(), options)
  if (options.migrate !== false) await migrateToLatest(db)
  return {
    url: url.toString(),
    db,
    async drop(): Promise<void> {
      await db.destroy()
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}
