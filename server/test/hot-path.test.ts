/**
 * The authenticated request path stays lean (issue #2): one read of the session joined with its
 * user, and no write on most requests. Queries are counted with Kysely's own log hook.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { PASSWORD, authed, loginOk, testClock, type TestContext } from './helpers.js'

let close: () => Promise<void> = async () => {}
afterEach(() => close())

it('answers an authenticated GET with exactly one SELECT (a join) and no write', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-hot-'))
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite3')}` })
  const queries: string[] = []
  const db = openDatabase(config.databaseUrl, { onQuery: (sql) => queries.push(sql) })
  await migrateToLatest(db)
  const clock = testClock()
  const app = await buildApp(config, { db, clock, logger: false })
  close = async () => {
    await app.close()
    await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
  const ctx: TestContext = { app, db, clock, config, dir }
  const created = await app.services.users.create({ username: 'alice', password: PASSWORD })
  expect(created.ok).toBe(true)
  const cookies = await loginOk(ctx)

  queries.length = 0
  const response = await authed(ctx, cookies, { url: '/api/hello/' })
  expect(response.statusCode).toBe(200)
  expect(queries).toHaveLength(1)
  expect(queries[0]).toMatch(/^select .* from "sessions" inner join "users"/)

  // Once a minute the same request also records activity: one UPDATE, nothing else.
  clock.advance(60_000)
  queries.length = 0
  await authed(ctx, cookies, { url: '/api/hello/' })
  expect(queries.map((sql) => sql.split(' ')[0])).toEqual(['select', 'update'])
})
