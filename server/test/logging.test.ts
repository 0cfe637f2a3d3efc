/**
 * Never log a password, a session id or a CSRF token (brief, "Standards"), at any level, also
 * when requests fail. The app logs at trace level into a buffer and the buffer is searched.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { PASSWORD, authed, cookieHeader, login, testClock, type TestContext } from './helpers.js'

let close: () => Promise<void> = async () => {}
afterEach(() => close())

it('keeps secrets out of the log through login, use, CSRF failure and logout', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-log-'))
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite3')}` })
  const db = openDatabase(config.databaseUrl)
  await migrateToLatest(db)
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString())
      callback()
    },
  })
  const clock = testClock()
  const app = await buildApp(config, { db, clock, logger: { level: 'trace', stream } })
  close = async () => {
    await app.close()
    await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
  const ctx: TestContext = { app, db, clock, config, dir }
  await app.services.users.create({ username: 'alice', password: PASSWORD })

  await login(ctx, 'alice', 'a-wrong-guess-123')
  const { cookies } = await login(ctx, 'alice', PASSWORD)
  await authed(ctx, cookies, { url: '/api/hello/' })
  await app.inject({
    method: 'POST',
    url: '/api/logout/',
    headers: { origin: 'http://localhost', cookie: cookieHeader(cookies), 'x-csrftoken': 'forged' },
  })
  await authed(ctx, cookies, { method: 'POST', url: '/api/logout/' })

  const log = lines.join('')
  expect(log).toContain('audit: login_succeeded')
  expect(log).toContain('csrf check failed')
  for (const secret of [PASSWORD, 'a-wrong-guess-123', cookies.sessionid, cookies.csrftoken]) {
    expect(secret).toBeTruthy()
    expect(log).not.toContain(secret)
  }
})
