/**
 * The Django reference client's flow (docs/README.md, Where Sesame comes from) and the cookie
 * contract (README.md, API; docs/security.md, Cookies).
 */
import { scanKeys } from '../src/redis/connection.js'
import { describe, expect, it } from 'vitest'
import {
  ORIGIN,
  PASSWORD,
  authed,
  build,
  cookieHeader,
  createUser,
  login,
  loginOk,
  setCookies,
  storedSessionCount,
} from './helpers.js'

describe('the Django reference flow', () => {
  it('login → hello greets the user → logout with the token → the old cookie is dead', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const { response, cookies } = await login(ctx, 'alice')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ user: { username: 'alice', isStaff: false } })
    expect(response.json().user).not.toHaveProperty('passwordHash')

    const hello = await authed(ctx, cookies, { url: '/api/hello/' })
    expect(hello.statusCode).toBe(200)
    expect(hello.json()).toEqual({ message: 'Hello alice' })

    const logout = await authed(ctx, cookies, { method: 'POST', url: '/api/logout/' })
    expect(logout.statusCode).toBe(200)
    expect(setCookies(logout).get('sessionid')).toMatch(/^sessionid=;.*Expires=Thu, 01 Jan 1970/)

    const replay = await authed(ctx, cookies, { url: '/api/hello/' })
    expect(replay.statusCode).toBe(401)
    expect(replay.json()).toEqual({
      error: { code: 'not_authenticated', message: expect.any(String) },
    })
    expect(await storedSessionCount(ctx)).toBe(0)
  })

  it('accepts the Django reference client: logout with Content-Type JSON and no body', async () => {
    const ctx = await build()
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/logout/',
      headers: {
        host: 'localhost',
        origin: ORIGIN,
        'content-type': 'application/json',
        'x-csrftoken': cookies.csrftoken,
        cookie: cookieHeader(cookies),
      },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ detail: 'Logged out.' })
  })

  it('serves every path with and without the trailing slash', async () => {
    const ctx = await build()
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    const withSlash = await authed(ctx, cookies, { url: '/api/hello/' })
    const without = await authed(ctx, cookies, { url: '/api/hello' })
    expect(without.statusCode).toBe(200)
    expect(without.json()).toEqual(withSlash.json())
  })

  it('hello without a session is a 401 not_authenticated', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({ method: 'GET', url: '/api/hello/' })
    expect(response.statusCode).toBe(401)
    expect(response.json().error.code).toBe('not_authenticated')
    expect(response.headers['set-cookie']).toBeUndefined()
  })
})

describe('cookies', () => {
  it('login sets sessionid HttpOnly and csrftoken readable, both SameSite=Lax, Path=/', async () => {
    const ctx = await build()
    await createUser(ctx)
    const { response } = await login(ctx)
    const set = setCookies(response)
    expect([...set.keys()].sort()).toEqual(['csrftoken', 'sessionid'])
    const session = set.get('sessionid') ?? ''
    const csrf = set.get('csrftoken') ?? ''
    expect(session).toMatch(/^sessionid=[A-Za-z0-9_-]{43};/)
    expect(session).toContain('; HttpOnly')
    expect(session).toContain('; SameSite=Lax')
    expect(session).toContain('; Path=/')
    expect(session).toMatch(/; Max-Age=2592000/)
    expect(session).not.toContain('Secure')
    expect(csrf).toMatch(/^csrftoken=[A-Za-z0-9_-]{43};/)
    expect(csrf).not.toContain('HttpOnly')
    expect(csrf).toContain('; SameSite=Lax')
    expect(csrf).toContain('; Path=/')
  })

  it('csrftoken is the only cookie JavaScript can read, on every endpoint', async () => {
    const ctx = await build()
    await createUser(ctx)
    const responses = [
      await ctx.app.inject({ method: 'GET', url: '/api/session/' }),
      (await login(ctx)).response,
    ]
    const cookies = await loginOk(ctx)
    responses.push(await authed(ctx, cookies, { method: 'POST', url: '/api/logout/' }))
    for (const response of responses) {
      for (const [name, line] of setCookies(response)) {
        if (name !== 'csrftoken') expect(line).toContain('HttpOnly')
      }
    }
  })

  it('marks cookies Secure over HTTPS behind a trusted proxy, and with COOKIE_SECURE=true', async () => {
    const proxied = await build({ TRUST_PROXY: 'true' })
    await createUser(proxied)
    const viaProxy = await login(proxied, 'alice', undefined, {
      'x-forwarded-proto': 'https',
      origin: 'https://localhost',
    })
    expect(viaProxy.response.statusCode).toBe(200)
    for (const line of setCookies(viaProxy.response).values()) expect(line).toContain('; Secure')

    const forced = await build({ COOKIE_SECURE: 'true' })
    await createUser(forced)
    const direct = await login(forced)
    expect(direct.response.statusCode).toBe(200)
    expect([...setCookies(direct.response).keys()].sort()).toEqual(['csrftoken', 'sessionid'])
    for (const line of setCookies(direct.response).values()) expect(line).toContain('; Secure')
  })

  it('ignores X-Forwarded-Proto from an untrusted client', async () => {
    const ctx = await build()
    await createUser(ctx)
    const { response } = await login(ctx, 'alice', undefined, { 'x-forwarded-proto': 'https' })
    expect(response.statusCode).toBe(200)
    expect([...setCookies(response).keys()].sort()).toEqual(['csrftoken', 'sessionid'])
    for (const line of setCookies(response).values()) expect(line).not.toContain('Secure')
  })
})

describe('GET /api/session/ (the SPA bootstrap)', () => {
  it('answers user null and sets an anonymous csrftoken', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({ method: 'GET', url: '/api/session/' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ user: null })
    const set = setCookies(response)
    expect([...set.keys()]).toEqual(['csrftoken'])
    expect(set.get('csrftoken')).not.toContain('HttpOnly')
  })

  it('answers the user when logged in, and re-sends a lost csrftoken', async () => {
    const ctx = await build()
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    const response = await authed(ctx, { sessionid: cookies.sessionid }, { url: '/api/session/' })
    expect(response.json()).toMatchObject({ user: { username: 'alice' } })
    expect(setCookies(response).get('csrftoken')).toContain(`csrftoken=${cookies.csrftoken};`)
    const again = await authed(ctx, cookies, { url: '/api/session/' })
    expect(again.headers['set-cookie']).toBeUndefined()
  })
})

describe('session fixation', () => {
  it('issues a fresh id at every login, also for the same user, and kills the old one', async () => {
    const ctx = await build()
    await createUser(ctx)
    const first = await loginOk(ctx)
    const { response, cookies: second } = await login(ctx, 'alice', undefined, {
      cookie: cookieHeader(first),
    })
    expect(response.statusCode).toBe(200)
    expect(second.sessionid).not.toBe(first.sessionid)
    expect(second.csrftoken).not.toBe(first.csrftoken)
    expect((await authed(ctx, first, { url: '/api/hello/' })).statusCode).toBe(401)
    expect((await authed(ctx, second as typeof first, { url: '/api/hello/' })).statusCode).toBe(200)
  })

  it('a planted sessionid is never adopted: login ignores it and it never authenticates', async () => {
    const ctx = await build()
    await createUser(ctx)
    const planted = 'A'.repeat(43)
    const { cookies } = await login(ctx, 'alice', undefined, { cookie: `sessionid=${planted}` })
    expect(cookies.sessionid).not.toBe(planted)
    const response = await authed(
      ctx,
      { sessionid: planted, csrftoken: cookies.csrftoken },
      {
        url: '/api/hello/',
      },
    )
    expect(response.statusCode).toBe(401)
  })

  it('stores only the hash of the session id', async () => {
    const ctx = await build()
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    const redis = ctx.app.services.redis
    if (redis) {
      // Redis: the key is the hash; neither key nor fields hold the id.
      const keys: string[] = []
      for await (const batch of scanKeys(redis, 'session:*')) keys.push(...batch)
      expect(keys).toEqual([expect.stringMatching(/^session:[0-9a-f]{64}$/)])
      const stored = JSON.stringify([keys, await redis.hgetall(keys[0] ?? '')])
      expect(stored).not.toContain(cookies.sessionid)
      return
    }
    const rows = await ctx.db.selectFrom('sessions').selectAll().execute()
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain(cookies.sessionid)
    expect(rows[0]?.id_hash).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('TRUST_PROXY as a list of proxy addresses', () => {
  it('believes X-Forwarded-* only from the listed proxy, and takes the address it saw', async () => {
    const ctx = await build({ TRUST_PROXY: '10.0.0.2' })
    await createUser(ctx)
    const request = (remoteAddress: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/login/',
        remoteAddress,
        headers: {
          host: 'localhost',
          origin: 'https://localhost',
          'x-forwarded-proto': 'https',
          // The client forged the first entry; nginx appended the address it really saw.
          'x-forwarded-for': '1.2.3.4, 198.51.100.20',
        },
        payload: { username: 'alice', password: PASSWORD },
      })
    const viaProxy = await request('10.0.0.2')
    expect(viaProxy.statusCode).toBe(200)
    for (const line of setCookies(viaProxy).values()) expect(line).toContain('; Secure')
    const events = await ctx.app.services.audit.list({ event: 'login_succeeded' })
    expect(events[0]?.ip).toBe('198.51.100.20')

    // From anyone else the headers mean nothing: the request is plain HTTP from its peer, so the
    // https Origin no longer matches and the origin check refuses it.
    const direct = await request('203.0.113.5')
    expect(direct.statusCode).toBe(403)
  })
})
