/**
 * issue #13 item 14: on PostgreSQL an event whose insert began before an export and committed
 * during it (a lower id, visible only later) made the file one row longer than the `rows` the
 * export counted and recorded. The export now reads from one REPEATABLE READ snapshot.
 * Always on a throwaway PostgreSQL database (skipped with a message when none answers).
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import type { AuditEvent } from '../src/audit/audit.service.js'
import { loadConfig } from '../src/core/config.js'
import { testClock, type TestContext } from './helpers.js'
import { freshPostgresDatabase, postgresReachable, type FreshPostgres } from './postgres.js'

const available = await postgresReachable()

describe.skipIf(!available)('issue #13 item 14: the export on PostgreSQL', () => {
  let postgres: FreshPostgres | null = null
  let ctx: TestContext

  beforeAll(async () => {
    postgres = await freshPostgresDatabase('auditexport')
    if (!postgres) throw new Error('PostgreSQL does not answer')
    const config = loadConfig({ DATABASE_URL: postgres.url })
    const app = await buildApp(config, { db: postgres.db, clock: testClock(), logger: false })
    ctx = { app, db: postgres.db, clock: testClock(), config, dir: '' }
  })

  afterAll(async () => {
    await ctx?.app.close()
    await postgres?.drop()
  })

  it('count and rows agree when an insert commits between two batches', async () => {
    const { audit, users } = ctx.app.services
    const created = await users.create({ username: 'root', password: 'correct-horse-battery-9' })
    if (!created.ok) throw new Error('no root')
    // An insert that has its id but has not committed yet: another instance, mid-transaction.
    const late = await ctx.db.startTransaction().execute()
    await late
      .insertInto('audit_events')
      .values({ at: 1, event: 'bulk_test', username: 'late' })
      .execute()
    // More than one batch of later events, all committed: the late row lands in a later batch.
    await sql`
      insert into audit_events (at, event, username)
      select i, 'bulk_test', 'bulk' from generate_series(2, 1501) as i
    `.execute(ctx.db)
    const exported = await audit.exportEvents(
      { event: 'bulk_test' },
      { actor: { id: created.value.id, username: 'root', isSuperuser: true }, maxRows: 100_000 },
    )
    if (!exported.ok) throw new Error('refused')
    expect(exported.count).toBe(1500)
    const rows: AuditEvent[] = []
    let batches = 0
    for await (const batch of exported.batches) {
      rows.push(...batch)
      // After the first batch, the late insert commits.
      if (++batches === 1) await late.commit().execute()
    }
    expect(batches).toBeGreaterThan(1)
    expect(rows.map((row) => row.username)).not.toContain('late')
    expect(rows).toHaveLength(exported.count)
    const recorded = await audit.list({ event: 'audit_exported' })
    expect(recorded[0]?.detail).toMatchObject({ rows: rows.length })
    // The snapshot's connection went back to the pool: the database still answers at once.
    await sql`select 1`.execute(ctx.db)
  })

  it('gives the connection back when a download is abandoned before its first batch', async () => {
    const { audit } = ctx.app.services
    const actor = { id: 1, username: 'root', isSuperuser: true }
    // More exports than the pool has connections (10): a leak would make the 11th wait and fail.
    for (let i = 0; i < 12; i++) {
      const exported = await audit.exportEvents({}, { actor, maxRows: 100_000 })
      if (!exported.ok) throw new Error('refused')
      await exported.batches[Symbol.asyncIterator]().return?.()
    }
    const open = await sql<{ n: string }>`
      select count(*) as n from pg_stat_activity
      where datname = current_database() and state = 'idle in transaction'
    `.execute(ctx.db)
    expect(Number(open.rows[0]?.n)).toBe(0)
  })
})
