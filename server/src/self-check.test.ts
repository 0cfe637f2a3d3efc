import { describe, expect, it } from 'vitest'
import { loadConfig } from './core/config.js'
import { checkConfiguration, checkRedisPersistence } from './self-check.js'

describe('checkConfiguration', () => {
  it('passes the defaults and a proper HTTPS setup', () => {
    expect(checkConfiguration(loadConfig({}))).toEqual({ errors: [], warnings: [] })
    const https = loadConfig({
      PUBLIC_ORIGIN: 'https://app.example.com',
      TRUST_PROXY: '10.0.0.2',
      SESSION_COOKIE_NAME: '__Host-sessionid',
      CSRF_COOKIE_NAME: '__Host-csrftoken',
    })
    expect(checkConfiguration(https)).toEqual({ errors: [], warnings: [] })
    const local = loadConfig({ PUBLIC_ORIGIN: 'http://localhost:8000' })
    expect(checkConfiguration(local)).toEqual({ errors: [], warnings: [] })
  })

  it('refuses an HTTPS origin with COOKIE_SECURE=false, naming the fix', () => {
    const { errors } = checkConfiguration(
      loadConfig({ PUBLIC_ORIGIN: 'https://app.example.com', COOKIE_SECURE: 'false' }),
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/COOKIE_SECURE=false/)
    expect(errors[0]).toMatch(/Remove COOKIE_SECURE/)
  })

  it('refuses Secure cookies on a plain-HTTP origin, and warns about plain HTTP otherwise', () => {
    const refused = checkConfiguration(
      loadConfig({ PUBLIC_ORIGIN: 'http://app.example.com', COOKIE_SECURE: 'true' }),
    )
    expect(refused.errors[0]).toMatch(/browsers drop Secure cookies/)
    const warned = checkConfiguration(loadConfig({ PUBLIC_ORIGIN: 'http://app.example.com' }))
    expect(warned.errors).toEqual([])
    expect(warned.warnings[0]).toMatch(/PUBLIC_ORIGIN=https:\/\/app\.example\.com/)
  })

  it('issue #13 item 2: refuses __Host- and __Secure- cookie names without Secure cookies', () => {
    for (const env of [
      { SESSION_COOKIE_NAME: '__Host-sessionid' },
      { CSRF_COOKIE_NAME: '__secure-csrftoken' },
      { SESSION_COOKIE_NAME: '__Host-sessionid', PUBLIC_ORIGIN: 'http://localhost:8000' },
      {
        SESSION_COOKIE_NAME: '__Host-sessionid',
        PUBLIC_ORIGIN: 'https://app.example.com',
        COOKIE_SECURE: 'false',
      },
    ]) {
      const { errors } = checkConfiguration(loadConfig(env))
      expect(
        errors.some((error) => /needs Secure cookies/.test(error)),
        JSON.stringify(env),
      ).toBe(true)
    }
    const secure = loadConfig({ SESSION_COOKIE_NAME: '__Host-sessionid', COOKIE_SECURE: 'true' })
    expect(checkConfiguration(secure).errors).toEqual([])
  })

  it('issue #13 item 2: recommends __Host- cookie names on HTTPS', () => {
    const plain = checkConfiguration(loadConfig({ PUBLIC_ORIGIN: 'https://app.example.com' }))
    expect(plain.errors).toEqual([])
    expect(plain.warnings).toHaveLength(1)
    expect(plain.warnings[0]).toMatch(/SESSION_COOKIE_NAME=__Host-sessionid/)
    expect(plain.warnings[0]).toMatch(/cookie tossing/)
    const half = loadConfig({
      PUBLIC_ORIGIN: 'https://app.example.com',
      SESSION_COOKIE_NAME: '__Host-sessionid',
    })
    expect(checkConfiguration(half).warnings).toHaveLength(1)
  })

  it('issue #13 item 11: warns about ALLOWED_HOSTS=*', () => {
    const { warnings } = checkConfiguration(loadConfig({ ALLOWED_HOSTS: '*' }))
    expect(warnings[0]).toMatch(/DNS rebinding/)
  })

  it('warns about TRUST_PROXY=true', () => {
    const { warnings } = checkConfiguration(loadConfig({ TRUST_PROXY: 'true' }))
    expect(warnings[0]).toMatch(/TRUST_PROXY=127\.0\.0\.1/)
  })
})

describe('checkRedisPersistence', () => {
  it('warns only when Redis keeps nothing on disk', () => {
    expect(checkRedisPersistence({ aof: false, rdb: false })[0]).toMatch(/appendonly yes/)
    expect(checkRedisPersistence({ aof: true, rdb: false })).toEqual([])
    expect(checkRedisPersistence({ aof: false, rdb: true })).toEqual([])
    // CONFIG is not allowed (managed Redis): nothing to say.
    expect(checkRedisPersistence(null)).toEqual([])
  })
})
