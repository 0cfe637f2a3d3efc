/**
 * issue #13 item 11: the Host allowlist (ALLOWED_HOSTS). A DNS-rebound name must not drive the
 * API: `Host: evil.com` with `Origin: http://evil.com` passed the origin check and logged in.
 */
import { describe, expect, it } from 'vitest'
import { compileAllowedHosts, hostnameOf } from '../src/security/host-check.js'
import { PASSWORD, build, createUser, login } from './helpers.js'

describe('issue #13 item 11: ALLOWED_HOSTS', () => {
  it('refuses a login through a rebound DNS name when PUBLIC_ORIGIN is unset', async () => {
    const ctx = await build()
    await createUser(ctx)
    const rebound = await login(ctx, 'alice', PASSWORD, {
      host: 'evil.com',
      origin: 'http://evil.com',
    })
    expect(rebound.response.statusCode).toBe(400)
    expect(rebound.response.json().error.code).toBe('invalid_host')
    expect(rebound.response.headers['set-cookie']).toBeUndefined()
    expect(rebound.response.headers['x-frame-options']).toBe('DENY')
    for (const [host, origin] of [
      ['localhost:8000', 'http://localhost:8000'],
      ['127.0.0.1:8000', 'http://127.0.0.1:8000'],
      ['[::1]:8000', 'http://[::1]:8000'],
    ] as const) {
      const local = await login(ctx, 'alice', PASSWORD, { host, origin })
      expect(local.response.statusCode, host).toBe(200)
    }
  })

  it('refuses safe requests and SPA pages for other hosts, but not the probes', async () => {
    const ctx = await build({ PUBLIC_ORIGIN: 'https://app.example.com' })
    for (const url of ['/api/session/', '/', '/api/nothing/']) {
      const response = await ctx.app.inject({ url, headers: { host: 'evil.com' } })
      expect(response.statusCode, url).toBe(400)
      expect(response.json().error.code).toBe('invalid_host')
    }
    for (const url of ['/healthz', '/readyz', '/healthz/']) {
      const response = await ctx.app.inject({ url, headers: { host: '10.1.2.3:8000' } })
      expect(response.statusCode, url).toBe(200)
    }
    const own = await ctx.app.inject({ url: '/api/session/', headers: { host: 'app.example.com' } })
    expect(own.statusCode).toBe(200)
    const ownWithPort = await ctx.app.inject({
      url: '/api/session/',
      headers: { host: 'APP.example.com.:443' },
    })
    expect(ownWithPort.statusCode).toBe(200)
  })

  it('checks X-Forwarded-Host from a trusted proxy, and only from it', async () => {
    const ctx = await build({ TRUST_PROXY: '10.0.0.2', ALLOWED_HOSTS: 'app.example.com' })
    const request = (remoteAddress: string, forwarded: string) =>
      ctx.app.inject({
        url: '/api/session/',
        remoteAddress,
        headers: { host: 'app.example.com', 'x-forwarded-host': forwarded },
      })
    expect((await request('10.0.0.2', 'app.example.com')).statusCode).toBe(200)
    expect((await request('10.0.0.2', 'evil.com')).statusCode).toBe(400)
    // From an untrusted peer X-Forwarded-Host means nothing; its Host is what counts.
    expect((await request('203.0.113.5', 'evil.com')).statusCode).toBe(200)
  })

  it('takes subdomain wildcards and * (any host)', async () => {
    const ctx = await build({ ALLOWED_HOSTS: '.example.com' })
    const status = async (host: string) =>
      (await ctx.app.inject({ url: '/api/session/', headers: { host } })).statusCode
    expect(await status('example.com')).toBe(200)
    expect(await status('a.b.example.com:8443')).toBe(200)
    expect(await status('evilexample.com')).toBe(400)
    expect(await status('localhost')).toBe(400)
    expect(await status('A.EXAMPLE.COM')).toBe(200)
    const any = await build({ ALLOWED_HOSTS: '*' })
    const response = await any.app.inject({ url: '/api/session/', headers: { host: 'evil.com' } })
    expect(response.statusCode).toBe(200)
  })

  it('parses host names without port, case and trailing dot', () => {
    expect(hostnameOf('Example.COM:8000')).toBe('example.com')
    expect(hostnameOf('[::1]:8000')).toBe('[::1]')
    expect(hostnameOf('[::1')).toBe('')
    expect(hostnameOf('app.example.com.')).toBe('app.example.com')
    expect(hostnameOf('')).toBe('')
    const matches = compileAllowedHosts(['.Example.com', 'localhost'])
    expect(['example.com', 'x.example.com', 'localhost'].every(matches)).toBe(true)
    expect(['example.co', 'xexample.com', 'localhost.evil.com'].some(matches)).toBe(false)
  })
})
