/**
 * A backing service going down (issue #6, "Failure behaviour"): requests that need it get 503
 * `unavailable` within 2 s, never a 500 and never an answer as if there were no session;
 * `/readyz` fails while `/healthz` still answers; when the service is back, Sesame recovers
 * without a restart. The outage is a TCP relay the test cuts (test/tcp-proxy.ts).
 */
import { afterAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/core/config.js'
import { openDatabase } from '../src/db/database.js'
import {
  PASSWORD,
  authed,
  build,
  createUser,
  loginOk,
  login,
  testClock,
  type TestContext,
} from './helpers.js'
import { freshPostgresDatabase } from './postgres.js'
import { REDIS_TEST_URL, redisReachable } from './redis.js'
import { startTcpProxy } from './tcp-proxy.js'

const postgres = await freshPostgresDatabase('outage')
afterAll(async () => {
  await postgres?.drop()
})

/** Polls until the request answers `status` (a pool may need one failed try to notice). */
async function eventually(check: () => Promise<number>, status: number): Promise<number> {
  let last = 0
  for (let attempt = 0; attempt < 20; attempt++) {
    last = await check()
    if (last === status) return last
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return last
}

describe.skipIf(postgres === null)('PostgreSQL down', () => {
  it('answers 503 within 2 s, fails /readyz, and recovers when it is back', async () => {
    if (!postgres) return
    const target = new URL(postgres.url)
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
    const viaProxy = new URL(postgres.url)
    viaProxy.port = String(proxy.port)
    const config = loadConfig({ DATABASE_URL: viaProxy.toString() })
    const db = openDatabase(config.databaseUrl)
    const app = await buildApp(config, { db, clock: testClock(Date.now()), logger: false })
    const ctx: TestContext = { app, db, clock: testClock(), config, dir: '' }
    try {
      const created = await app.services.users.create({ username: 'outage', password: PASSWORD })
      expect(created.ok).toBe(true)
      const cookies = await loginOk(ctx, 'outage')
      expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(200)

      await proxy.cut()
      for (const request of [
        () => authed(ctx, cookies, { url: '/api/hello/' }),
        () => authed(ctx, cookies, { url: '/api/session/' }),
        async () => (await login(ctx, 'outage')).response,
      ]) {
        const started = performance.now()
        const response = await request()
        expect(performance.now() - started).toBeLessThan(2000)
        expect(response.statusCode).toBe(503)
        expect(response.json()).toEqual({
          error: { code: 'unavailable', message: 'The service is temporarily unavailable.' },
        })
        expect(response.headers['retry-after']).toBe('5')
      }
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503)
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200)

      await proxy.restore()
      const hello = (): Promise<number> =>
        authed(ctx, cookies, { url: '/api/hello/' }).then((response) => response.statusCode)
      expect(await eventually(hello, 200)).toBe(200)
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200)
    } finally {
      await app.close()
      await db.destroy()
      await proxy.close()
    }
  })
})

const redisUp = await redisReachable()
if (!redisUp && process.env.CI === 'true') throw new Error('Redis is required under CI')

describe.skipIf(!redisUp)('Redis down (sessions and throttle counters in Redis)', () => {
  it('answers 503 within 2 s, fails /readyz, and recovers when it is back', async () => {
    const target = new URL(REDIS_TEST_URL)
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) })
    const prefix = `sesame-test:outage:${Date.now()}:`
    const ctx = await build({
      SESSION_STORE: `redis://127.0.0.1:${proxy.port}`,
      REDIS_KEY_PREFIX: prefix,
    })
    try {
      await createUser(ctx, 'alice')
      const cookies = await loginOk(ctx, 'alice')
      expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(200)

      await proxy.cut()
      for (const request of [
        () => authed(ctx, cookies, { url: '/api/hello/' }),
        () => authed(ctx, cookies, { method: 'POST', url: '/api/logout/' }),
        async () => (await login(ctx, 'alice')).response,
      ]) {
        const started = performance.now()
        const response = await request()
        expect(performance.now() - started).toBeLessThan(2000)
        expect(response.statusCode).toBe(503)
        expect(response.json().error.code).toBe('unavailable')
      }
      expect((await ctx.app.inject({ url: '/readyz' })).statusCode).toBe(503)

      await proxy.restore()
      const hello = (): Promise<number> =>
        authed(ctx, cookies, { url: '/api/hello/' }).then((response) => response.statusCode)
      // The session outlived the outage: still logged in, nothing lost.
      expect(await eventually(hello, 200)).toBe(200)
      expect((await ctx.app.inject({ url: '/readyz' })).statusCode).toBe(200)
    } finally {
      await proxy.close()
    }
  })
})
