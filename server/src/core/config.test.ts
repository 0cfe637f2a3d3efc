import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      port: 8000,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:data/sesame.sqlite3',
      publicOrigin: null,
      trustedOrigins: [],
      trustProxy: false,
      cookieSecure: 'auto',
      sessionIdleTimeoutSeconds: 14 * 86400,
      sessionAbsoluteTimeoutSeconds: 30 * 86400,
      reauthWindowSeconds: 600,
      sessionStore: { kind: 'sql' },
      redisKeyPrefix: 'sesame:',
      auditRetentionSeconds: null,
      logLevel: 'info',
      logRequests: false,
    })
    expect(Object.isFrozen(config)).toBe(true)
  })

  it('parses durations, lists, booleans and origins', () => {
    const config = loadConfig({
      PORT: '9000',
      SESSION_IDLE_TIMEOUT: '30m',
      SESSION_ABSOLUTE_TIMEOUT: '7200',
      REAUTH_WINDOW: '5m',
      AUDIT_RETENTION: '365d',
      TRUSTED_ORIGINS: 'https://a.example.com, https://b.example.com:8443',
      TRUST_PROXY: 'true',
      PUBLIC_ORIGIN: 'https://app.example.com/',
    })
    expect(config.port).toBe(9000)
    expect(config.sessionIdleTimeoutSeconds).toBe(1800)
    expect(config.sessionAbsoluteTimeoutSeconds).toBe(7200)
    expect(config.reauthWindowSeconds).toBe(300)
    expect(config.auditRetentionSeconds).toBe(365 * 86_400)
    expect(config.trustedOrigins).toEqual(['https://a.example.com', 'https://b.example.com:8443'])
    expect(config.trustProxy).toBe(true)
    expect(config.publicOrigin).toBe('https://app.example.com')
    expect(config.cookieSecure).toBe(true)
  })

  it('takes TRUST_PROXY as a flag or a list of proxy addresses', () => {
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
    ])
  })

  it('issue #13 item 11: ALLOWED_HOSTS defaults to the public host and the loopback names', () => {
    expect(loadConfig({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]'])
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://App.Example.com:8443' }).allowedHosts).toEqual([
      'app.example.com',
      'localhost',
      '127.0.0.1',
      '[::1]',
    ])
    expect(loadConfig({ PUBLIC_ORIGIN: 'http://localhost:8000' }).allowedHosts).toHaveLength(3)
    expect(
      loadConfig({ ALLOWED_HOSTS: ' App.example.com, .example.org ,[::1]' }).allowedHosts,
    ).toEqual(['app.example.com', '.example.org', '[::1]'])
    expect(loadConfig({ ALLOWED_HOSTS: '*' }).allowedHosts).toEqual(['*'])
  })

  it('issue #13 item 2: cookie names default to Django’s and must be tokens that differ', () => {
    expect(loadConfig({})).toMatchObject({
      sessionCookieName: 'sessionid',
      csrfCookieName: 'csrftoken',
    })
    expect(
      loadConfig({ SESSION_COOKIE_NAME: '__Host-sessionid', CSRF_COOKIE_NAME: '__Host-csrftoken' }),
    ).toMatchObject({ sessionCookieName: '__Host-sessionid', csrfCookieName: '__Host-csrftoken' })
    expect(() => loadConfig({ SESSION_COOKIE_NAME: 'same', CSRF_COOKIE_NAME: 'same' })).toThrow(
      /CSRF_COOKIE_NAME: must differ/,
    )
  })

  const bad: Array<[string, string]> = [
    ['ALLOWED_HOSTS', 'app.example.com:8000'],
    ['ALLOWED_HOSTS', 'https://app.example.com'],
    ['ALLOWED_HOSTS', ' , '],
    ['ALLOWED_HOSTS', 'a b'],
    ['SESSION_COOKIE_NAME', 'session id'],
    ['SESSION_COOKIE_NAME', 'sess;ion'],
    ['CSRF_COOKIE_NAME', 'csrf=token'],
    ['CSRF_COOKIE_NAME', 'tök'],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['PUBLIC_ORIGIN', 'ftp://example.com'],
    ['PUBLIC_ORIGIN', 'https://example.com/path'],
    ['TRUSTED_ORIGINS', 'https://ok.example.com,notaurl'],
    ['TRUST_PROXY', 'maybe'],
    ['AUDIT_RETENTION', 'forever'],
    ['AUDIT_RETENTION', '0'],
    ['TRUST_PROXY', '127.0.0.1,nginx'],
    ['TRUST_PROXY', '1'],
    ['COOKIE_SECURE', 'sometimes'],
    ['SESSION_IDLE_TIMEOUT', 'banana'],
    ['SESSION_ABSOLUTE_TIMEOUT', '0'],
    ['LOG_LEVEL', 'loud'],
    ['LOG_REQUESTS', 'verbose'],
  ]
  for (const [name, value] of bad) {
    it(`names ${name} when it is ${JSON.stringify(value)}`, () => {
      expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
      expect(() => loadConfig({ [name]: value })).toThrow(name)
    })
  }

  it('refuses an idle timeout longer than the absolute one', () => {
    expect(() =>
      loadConfig({ SESSION_IDLE_TIMEOUT: '2d', SESSION_ABSOLUTE_TIMEOUT: '1d' }),
    ).toThrow('SESSION_IDLE_TIMEOUT')
  })

  it('takes SESSION_STORE as sql or a Redis URL, and refuses anything else', () => {
    for (const url of [
      'redis://127.0.0.1:6379',
      'rediss://user:pass@cache.example.com:6380/0',
      'redis-cluster://10.0.0.1:7000,10.0.0.2:7000',
      'rediss-cluster://10.0.0.1:7000',
    ]) {
      expect(loadConfig({ SESSION_STORE: url }).sessionStore).toEqual({ kind: 'redis', url })
    }
    for (const bad of ['redis', 'memcached://x', 'postgres://x', 'redis://']) {
      expect(() => loadConfig({ SESSION_STORE: bad }), bad).toThrow(/SESSION_STORE/)
    }
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'a b' })).toThrow(/REDIS_KEY_PREFIX/)
  })
})
