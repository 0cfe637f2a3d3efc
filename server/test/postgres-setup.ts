/**
 * Vitest global setup (vitest.config.ts). Under SESAME_TEST_DATABASE=postgres it migrates one
 * template database for the whole run, from which test/postgres-lease.ts clones one database per
 * vitest worker (`create database … template …`, a file copy instead of six migrations per test),
 * and at the end drops the template and every database cloned from it. Otherwise it does nothing.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { POSTGRES_ADMIN_URL } from './postgres.js'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.SESAME_TEST_DATABASE !== 'postgres') {
    project.provide('postgresTemplate', null)
    return async () => {}
  }
  // One prefix per run: helpers running the suite at the same time on the same server never
  // touch each other's databases.
  const prefix = `sesame_run_${randomBytes(5).toString('hex')}`
  const template = `${prefix}_template`
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  try {
    await admin.connect()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(
      `SESAME_TEST_DATABASE=postgres but PostgreSQL does not answer at ${POSTGRES_ADMIN_URL}: ${reason}`,
    )
  }
  try {
    await admin.query(`create database ${template}`)
    const url = new URL(POSTGRES_ADMIN_URL)
    url.pathname = `/${template}`
    const db = openDatabase(url.toString())
    try {
      await migrateToLatest(db)
    } finally {
      // A template must have no connections when it is cloned.
      await db.destroy()
    }
  } finally {
    await admin.end()
  }
  project.provide('postgresTemplate', { template, prefix })

  return async () => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
    await client.connect()
    try {
      const { rows } = await client.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`${prefix}\\_%`],
      )
      for (const { datname } of rows) {
        await client.query(`drop database if exists ${datname} with (force)`)
      }
    } finally {
      await client.end()
    }
  }
}
