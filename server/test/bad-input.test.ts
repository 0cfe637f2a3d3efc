/**
 * Bad input never gives a 5xx or a stack trace: always a 4xx with a stable code.
 */
import { describe, expect, it } from 'vitest'
import { ORIGIN, build, createUser, loginOk, cookieHeader, storedSessionCount } from './helpers.js'

const headers = { host: 'localhost', origin: ORIGIN }

function expectClientError(
  response: { statusCode: number; body: string },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status)
  const body = JSON.parse(response.body) as { error: { code: string; message: string } }
  expect(body.error.code).toBe(code)
  expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/)
}

describe('login bodies', () => {
  const invalid: Array<[string, unknown]> = [
    ['a missing password', { username: 'alice' }],
    ['a missing username', { password: 'x' }],
    ['an empty object', {}],
    ['numbers for strings', { username: 1, password: 2 }],
    ['null values', { username: null, password: null }],
    ['nested objects', { username: { $ne: '' }, password: { $gt: '' } }],
    ['an array', [{ username: 'alice', password: 'x' }]],
    ['a string', 'alice'],
    ['empty strings', { username: '', password: '' }],
    ['an over-long username', { username: 'a'.repeat(151), password: 'x' }],
    ['an over-long password', { username: 'alice', password: 'x'.repeat(4097) }],
  ]
  for (const [name, payload] of invalid) {
    it(`refuses ${name} with 400 invalid_request`, async () => {
      const ctx = await build()
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/login/',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: JSON.stringify(payload),
      })
      expectClientError(response, 400, 'invalid_request')
    })
  }

  it('names the missing fields', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/login/',
      headers,
      payload: { username: 'alice' },
    })
    expect(response.json().error.fields).toHaveProperty('password')
  })

  it('refuses an empty body', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/login/',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '',
    })
    expectClientError(response, 400, 'invalid_request')
  })

  it('refuses __proto__ and constructor.prototype keys', async () => {
    const ctx = await build()
    for (const payload of [
      '{"username":"alice","password":"x","__proto__":{"isStaff":true}}',
      '{"username":"alice","password":"x","constructor":{"prototype":{"isStaff":true}}}',
    ]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/login/',
        headers: { ...headers, 'content-type': 'application/json' },
        payload,
      })
      expectClientError(response, 400, 'invalid_request')
    }
    expect(({} as Record<string, unknown>).isStaff).toBeUndefined()
  })

  it('refuses malformed and deeply nested JSON', async () => {
    const ctx = await build()
    for (const payload of [
      '{"username":',
      '{username: alice}',
      '['.repeat(5000) + ']'.repeat(5000),
      '{"a":'.repeat(40) + '1' + '}'.repeat(40),
    ]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/login/',
        headers: { ...headers, 'content-type': 'application/json' },
        payload,
      })
      expectClientError(response, 400, 'invalid_request')
    }
  })

  it('refuses a 1 MB body with 413', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/login/',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'alice', password: 'x'.repeat(1024 * 1024) }),
    })
    expectClientError(response, 413, 'payload_too_large')
  })

  for (const contentType of [
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/plain',
    'application/xml',
  ]) {
    it(`refuses ${contentType} with 415`, async () => {
      const ctx = await build()
      await createUser(ctx)
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/login/',
        headers: { ...headers, 'content-type': contentType },
        payload: 'username=alice&password=correct-horse-battery-9',
      })
      expectClientError(response, 415, 'unsupported_media_type')
      expect(await storedSessionCount(ctx)).toBe(0)
    })
  }

  it('accepts application/json with a charset', async () => {
    const ctx = await build()
    await createUser(ctx)
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/login/',
      headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
      payload: JSON.stringify({ username: 'alice', password: 'correct-horse-battery-9' }),
    })
    expect(response.statusCode).toBe(200)
  })
})

describe('garbage cookies', () => {
  const garbage = [
    'sessionid=',
    `sessionid=${'x'.repeat(10 * 1024)}`,
    'sessionid=%E0%A4%A',
    'sessionid=ünïcødé',
    'sessionid="quoted"; csrftoken=',
    'sessionid',
    ';;;=;=',
  ]
  for (const cookie of garbage) {
    it(`treats ${JSON.stringify(cookie.slice(0, 30))} as anonymous`, async () => {
      const ctx = await build()
      const hello = await ctx.app.inject({ method: 'GET', url: '/api/hello/', headers: { cookie } })
      expectClientError(hello, 401, 'not_authenticated')
      const session = await ctx.app.inject({
        method: 'GET',
        url: '/api/session/',
        headers: { cookie },
      })
      expect(session.statusCode).toBe(200)
      expect(session.json()).toEqual({ user: null })
      const logout = await ctx.app.inject({
        method: 'POST',
        url: '/api/logout/',
        headers: { ...headers, cookie },
      })
      expect(logout.statusCode).toBe(200)
    })
  }

  it('keeps a real session working next to garbage cookies', async () => {
    const ctx = await build()
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/hello/',
      headers: { cookie: `junk=%%%; ${cookieHeader(cookies)}; other=ünï` },
    })
    expect(response.statusCode).toBe(200)
  })
})

describe('unknown routes and methods', () => {
  it('answers 404 not_found in the error shape', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({ method: 'GET', url: '/api/nope/' })
    expectClientError(response, 404, 'not_found')
  })

  it('answers a GET to /api/login/ with 404 not_found', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({ method: 'GET', url: '/api/login/' })
    expectClientError(response, 404, 'not_found')
  })
})
