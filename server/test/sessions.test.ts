/**
 * Session lifetimes and revocation, with the injectable clock.
 */
import { describe, expect, it } from 'vitest'
import { authed, build, createUser, loginOk, storedSessionCount } from './helpers.js'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

describe('session expiry', () => {
  it('ends a session idle for longer than SESSION_IDLE_TIMEOUT', async () => {
    const ctx = await build({ SESSION_IDLE_TIMEOUT: '30m' })
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    ctx.clock.advance(29 * MINUTE)
    expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(200)
    // Activity slides the idle window…
    ctx.clock.advance(29 * MINUTE)
    expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(200)
    // …and idleness past it ends the session for good.
    ctx.clock.advance(30 * MINUTE)
    expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(401)
    expect(await storedSessionCount(ctx)).toBe(0)
  })

  it('ends a session at SESSION_ABSOLUTE_TIMEOUT however active it is', async () => {
    const ctx = await build({ SESSION_IDLE_TIMEOUT: '1d', SESSION_ABSOLUTE_TIMEOUT: '3d' })
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    for (let step = 0; step < 5; step++) {
      ctx.clock.advance(12 * 60 * MINUTE)
      expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(200)
    }
    ctx.clock.advance(12 * 60 * MINUTE)
    expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(401)
  })

  it('keeps an active session alive under an idle timeout shorter than a minute', async () => {
    const ctx = await build({ SESSION_IDLE_TIMEOUT: '45s' })
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    for (let step = 0; step < 9; step++) {
      ctx.clock.advance(20_000)
      expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(200)
    }
    ctx.clock.advance(45_000)
    expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(401)
  })

  it('writes last-seen at most once a minute', async () => {
    const ctx = await build()
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    const user = await ctx.app.services.users.findByUsername('alice')
    const lastSeen = async (): Promise<number | undefined> =>
      (await ctx.app.services.sessions.listForUser(user?.id ?? 0))[0]?.lastSeenAt
    const start = await lastSeen()
    expect(start).toBeDefined()
    ctx.clock.advance(59_000)
    await authed(ctx, cookies, { url: '/api/hello/' })
    expect(await lastSeen()).toBe(start)
    ctx.clock.advance(1_000)
    await authed(ctx, cookies, { url: '/api/hello/' })
    expect(await lastSeen()).toBe((start ?? 0) + MINUTE)
  })

  it('clearExpired removes exactly the expired sessions', async () => {
    const ctx = await build({ SESSION_IDLE_TIMEOUT: '1d', SESSION_ABSOLUTE_TIMEOUT: '10d' })
    await createUser(ctx, 'alice')
    await createUser(ctx, 'bob')
    await createUser(ctx, 'carol')
    const idle = await loginOk(ctx, 'alice')
    ctx.clock.advance(2 * DAY)
    const fresh = await loginOk(ctx, 'bob')
    const alsoFresh = await loginOk(ctx, 'carol')
    expect(await ctx.app.services.sessions.clearExpired()).toBe(1)
    expect((await authed(ctx, fresh, { url: '/api/hello/' })).statusCode).toBe(200)
    expect((await authed(ctx, alsoFresh, { url: '/api/hello/' })).statusCode).toBe(200)
    expect((await authed(ctx, idle, { url: '/api/hello/' })).statusCode).toBe(401)
    expect(await ctx.app.services.sessions.clearExpired()).toBe(0)
  })
})

describe('revocation', () => {
  it('a password change ends every session of that user on the next request', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    await createUser(ctx, 'bob')
    const laptop = await loginOk(ctx, 'alice')
    const phone = await loginOk(ctx, 'alice')
    const bob = await loginOk(ctx, 'bob')
    const result = await ctx.app.services.users.changePassword('alice', 'another-long-passphrase-7')
    expect(result).toEqual({ ok: true, value: { sessionsRevoked: 2 } })
    const [event] = await ctx.app.services.audit.list({ event: 'password_changed' })
    expect(event).toMatchObject({ username: 'alice', detail: { via: 'api', sessionsRevoked: 2 } })
    expect((await authed(ctx, laptop, { url: '/api/hello/' })).statusCode).toBe(401)
    expect((await authed(ctx, phone, { url: '/api/hello/' })).statusCode).toBe(401)
    expect((await authed(ctx, bob, { url: '/api/hello/' })).statusCode).toBe(200)
  })

  it('a session whose user was deactivated or whose auth_version moved is dead', async () => {
    const ctx = await build()
    const alice = await createUser(ctx, 'alice')
    const bob = await createUser(ctx, 'bob')
    const aliceCookies = await loginOk(ctx, 'alice')
    const bobCookies = await loginOk(ctx, 'bob')
    await ctx.db.updateTable('users').set({ is_active: 0 }).where('id', '=', alice.id).execute()
    await ctx.db
      .updateTable('users')
      .set((eb) => ({ auth_version: eb('auth_version', '+', 1) }))
      .where('id', '=', bob.id)
      .execute()
    expect((await authed(ctx, aliceCookies, { url: '/api/hello/' })).statusCode).toBe(401)
    expect((await authed(ctx, bobCookies, { url: '/api/hello/' })).statusCode).toBe(401)
  })
})
