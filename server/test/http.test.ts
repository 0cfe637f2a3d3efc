/**
 * Security headers, health checks and the OpenAPI document.
 */
import { describe, expect, it } from 'vitest'
import { build } from './helpers.js'

describe('security headers', () => {
  it('sends CSP with frame-ancestors none, nosniff and a same-origin Referrer-Policy', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({ method: 'GET', url: '/api/session/' })
    const csp = String(response.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['referrer-policy']).toBe('same-origin')
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })

  it('sends HSTS only over HTTPS', async () => {
    const ctx = await build({ TRUST_PROXY: 'true' })
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/session/',
      headers: { 'x-forwarded-proto': 'https' },
    })
    expect(response.headers['strict-transport-security']).toMatch(/^max-age=63072000/)
  })

  it('sends HSTS when PUBLIC_ORIGIN is https, even behind an untrusted hop', async () => {
    const ctx = await build({ PUBLIC_ORIGIN: 'https://app.example.com' })
    const response = await ctx.app.inject({ method: 'GET', url: '/api/session/' })
    expect(response.headers['strict-transport-security']).toMatch(/^max-age=63072000/)
  })

  it('keeps API answers out of every cache', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({ method: 'GET', url: '/api/session/' })
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.headers['vary']).toBe('Cookie')
  })

  it('answers an undecodable URL in the error shape, without echoing it', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({ method: 'GET', url: '/api/%zz<script>' })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toEqual({
      error: { code: 'invalid_request', message: 'The request is malformed.' },
    })
    expect(response.headers['content-security-policy']).toContain("default-src 'none'")
    expect(response.headers['x-content-type-options']).toBe('nosniff')
  })

  it('sends every security header, with the exact values, on answers, errors and 404s', async () => {
    const ctx = await build()
    const expected = {
      'content-security-policy':
        "default-src 'self';base-uri 'self';connect-src 'self';font-src 'self' data:;" +
        "form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';" +
        "script-src 'self';style-src 'self' 'unsafe-inline'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'DENY',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    }
    for (const [url, status] of [
      ['/api/session/', 200],
      ['/api/hello/', 401],
      ['/api/nothing-here/', 404],
    ] as const) {
      const response = await ctx.app.inject({ method: 'GET', url })
      expect(response.statusCode).toBe(status)
      expect(response.headers, url).toMatchObject(expected)
      expect(response.headers['cache-control'], url).toBe('no-store')
      expect(response.headers.vary, url).toBe('Cookie')
    }
  })
})

describe('health', () => {
  it('healthz and readyz answer without touching sessions', async () => {
    const queries: string[] = []
    const ctx = await build({}, { onQuery: (sql) => queries.push(sql) })
    // Well formed, so a session lookup would happen if the route looked at sessions.
    const health = await ctx.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { cookie: `sessionid=${'A'.repeat(43)}` },
    })
    expect(health.json()).toEqual({ status: 'ok' })
    expect(queries).toEqual([])
    const ready = await ctx.app.inject({ method: 'GET', url: '/readyz' })
    expect(ready.statusCode).toBe(200)
    expect(ready.json()).toEqual({ status: 'ready' })
  })

  it('readyz is 503 unavailable when the database is gone', async () => {
    const ctx = await build()
    await ctx.db.destroy()
    const ready = await ctx.app.inject({ method: 'GET', url: '/readyz' })
    expect(ready.statusCode).toBe(503)
    expect(ready.json().error.code).toBe('unavailable')
  })
})

describe('GET /api/openapi.json', () => {
  it('documents the API from the zod schemas', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(response.statusCode).toBe(200)
    const doc = response.json()
    expect(doc.openapi).toMatch(/^3\./)
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/session/', '/api/login/', '/api/logout/', '/api/hello/']),
    )
    const login = doc.paths['/api/login/'].post
    expect(login.requestBody.content['application/json'].schema.required).toEqual([
      'username',
      'password',
    ])
  })
})
