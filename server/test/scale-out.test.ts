/**
 * The scale-out setup end to end (issue #6): two Sesame processes on different ports behind a
 * real nginx running the shipped configuration, sharing PostgreSQL and Redis. A login through
 * nginx is honoured by both instances; logout, password change and deactivation done through one
 * instance take effect on the other at its very next request; a restarted instance still knows
 * the session. Skipped with a message when nginx, PostgreSQL or Redis is missing (not under CI).
 */
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../src/services.js'
import { loadConfig } from '../src/core/config.js'
import { pino } from 'pino'
import { PASSWORD, deleteRedisKeys } from './helpers.js'
import { freshPostgresDatabase, type FreshPostgres } from './postgres.js'
import { REDIS_TEST_URL, redisReachable } from './redis.js'
import {
  CookieJar,
  NGINX,
  SERVER_ENTRY,
  freePort,
  httpsRequest,
  startInstance,
  startNginx,
  type Instance,
  type Nginx,
} from './topology.js'

const missing = [
  existsSync(NGINX) ? null : `nginx (${NGINX}: apt-get install -y nginx)`,
  existsSync(SERVER_ENTRY) ? null : 'server/dist (npm run build)',
  (await redisReachable()) ? null : `Redis at ${REDIS_TEST_URL}`,
].filter((item): item is string => item !== null)
if (missing.length && process.env.CI === 'true') {
  throw new Error(`The scale-out test needs ${missing.join(', ')} under CI`)
}
if (missing.length) console.warn(`Skipping the scale-out test: missing ${missing.join(', ')}.`)

describe.skipIf(missing.length > 0)('two instances behind nginx, on PostgreSQL and Redis', () => {
  let postgres: FreshPostgres | null = null
  let nginx: Nginx
  let instances: [Instance, Instance]
  let env: Record<string, string>

  beforeAll(async () => {
    postgres = await freshPostgresDatabase('scaleout')
    if (!postgres) throw new Error('PostgreSQL does not answer')
    const ports: [number, number] = [await freePort(), await freePort()]
    nginx = await startNginx(ports)
    env = {
      DATABASE_URL: postgres.url,
      SESSION_STORE: REDIS_TEST_URL,
      REDIS_KEY_PREFIX: `sesame-test:scaleout:${Date.now()}:`,
      PUBLIC_ORIGIN: nginx.origin,
      TRUST_PROXY: '127.0.0.1',
      LOG_LEVEL: 'warn',
    }
    // Users made through the same services the CLI uses, on the shared database.
    const services = createServices(loadConfig(env), postgres.db, { log: pino({ enabled: false }) })
    for (const [username, isSuperuser] of [
      ['root', true],
      ['alice', false],
    ] as const) {
      const created = await services.users.create({
        username,
        password: PASSWORD,
        isStaff: isSuperuser,
        isSuperuser,
      })
      expect(created.ok).toBe(true)
    }
    await services.close()
    instances = [await startInstance(ports[0], env), await startInstance(ports[1], env)]
  }, 60_000)

  afterAll(async () => {
    await Promise.all((instances ?? []).map((instance) => instance.stop()))
    await nginx?.stop()
    await postgres?.drop()
    if (env?.REDIS_KEY_PREFIX) await deleteRedisKeys(env.REDIS_KEY_PREFIX)
  })

  /** Logs in through nginx; the jar then holds that session's cookies. */
  async function logIn(username: string, password = PASSWORD): Promise<CookieJar> {
    const jar = new CookieJar()
    const response = await httpsRequest(nginx.origin, {
      method: 'POST',
      path: '/api/login/',
      headers: { origin: nginx.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    })
    expect(response.status, response.body).toBe(200)
    jar.take(response)
    return jar
  }

  /** A request straight to one instance (no nginx), as the SPA would make it. */
  async function direct(
    instance: Instance,
    jar: CookieJar,
    request: { method?: string; path: string; body?: object },
  ): Promise<{ status: number; json: unknown; headers: Headers }> {
    const response = await fetch(`${instance.origin}${request.path}`, {
      method: request.method ?? 'GET',
      headers: {
        cookie: jar.header(),
        origin: nginx.origin,
        'x-csrftoken': jar.cookies.get('csrftoken') ?? '',
        ...(request.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(request.body ? { body: JSON.stringify(request.body) } : {}),
    })
    const text = await response.text()
    return {
      status: response.status,
      json: text ? JSON.parse(text) : null,
      headers: response.headers,
    }
  }

  const helloOn = async (instance: Instance, jar: CookieJar): Promise<number> =>
    (await direct(instance, jar, { path: '/api/hello/' })).status

  it('serves one login from both instances through nginx', async () => {
    const jar = await logIn('alice')
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const response = await httpsRequest(nginx.origin, {
        path: '/api/hello/',
        headers: { cookie: jar.header() },
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual(statuses.map(() => 200))
    // nginx's access log names the upstream of each request: both instances answered.
    const upstreams = new Set(
      [...nginx.accessLog().matchAll(/"GET \/api\/hello\/[^"]*" 200 .*?upstream=([\d.:]+)/g)].map(
        (match) => match[1],
      ),
    )
    expect(upstreams).toEqual(new Set(instances.map((instance) => `127.0.0.1:${instance.port}`)))
    // And each instance, asked directly, knows the session too.
    const [a, b] = instances
    expect(await helloOn(a, jar)).toBe(200)
    expect(await helloOn(b, jar)).toBe(200)
  })

  it('issue #13 item 3: keeps /%61pi/… answers out of caches through nginx too', async () => {
    const jar = await logIn('alice')
    for (const path of ['/api/session/', '/%61pi/session/', '/%61%70%69/session/']) {
      const response = await httpsRequest(nginx.origin, { path, headers: { cookie: jar.header() } })
      expect(response.status, path).toBe(200)
      expect(response.body, path).toContain('alice')
      expect(response.headers['cache-control'], path).toBe('no-store')
      expect(response.headers.vary, path).toBe('Cookie')
    }
  })

  it('logout on one instance ends the session on the other at once', async () => {
    const [a, b] = instances
    const jar = await logIn('alice')
    const other = await logIn('alice')
    expect(await helloOn(b, jar)).toBe(200)
    expect((await direct(a, jar, { method: 'POST', path: '/api/logout/' })).status).toBe(200)
    expect(await helloOn(b, jar)).toBe(401)
    expect(await helloOn(b, other)).toBe(200)
  })

  it('a password change on one instance ends the other sessions on the other', async () => {
    const [a, b] = instances
    const changer = await logIn('alice')
    const elsewhere = await logIn('alice')
    const changed = await direct(a, changer, {
      method: 'POST',
      path: '/api/password/change/',
      body: { currentPassword: PASSWORD, newPassword: 'scaled-out-passphrase-8' },
    })
    expect(changed.status).toBe(200)
    for (const cookie of changed.headers.getSetCookie())
      changer.take({ headers: { 'set-cookie': cookie } })
    expect(await helloOn(b, elsewhere)).toBe(401)
    expect(await helloOn(b, changer)).toBe(200)
    // Back to the shared password for the other tests.
    const back = await direct(b, changer, {
      method: 'POST',
      path: '/api/password/change/',
      body: { currentPassword: 'scaled-out-passphrase-8', newPassword: PASSWORD },
    })
    expect(back.status).toBe(200)
  })

  it('a deactivation on one instance ends the sessions on the other; a restart keeps sessions', async () => {
    const [a, b] = instances
    const root = await logIn('root')
    const alice = await logIn('alice')
    const users = (await direct(a, root, { path: '/api/admin/users/?search=alice' })).json as {
      results: Array<{ id: number }>
    }
    const aliceId = users.results[0]?.id
    // An instance restarted: sessions live in Redis, so root is still logged in on it.
    await b.stop()
    await b.start()
    expect(await helloOn(b, root)).toBe(200)

    const patched = await direct(a, root, {
      method: 'PATCH',
      path: `/api/admin/users/${aliceId}/`,
      body: { isActive: false },
    })
    expect(patched.status).toBe(200)
    expect(await helloOn(b, alice)).toBe(401)
    expect(await helloOn(b, root)).toBe(200)
  })
})
