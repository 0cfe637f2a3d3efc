/**
 * Brute-force throttling (docs/security.md, "Brute force"), driven by the injectable clock.
 */
import { describe, expect, it } from 'vitest'
import { usernameKey } from '../src/users/username.js'
import {
  LOGIN_COUNTERS_LIFETIME_MS,
  accountThrottleKeys,
  loginThrottleKeys,
} from '../src/security/login.throttle.js'
import {
  PASSWORD,
  build,
  createUser,
  login,
  type TestContext,
  storedThrottleCounters,
} from './helpers.js'

async function attempt(ctx: TestContext, username: string, password: string) {
  const { response } = await login(ctx, username, password, {})
  return response
}

async function attemptFrom(ctx: TestContext, ip: string, username: string, password: string) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/login/',
    remoteAddress: ip,
    headers: { host: 'localhost', origin: 'http://localhost' },
    payload: { username, password },
  })
}

describe('login throttling', () => {
  it('allows five failures per account and IP, then 429 with Retry-After, doubling', async () => {
    const ctx = await build()
    await createUser(ctx)
    for (let i = 0; i < 5; i++) {
      expect((await attempt(ctx, 'alice', 'wrong')).statusCode).toBe(400)
    }
    const blocked = await attempt(ctx, 'alice', PASSWORD)
    expect(blocked.statusCode).toBe(429)
    expect(blocked.json()).toEqual({
      error: { code: 'too_many_attempts', message: 'Too many failed attempts. Try again later.' },
    })
    expect(blocked.headers['retry-after']).toBe('1')

    ctx.clock.advance(1000)
    expect((await attempt(ctx, 'alice', 'wrong')).statusCode).toBe(400)
    const second = await attempt(ctx, 'alice', 'wrong')
    expect(second.statusCode).toBe(429)
    expect(second.headers['retry-after']).toBe('2')
  })

  it('throttles unknown usernames exactly like real ones', async () => {
    const ctx = await build()
    await createUser(ctx)
    const real: Array<[number, unknown, string | undefined]> = []
    const ghost: Array<[number, unknown, string | undefined]> = []
    for (let i = 0; i < 7; i++) {
      const a = await attempt(ctx, 'alice', 'wrong')
      const b = await attempt(ctx, 'nobody', 'wrong')
      real.push([a.statusCode, a.json(), a.headers['retry-after'] as string | undefined])
      ghost.push([b.statusCode, b.json(), b.headers['retry-after'] as string | undefined])
    }
    expect(ghost).toEqual(real)
    expect(real.map(([status]) => status)).toEqual([400, 400, 400, 400, 400, 429, 429])
  })

  it('a success clears the account+IP counter', async () => {
    const ctx = await build()
    await createUser(ctx)
    for (let i = 0; i < 4; i++) await attempt(ctx, 'alice', 'wrong')
    expect((await attempt(ctx, 'alice', PASSWORD)).statusCode).toBe(200)
    for (let i = 0; i < 5; i++) {
      expect((await attempt(ctx, 'alice', 'wrong')).statusCode).toBe(400)
    }
    expect((await attempt(ctx, 'alice', 'wrong')).statusCode).toBe(429)
  })

  it('counts a burst of parallel guesses before verifying, so the burst cannot slip through', async () => {
    const ctx = await build()
    await createUser(ctx)
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => attempt(ctx, 'alice', 'wrong')),
    )
    const statuses = responses.map((r) => r.statusCode).sort()
    expect(statuses.filter((s) => s === 400)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(15)
  })

  it('blocks one account attacked from many IPs after 20 failures, for every IP', async () => {
    const ctx = await build()
    await createUser(ctx)
    for (let i = 0; i < 20; i++) {
      expect((await attemptFrom(ctx, `10.1.0.${i}`, 'alice', 'wrong')).statusCode).toBe(400)
    }
    expect((await attemptFrom(ctx, '10.2.0.1', 'alice', PASSWORD)).statusCode).toBe(429)
    // Other accounts are not affected.
    await createUser(ctx, 'bob')
    expect((await attemptFrom(ctx, '10.2.0.1', 'bob', PASSWORD)).statusCode).toBe(200)
  })

  it('counts IPv6 clients per /64, so rotating addresses does not reset the counter', async () => {
    const ctx = await build()
    await createUser(ctx)
    for (let i = 1; i <= 5; i++) {
      expect((await attemptFrom(ctx, `2001:db8:0:1::${i}`, 'alice', 'wrong')).statusCode).toBe(400)
    }
    expect((await attemptFrom(ctx, '2001:db8:0:1:ffff::9', 'alice', PASSWORD)).statusCode).toBe(429)
    expect((await attemptFrom(ctx, '2001:db8:0:2::1', 'alice', PASSWORD)).statusCode).toBe(200)
  })

  it('lets a shared office IP log many users in without blocking anyone', async () => {
    const ctx = await build()
    const names = Array.from({ length: 12 }, (_, i) => `user${i}`)
    for (const name of names) await createUser(ctx, name)
    // 120 successful logins from one NAT address: more than the per-IP failure allowance.
    for (let round = 0; round < 10; round++) {
      const responses = await Promise.all(
        names.map((name) => attemptFrom(ctx, '192.0.2.10', name, PASSWORD)),
      )
      expect(responses.map((r) => r.statusCode)).toEqual(names.map(() => 200))
    }
    const key = loginThrottleKeys('user0', '192.0.2.10').rules[2]?.key ?? 'missing'
    // Successes never count on the per-IP counter (SQL: the row exists, created at zero).
    expect((await storedThrottleCounters(ctx)).get(key) ?? 0).toBe(0)
  })

  it('lets an office IP with a steady trickle of typos go on for days', async () => {
    const ctx = await build()
    await createUser(ctx)
    // One typo every three minutes from the NAT, each by someone else, for eight hours.
    for (let i = 0; i < 160; i++) {
      ctx.clock.advance(3 * 60_000)
      expect((await attemptFrom(ctx, '192.0.2.20', `colleague${i}`, 'typo')).statusCode).toBe(400)
    }
    expect((await attemptFrom(ctx, '192.0.2.20', 'alice', PASSWORD)).statusCode).toBe(200)
  })

  it('stops password spraying from one IP after 100 failures', async () => {
    const ctx = await build()
    await createUser(ctx)
    for (let i = 0; i < 100; i++) {
      expect((await attemptFrom(ctx, '198.51.100.7', `victim${i}`, 'Summer2026!')).statusCode).toBe(
        400,
      )
    }
    expect((await attemptFrom(ctx, '198.51.100.7', 'alice', PASSWORD)).statusCode).toBe(429)
    expect((await attemptFrom(ctx, '198.51.100.8', 'alice', PASSWORD)).statusCode).toBe(200)

    // Once blocked, the client writes nothing: new usernames do not grow the counter table.
    const count = async (): Promise<number> => (await storedThrottleCounters(ctx)).size
    const before = await count()
    for (let i = 0; i < 30; i++) {
      expect((await attemptFrom(ctx, '198.51.100.7', `fresh${i}`, 'x')).statusCode).toBe(429)
    }
    expect(await count()).toBe(before)
  })

  it('unlocks one account from every address, leaving other accounts and addresses alone', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    await createUser(ctx, 'bob')
    // Someone guesses at alice from two addresses until both are blocked; bob is blocked too.
    for (const ip of ['203.0.113.5', '198.51.100.7']) {
      for (let i = 0; i < 5; i++) await attemptFrom(ctx, ip, 'alice', 'wrong')
      expect((await attemptFrom(ctx, ip, 'alice', PASSWORD)).statusCode).toBe(429)
    }
    for (let i = 0; i < 5; i++) await attemptFrom(ctx, '203.0.113.5', 'bob', 'wrong')

    const { keys, prefixes } = accountThrottleKeys(usernameKey('ALICE'))
    const cleared = await ctx.app.services.throttle.clearMatching(keys, prefixes)
    expect(cleared).toBe(3) // the account counter and one per address

    for (const ip of ['203.0.113.5', '198.51.100.7']) {
      expect((await attemptFrom(ctx, ip, 'alice', PASSWORD)).statusCode).toBe(200)
    }
    expect((await attemptFrom(ctx, '203.0.113.5', 'bob', PASSWORD)).statusCode).toBe(429)
  })

  it('prunes counters once they have lapsed, and only those', async () => {
    const ctx = await build()
    await attemptFrom(ctx, '10.9.0.1', 'old', 'wrong')
    ctx.clock.advance(LOGIN_COUNTERS_LIFETIME_MS)
    await attemptFrom(ctx, '10.9.0.2', 'recent', 'wrong')
    const removed = await ctx.app.services.throttle.prune(ctx.clock() - LOGIN_COUNTERS_LIFETIME_MS)
    expect(removed).toBe(3)
    const keys = [...(await storedThrottleCounters(ctx)).keys()]
    const recent = loginThrottleKeys('recent', '10.9.0.2').rules.map((rule) => rule.key)
    expect(keys.sort()).toEqual(recent.sort())
  })

  it('records failed, throttled and successful logins in the audit log, without passwords', async () => {
    const ctx = await build()
    await createUser(ctx)
    for (let i = 0; i < 6; i++) await attempt(ctx, 'alice', 'wrong-secret-xyz')
    ctx.clock.advance(60_000)
    await attempt(ctx, 'alice', PASSWORD)
    const events = (await ctx.app.services.audit.list()).filter((e) => e.event.startsWith('login'))
    expect(events.map((e) => e.event).reverse()).toEqual([
      ...Array(5).fill('login_failed'),
      'login_throttled',
      'login_succeeded',
    ])
    const dump = JSON.stringify(await ctx.db.selectFrom('audit_events').selectAll().execute())
    expect(dump).not.toContain('wrong-secret-xyz')
    expect(dump).not.toContain(PASSWORD)
  })
})
