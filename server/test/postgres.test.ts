/**
 * The schema and the SQL also run on PostgreSQL (issue #2, "Database"): migrations, the Django
 * reference flow (docs/README.md), throttling and revocation on a throwaway database at
 * 127.0.0.1:5432. Skipped with a message when no server answers, except under CI=true where
 * PostgreSQL must be there.
 */
import { usernameKey } from '../src/users/username.js'
import { accountThrottleKeys } from '../src/security/login.throttle.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/core/config.js'
import type { Db } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { PASSWORD, authed, login, loginOk, testClock, type TestContext } from './helpers.js'
import {
  POSTGRES_ADMIN_URL,
  freshPostgresDatabase,
  postgresReachable,
  type FreshPostgres,
} from './postgres.js'

const available = await postgresReachable()
if (!available && process.env.CI === 'true') {
  throw new Error(`PostgreSQL is required under CI but ${POSTGRES_ADMIN_URL} does not answer`)
}
if (!available) {
  console.warn(`Skipping PostgreSQL tests: nothing answers at ${POSTGRES_ADMIN_URL}.`)
}

describe.skipIf(!available)('on PostgreSQL', () => {
  let postgres: FreshPostgres | null = null
  let db: Db
  let ctx: TestContext

  beforeAll(async () => {
    postgres = await freshPostgresDatabase('pgtest')
    if (!postgres) throw new Error('PostgreSQL does not answer')
    db = postgres.db
    const config = loadConfig({ DATABASE_URL: postgres.url })
    const clock = testClock()
    const app = await buildApp(config, { db, clock, logger: false })
    ctx = { app, db, clock, config, dir: '' }
  })

  afterAll(async () => {
    await ctx?.app.close()
    await postgres?.drop()
  })

  it('migrates twice without error', async () => {
    expect((await migrateToLatest(db)).applied).toEqual([])
  })

  it('counts a parallel burst of guesses atomically across connections', async () => {
    const created = await ctx.app.services.users.create({ username: 'bursty', password: PASSWORD })
    expect(created.ok).toBe(true)
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => login(ctx, 'bursty', 'wrong').then((r) => r.response)),
    )
    const statuses = responses.map((r) => r.statusCode)
    expect(statuses.filter((s) => s === 400)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(15)
  })

  it('answers odd usernames with a 4xx, never a 500 (NUL, NFKC expansion, case expansion)', async () => {
    for (const username of ['alice\u0000', '㎒'.repeat(150), 'İ'.repeat(100)]) {
      const { response } = await login(ctx, username, 'whatever-password')
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('invalid_credentials')
    }
    const created = await ctx.app.services.users.create({
      username: 'İ'.repeat(100),
      password: PASSWORD,
    })
    expect(created.ok).toBe(false)
  })

  it('runs the Django reference flow, throttling and revocation', async () => {
    const created = await ctx.app.services.users.create({ username: 'Alice', password: PASSWORD })
    expect(created.ok).toBe(true)
    expect(
      (await ctx.app.services.users.create({ username: 'alice', password: PASSWORD })).ok,
    ).toBe(false)

    const cookies = await loginOk(ctx, 'ALICE')
    const hello = await authed(ctx, cookies, { url: '/api/hello/' })
    expect(hello.json()).toEqual({ message: 'Hello Alice' })
    ctx.clock.advance(61_000)
    expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(200)

    for (let i = 0; i < 5; i++) {
      expect((await login(ctx, 'alice', 'wrong')).response.statusCode).toBe(400)
    }
    expect((await login(ctx, 'alice', PASSWORD)).response.statusCode).toBe(429)
    // `sesame unlock` on PostgreSQL: the account and its account+IP counter go, then login works.
    const { keys, prefixes } = accountThrottleKeys(usernameKey('alice'))
    expect(await ctx.app.services.throttle.clearMatching(keys, prefixes)).toBe(2)
    expect((await login(ctx, 'alice', PASSWORD)).response.statusCode).toBe(200)

    const changed = await ctx.app.services.users.changePassword('alice', 'a-new-long-passphrase-4')
    expect(changed).toEqual({ ok: true, value: { sessionsRevoked: 2 } }) // both logins' sessions
    expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(401)
    expect((await ctx.app.services.audit.list()).length).toBeGreaterThan(5)
    expect(await ctx.app.services.sessions.clearExpired()).toBe(0)
  })
  it('runs sessions, re-authentication, groups, the admin API and the audit query', async () => {
    const groups = ctx.app.services.groups
    expect((await groups.create({ name: 'support', permissions: ['auth.view_user'] }, {})).ok).toBe(
      true,
    )
    const root = await ctx.app.services.users.create({
      username: 'pg_root',
      email: 'root@example.com',
      password: PASSWORD,
      isStaff: true,
      isSuperuser: true,
    })
    const helper = await ctx.app.services.users.create({
      username: 'pg_helper',
      password: PASSWORD,
      isStaff: true,
      groups: ['support'],
    })
    expect(root.ok && helper.ok).toBe(true)
    const rootCookies = await loginOk(ctx, 'pg_root')
    const helperCookies = await loginOk(ctx, 'pg_helper')
    const helperPhone = await loginOk(ctx, 'pg_helper')

    // LIKE wildcards are plain characters on PostgreSQL too (ESCAPE '\\').
    const wild = await authed(ctx, helperCookies, { url: '/api/admin/users/?search=%25' })
    expect(wild.statusCode).toBe(200)
    expect(wild.json().count).toBe(0)
    const search = await authed(ctx, helperCookies, { url: '/api/admin/users/?search=G_HEL' })
    expect(search.json().results.map((u: { username: string }) => u.username)).toEqual([
      'pg_helper',
    ])
    const sessions = await authed(ctx, helperCookies, { url: '/api/sessions/' })
    expect(sessions.json().sessions).toHaveLength(2)
    const revoked = await authed(ctx, helperCookies, {
      method: 'POST',
      url: '/api/sessions/revoke-others/',
    })
    expect(revoked.json()).toEqual({ revoked: 1 })
    expect((await authed(ctx, helperPhone, { url: '/api/hello/' })).statusCode).toBe(401)

    const helperId = helper.ok ? helper.value.id : 0
    const removed = await authed(ctx, rootCookies, {
      method: 'PATCH',
      url: `/api/admin/users/${helperId}/`,
      payload: { groups: [], isActive: false },
    })
    expect(removed.statusCode).toBe(200)
    expect((await authed(ctx, helperCookies, { url: '/api/hello/' })).statusCode).toBe(401)
    const audit = await authed(ctx, rootCookies, {
      url: `/api/admin/audit/?user=${helperId}&type=user_deactivated`,
    })
    expect(audit.json()).toMatchObject({
      count: 1,
      results: [{ actor: { username: 'pg_root' }, target: { id: helperId } }],
    })
  })

  it('answers NUL and other control characters with a 400, never a 500', async () => {
    const created = await ctx.app.services.users.create({
      username: 'pg_nul_root',
      password: PASSWORD,
      isStaff: true,
      isSuperuser: true,
    })
    expect(created.ok).toBe(true)
    const cookies = await loginOk(ctx, 'pg_nul_root')
    const id = created.ok ? created.value.id : 0
    const requests: Array<{
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
      url: string
      payload?: object
    }> = [
      { method: 'DELETE', url: '/api/sessions/a%00b/' },
      { method: 'GET', url: '/api/admin/users/?search=%00' },
      { method: 'GET', url: '/api/admin/audit/?type=%00' },
      { method: 'PATCH', url: `/api/admin/users/${id}/`, payload: { email: 'a\u0000b@c.de' } },
      { method: 'PATCH', url: `/api/admin/users/${id}/`, payload: { groups: ['x\u0000'] } },
      { method: 'POST', url: '/api/admin/groups/', payload: { name: 'g\u0000' } },
      {
        method: 'POST',
        url: '/api/admin/users/',
        payload: { username: 'pg_nul', email: 'c\u0000@d.de', password: PASSWORD },
      },
    ]
    for (const request of requests) {
      const response = await authed(ctx, cookies, request)
      expect(response.statusCode, request.url).toBe(400)
    }
  })
})
