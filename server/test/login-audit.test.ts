/**
 * Issue #13, what a login writes to the audit log: no tried name that matches no account, only
 * its keyed digest (item 7); one `login_throttled` row per blocking period, not per 429, and the
 * retention setting (item 6).
 */
import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { UNKNOWN_USERNAME_PREFIX } from '../src/audit/username-digest.js'
import { waitForRedis } from '../src/redis/connection.js'
import {
  authed,
  build,
  createUser,
  login,
  loginOk,
  secondInstance,
  type Cookies,
  type TestContext,
} from './helpers.js'
import { REDIS_TEST_URL, redisReachable } from './redis.js'

const redisAvailable = await redisReachable()

/** A second instance on the same database (and Redis), ready to take logins. */
async function another(ctx: TestContext): Promise<TestContext> {
  const other = await secondInstance(ctx)
  if (other.app.services.redis) await waitForRedis(other.app.services.redis)
  return other
}

async function withRoot(): Promise<{ ctx: TestContext; root: Cookies }> {
  const ctx = await build()
  await createUser(ctx, 'root', { isSuperuser: true })
  return { ctx, root: await loginOk(ctx, 'root') }
}

const DIGEST = new RegExp(`^${UNKNOWN_USERNAME_PREFIX}[0-9a-f]{12}$`)

describe('issue #13 item 7: a failed login with a name that matches no account', () => {
  it('stores a keyed digest, never the name; repeated attempts group; the filter finds them', async () => {
    const { ctx, root } = await withRoot()
    await createUser(ctx, 'alice')
    const typedPassword = 'Tr0ub4dor-and-3'
    await login(ctx, typedPassword, 'x')
    await login(ctx, typedPassword.toUpperCase(), 'y')
    await login(ctx, 'someone-else', 'z')
    await login(ctx, 'ALICE', 'a-wrong-password')

    const failed = (await ctx.app.services.audit.list({ event: 'login_failed' })).reverse()
    const names = failed.map((event) => event.username)
    expect(names[0]).toMatch(DIGEST)
    // Case-insensitive, like the account lookup: the same digest.
    expect(names[1]).toBe(names[0])
    expect(names[2]).toMatch(DIGEST)
    expect(names[2]).not.toBe(names[0])
    // A name that matches an account is kept as typed.
    expect(names[3]).toBe('ALICE')
    // Keyed: not a plain hash of the name anyone could compute.
    const plain = createHash('sha256').update(typedPassword.toLowerCase()).digest('hex')
    expect(names[0]).not.toBe(`${UNKNOWN_USERNAME_PREFIX}${plain.slice(0, 12)}`)

    const dump = JSON.stringify(await ctx.db.selectFrom('audit_events').selectAll().execute())
    expect(dump.toLowerCase()).not.toContain(typedPassword.toLowerCase())
    const csv = await authed(ctx, root, { url: '/api/admin/audit/export/' })
    expect(csv.body.toLowerCase()).not.toContain(typedPassword.toLowerCase())

    // ?username= with the name finds its failures through the digest, in any case.
    const found = await authed(ctx, root, {
      url: `/api/admin/audit/?username=${encodeURIComponent(typedPassword.toLowerCase())}`,
    })
    expect(found.json().results.map((e: { id: number }) => e.id)).toEqual(
      failed
        .slice(0, 2)
        .map((event) => event.id)
        .reverse(),
    )
    const exported = await authed(ctx, root, {
      url: `/api/admin/audit/export/?username=someone-else`,
    })
    expect(exported.body).toContain(names[2])
    expect(exported.body.split('\r\n')).toHaveLength(3)
  })

  it('gives the same digest on another instance of the same database', async () => {
    const { ctx } = await withRoot()
    await login(ctx, 'no-such-name', 'x')
    const other = await another(ctx)
    await login(other, 'No-Such-Name', 'x')
    const failed = await ctx.app.services.audit.list({ event: 'login_failed' })
    expect(failed).toHaveLength(2)
    expect(failed[0]?.username).toMatch(DIGEST)
    expect(failed[0]?.username).toBe(failed[1]?.username)
  })
})

describe('issue #13 item 6: one login_throttled event per blocking period, with a count', () => {
  const throttledEvents = async (ctx: TestContext): Promise<Array<Record<string, unknown>>> =>
    (await ctx.app.services.audit.list({ event: 'login_throttled', limit: 1000 })).map(
      (event) => event.detail ?? {},
    )

  /** Five failures block alice from this address; then `n` more attempts, `parallel` at once. */
  async function hammer(ctx: TestContext, n: number, parallel: number): Promise<number[]> {
    for (let i = 0; i < 5; i++) await login(ctx, 'alice', 'a-wrong-password')
    const statuses: number[] = []
    for (let done = 0; done < n; done += parallel) {
      const batch = Array.from({ length: Math.min(parallel, n - done) }, () =>
        login(ctx, 'alice', 'a-wrong-password').then((r) => r.response.statusCode),
      )
      statuses.push(...(await Promise.all(batch)))
    }
    return statuses
  }

  async function expectOnePerPeriod(ctx: TestContext): Promise<void> {
    await createUser(ctx, 'alice')
    const statuses = await hammer(ctx, 200, 1)
    expect(statuses.every((status) => status === 429)).toBe(true)
    await ctx.app.services.audit.flushRefusals()
    const events = await throttledEvents(ctx)
    expect(events).toHaveLength(1)
    // Every 429 counted: the first one wrote the event, the others added to it.
    expect(events[0]).toMatchObject({ refused: 200, retryAfterSeconds: 1 })

    // A burst in parallel: still one event per period (at most a few), never one per request.
    ctx.clock.advance(1_000)
    const burst = await hammer(ctx, 200, 20)
    expect(burst.filter((status) => status === 429).length).toBeGreaterThanOrEqual(195)
    await ctx.app.services.audit.flushRefusals()
    const after = await throttledEvents(ctx)
    expect(after.length).toBeLessThanOrEqual(4)
  }

  it('after the first refusal of a period, a 429 writes nothing; the event counts them all', async () => {
    const sqlQueries: string[] = []
    const ctx = await build({ SESSION_STORE: 'sql' }, { onQuery: (q) => sqlQueries.push(q) })
    await createUser(ctx, 'alice')
    for (let i = 0; i < 6; i++) await login(ctx, 'alice', 'a-wrong-password')
    // Past the first refusal, the hot 429 path writes nothing: no INSERT, no UPDATE.
    sqlQueries.length = 0
    for (let i = 0; i < 20; i++) {
      expect((await login(ctx, 'alice', 'a-wrong-password')).response.statusCode).toBe(429)
    }
    expect(sqlQueries.filter((q) => /^\s*(insert|update|delete)/i.test(q))).toEqual([])
    await ctx.app.services.audit.flushRefusals()
    expect(await throttledEvents(ctx)).toMatchObject([{ refused: 21 }])
  })

  it('200 throttled attempts write at most a handful of events (SQLite)', async () => {
    await expectOnePerPeriod(await build({ SESSION_STORE: 'sql' }))
  })

  it.skipIf(!redisAvailable)('the same with the Redis throttle store', async () => {
    const prefix = `sesame-test:${randomBytes(6).toString('hex')}:`
    await expectOnePerPeriod(
      await build({ SESSION_STORE: REDIS_TEST_URL, REDIS_KEY_PREFIX: prefix }),
    )
  })

  it('a new blocking period writes a new event; another instance counts into the same one', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    await hammer(ctx, 3, 1)
    const other = await another(ctx)
    for (let i = 0; i < 4; i++) await login(other, 'alice', 'a-wrong-password')
    await other.app.services.audit.flushRefusals()
    await ctx.app.services.audit.flushRefusals()
    expect(await throttledEvents(ctx)).toMatchObject([{ refused: 7 }])
    // The period ends; the next attempt fails and blocks again, for 2 s: a new period.
    ctx.clock.advance(1_000)
    expect((await login(ctx, 'alice', 'a-wrong-password')).response.statusCode).toBe(400)
    expect((await login(ctx, 'alice', 'a-wrong-password')).response.statusCode).toBe(429)
    await ctx.app.services.audit.flushRefusals()
    expect(await throttledEvents(ctx)).toMatchObject([
      { refused: 1, retryAfterSeconds: 2 },
      { refused: 7 },
    ])
  })

  it('a throttled name that matches no account is stored as its digest too', async () => {
    const ctx = await build()
    for (let i = 0; i < 6; i++) await login(ctx, 'my-secret-passw0rd', 'x')
    const [event] = await ctx.app.services.audit.list({ event: 'login_throttled' })
    expect(event?.username).toMatch(DIGEST)
    const dump = JSON.stringify(await ctx.db.selectFrom('audit_events').selectAll().execute())
    expect(dump).not.toContain('my-secret-passw0rd')
  })
})
