/**
 * Issue #13 item 8: parallel logins with the right password are not refused because of each
 * other, while a parallel burst of guesses stays bounded by the free attempts (decision 0006).
 * Every login here pays the real argon2id cost on the hashing pool (`REAL_COST`): the windows in
 * which parallel attempts overlap are as wide as in production.
 */
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { waitForRedis } from '../src/redis/connection.js'
import { loginThrottleKeys } from '../src/security/login.throttle.js'
import { IN_FLIGHT_STALE_MS } from '../src/security/throttle.store.js'
import {
  ORIGIN,
  PASSWORD,
  authed,
  build,
  createUser,
  loginOk,
  secondInstance,
  storedSessionCount,
  type TestContext,
} from './helpers.js'

/** A login from `ip` (the default inject address is 127.0.0.1); resolves to the status. */
async function loginFrom(
  ctx: TestContext,
  password: string,
  ip = '127.0.0.1',
): Promise<{ status: number; retryAfter: unknown }> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/login/',
    remoteAddress: ip,
    headers: { host: 'localhost', origin: ORIGIN },
    payload: { username: 'alice', password },
  })
  return { status: response.statusCode, retryAfter: response.headers['retry-after'] }
}

/** argon2id at the OWASP cost, not the tests' cheap one (test/helpers.ts). */
const REAL_COST = { realPasswordCost: true }

const count = (statuses: number[], status: number): number =>
  statuses.filter((s) => s === status).length

describe('parallel logins (issue #13 item 8)', () => {
  it('50 parallel right-password logins of one user from one address all succeed', async () => {
    const ctx = await build({}, REAL_COST)
    await createUser(ctx)
    const results = await Promise.all(Array.from({ length: 50 }, () => loginFrom(ctx, PASSWORD)))
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200))
    expect(await storedSessionCount(ctx)).toBe(50)
  }, 20_000)

  it('50 parallel right-password logins spread over two instances all succeed', async () => {
    const one = await build({}, REAL_COST)
    await createUser(one)
    const two = await secondInstance(one)
    // As build() does for the first: the second's Redis connection must be up before the burst.
    if (two.app.services.redis) await waitForRedis(two.app.services.redis)
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => loginFrom(i % 2 ? two : one, PASSWORD)),
    )
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200))
  }, 20_000)

  it('a burst of 50 parallel guesses still gets exactly the 5 free attempts: 5 × 400, 45 × 429', async () => {
    const ctx = await build({}, REAL_COST)
    await createUser(ctx)
    const results = await Promise.all(Array.from({ length: 50 }, () => loginFrom(ctx, 'wrong')))
    const statuses = results.map((r) => r.status)
    expect(count(statuses, 400)).toBe(5)
    expect(count(statuses, 429)).toBe(45)
    // Once the guesses have failed, the right password waits out the delay like anyone else.
    expect((await loginFrom(ctx, PASSWORD)).status).toBe(429)
    ctx.clock.advance(1000)
    expect((await loginFrom(ctx, PASSWORD)).status).toBe(200)
  }, 20_000)

  it('a mixed burst from one address: guesses stay bounded, every answer is one it may be', async () => {
    const ctx = await build({}, REAL_COST)
    await createUser(ctx)
    // Interleaved: right, wrong, right, wrong…
    const passwords = Array.from({ length: 50 }, (_, i) => (i % 2 ? `wrong-${i}` : PASSWORD))
    const results = await Promise.all(passwords.map((password) => loginFrom(ctx, password)))
    const right = results.filter((_, i) => passwords[i] === PASSWORD).map((r) => r.status)
    const wrong = results.filter((_, i) => passwords[i] !== PASSWORD).map((r) => r.status)
    expect(count(right, 200) + count(right, 429)).toBe(25)
    expect(count(wrong, 400) + count(wrong, 429)).toBe(25)
    expect(count(right, 200)).toBeGreaterThan(0)
    // Each success clears this address's counter (as one after another would), so at most five
    // guesses get checked per success, plus five; the account-wide counter caps them at 20.
    expect(count(wrong, 400)).toBeLessThanOrEqual(Math.min(20, 5 * (count(right, 200) + 1)))
  }, 20_000)

  it("a burst of guesses from one address does not refuse the owner's parallel logins from another", async () => {
    const ctx = await build({}, REAL_COST)
    await createUser(ctx)
    const attack = Array.from({ length: 50 }, () => loginFrom(ctx, 'guess', '203.0.113.66'))
    const owner = Array.from({ length: 10 }, () => loginFrom(ctx, PASSWORD, '198.51.100.1'))
    const [attacker, own] = await Promise.all([Promise.all(attack), Promise.all(owner)])
    expect(
      count(
        attacker.map((r) => r.status),
        400,
      ),
    ).toBe(5)
    expect(
      count(
        attacker.map((r) => r.status),
        429,
      ),
    ).toBe(45)
    expect(own.map((r) => r.status)).toEqual(Array(10).fill(200))
  }, 20_000)

  it('10 parallel re-authentications from one session all succeed', async () => {
    const ctx = await build({}, REAL_COST)
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        authed(ctx, cookies, {
          method: 'POST',
          url: '/api/reauthenticate/',
          payload: { password: PASSWORD },
        }),
      ),
    )
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(200))
  }, 20_000)

  it('waits about 3 s for attempts in flight, then 429; marks of a dead instance expire', async () => {
    const ctx = await build({}, REAL_COST)
    await createUser(ctx)
    // Five attempts counted by an instance that died before checking them.
    const { rules } = loginThrottleKeys('alice', '127.0.0.1')
    for (let i = 0; i < 5; i++) {
      expect(await ctx.app.services.throttle.attempt(rules, ctx.clock())).toEqual({
        allowed: true,
      })
    }
    const started = performance.now()
    const refused = await loginFrom(ctx, PASSWORD)
    const waited = performance.now() - started
    expect(refused).toEqual({ status: 429, retryAfter: '1' })
    expect(waited).toBeGreaterThan(1500)
    expect(waited).toBeLessThan(6000)
    // Stale marks count as settled failures, whose 1 s delay is long over by then.
    ctx.clock.advance(IN_FLIGHT_STALE_MS)
    expect((await loginFrom(ctx, PASSWORD)).status).toBe(200)
  }, 20_000)

  it('a check that fails with an error settles its attempt as a failure, leaving no mark in flight', async () => {
    // Its own database on PostgreSQL: the table renamed below must not stay renamed for others.
    const ctx = await build({}, { ...REAL_COST, ownDatabase: true })
    await createUser(ctx)
    // The user lookup fails mid-check (as in a database outage), after the attempt was counted.
    await sql`ALTER TABLE users RENAME TO users_away`.execute(ctx.db)
    for (let i = 0; i < 5; i++) {
      expect((await loginFrom(ctx, PASSWORD)).status).toBeGreaterThanOrEqual(500)
    }
    await sql`ALTER TABLE users_away RENAME TO users`.execute(ctx.db)
    // Settled failures refuse with a wait to announce; unsettled marks would say "wait" instead,
    // and go on holding every login back while attempts keep refreshing them.
    const { rules } = loginThrottleKeys('alice', '127.0.0.1')
    const decision = await ctx.app.services.throttle.attempt(rules, ctx.clock())
    expect(decision).toEqual({ allowed: false, retryAfterMs: 1000, refusal: expect.anything() })
    ctx.clock.advance(1000)
    expect((await loginFrom(ctx, PASSWORD)).status).toBe(200)
  }, 20_000)
})
