/**
 * CSRF, both layers: attacks are tried and must fail (docs/security.md, CSRF layers 1 and 2).
 */
import { describe, expect, it } from 'vitest'
import {
  ORIGIN,
  PASSWORD,
  build,
  cookieHeader,
  createUser,
  login,
  loginOk,
  storedSessionCount,
} from './helpers.js'

const EVIL = 'https://evil.example'

describe('layer 2: the session token', () => {
  it('refuses logout with a missing or a wrong X-CSRFToken, and the session survives', async () => {
    const ctx = await build()
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    const base = { host: 'localhost', origin: ORIGIN, cookie: cookieHeader(cookies) }
    const wrongToken =
      cookies.csrftoken.slice(0, -1) + (cookies.csrftoken.endsWith('A') ? 'B' : 'A')
    for (const headers of [
      base,
      { ...base, 'x-csrftoken': wrongToken },
      { ...base, 'x-csrftoken': '' },
    ]) {
      const response = await ctx.app.inject({ method: 'POST', url: '/api/logout/', headers })
      expect(response.statusCode).toBe(403)
      expect(response.json()).toEqual({
        error: { code: 'csrf_failed', message: 'CSRF check failed.' },
      })
      expect(response.headers['set-cookie']).toBeUndefined()
    }
    const hello = await ctx.app.inject({ method: 'GET', url: '/api/hello/', headers: base })
    expect(hello.statusCode).toBe(200)
  })

  it("refuses another session's token", async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    await createUser(ctx, 'bob')
    const alice = await loginOk(ctx, 'alice')
    const bob = await loginOk(ctx, 'bob')
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/logout/',
      headers: {
        origin: ORIGIN,
        host: 'localhost',
        cookie: cookieHeader(alice),
        'x-csrftoken': bob.csrftoken,
      },
    })
    expect(response.statusCode).toBe(403)
  })
})

describe('layer 1: where the request comes from', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['a foreign Origin', { origin: EVIL }],
    ['Origin: null', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: EVIL }],
    [
      'Sec-Fetch-Site: same-site',
      { 'sec-fetch-site': 'same-site', origin: 'http://sub.localhost' },
    ],
    ['the same host on another scheme', { origin: 'https://localhost' }],
  ]

  for (const [name, headers] of cases) {
    it(`refuses login from ${name}, creating no session`, async () => {
      const ctx = await build()
      await createUser(ctx)
      const { response, cookies } = await login(ctx, 'alice', PASSWORD, headers)
      expect(response.statusCode).toBe(403)
      expect(response.json().error.code).toBe('csrf_failed')
      expect(cookies.sessionid).toBeUndefined()
      expect(await storedSessionCount(ctx)).toBe(0)
    })

    it(`refuses logout from ${name} even with the right token`, async () => {
      const ctx = await build()
      await createUser(ctx)
      const cookies = await loginOk(ctx)
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/logout/',
        headers: {
          host: 'localhost',
          cookie: cookieHeader(cookies),
          'x-csrftoken': cookies.csrftoken,
          ...headers,
        },
      })
      expect(response.statusCode).toBe(403)
      expect(await storedSessionCount(ctx)).toBe(1)
    })
  }

  it('passes same-origin requests: Sec-Fetch-Site same-origin or none, or our Origin', async () => {
    const ctx = await build()
    await createUser(ctx)
    for (const headers of [
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      { origin: ORIGIN },
      {},
    ]) {
      const { response } = await ctx.app
        .inject({
          method: 'POST',
          url: '/api/login/',
          headers: { host: 'localhost', ...headers },
          payload: { username: 'alice', password: PASSWORD },
        })
        .then((r) => ({ response: r }))
      expect(response.statusCode).toBe(200)
    }
  })

  it('passes a configured trusted origin, also when the browser says cross-site', async () => {
    const ctx = await build({ TRUSTED_ORIGINS: 'https://admin.example.com' })
    await createUser(ctx)
    const plain = await login(ctx, 'alice', PASSWORD, { origin: 'https://admin.example.com' })
    expect(plain.response.statusCode).toBe(200)
    const fetchMeta = await login(ctx, 'alice', PASSWORD, {
      origin: 'https://admin.example.com',
      'sec-fetch-site': 'cross-site',
    })
    expect(fetchMeta.response.statusCode).toBe(200)
  })

  it('uses PUBLIC_ORIGIN rather than the Host header when set', async () => {
    // Any host, so that this is the origin check's answer and not the host check's.
    const ctx = await build({ PUBLIC_ORIGIN: 'https://app.example.com', ALLOWED_HOSTS: '*' })
    await createUser(ctx)
    const spoofed = await login(ctx, 'alice', PASSWORD, {
      host: 'evil.example',
      origin: 'http://evil.example',
    })
    expect(spoofed.response.statusCode).toBe(403)
    const real = await login(ctx, 'alice', PASSWORD, { origin: 'https://app.example.com' })
    expect(real.response.statusCode).toBe(200)
  })

  describe('over HTTPS with no Origin and no Sec-Fetch-Site (Django’s Referer rule)', () => {
    const https = { PUBLIC_ORIGIN: 'https://app.example.com' }

    it('refuses a foreign Referer and a missing one', async () => {
      const ctx = await build(https)
      await createUser(ctx)
      for (const referer of [`${EVIL}/page`, 'http://app.example.com/', 'not a url', undefined]) {
        const response = await ctx.app.inject({
          method: 'POST',
          url: '/api/login/',
          headers: referer === undefined ? {} : { referer },
          payload: { username: 'alice', password: PASSWORD },
        })
        expect(response.statusCode).toBe(403)
        expect(response.json().error.code).toBe('csrf_failed')
      }
    })

    it('passes a same-origin Referer', async () => {
      const ctx = await build(https)
      await createUser(ctx)
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/login/',
        headers: { referer: 'https://app.example.com/login' },
        payload: { username: 'alice', password: PASSWORD },
      })
      expect(response.statusCode).toBe(200)
    })
  })

  it('leaves safe methods alone', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/session/',
      headers: { origin: EVIL },
    })
    expect(response.statusCode).toBe(200)
  })
})
