/**
 * issue #13 item 6: the shipped nginx configuration rate-limits `/api/login/` per address, so a
 * client looping on 429 stops reaching the instances; its refusals answer in Sesame's JSON error
 * format. One real Sesame (SQLite) behind the real nginx. Skipped when nginx is missing, except
 * under CI=true.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
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
].filter((item): item is string => item !== null)
if (missing.length && process.env.CI === 'true') {
  throw new Error(`The nginx login-limit test needs ${missing.join(', ')} under CI`)
}
if (missing.length)
  console.warn(`Skipping the nginx login-limit test: missing ${missing.join(', ')}.`)

describe.skipIf(missing.length > 0)('nginx in front: login rate limit', () => {
  let nginx: Nginx
  let instance: Instance
  const dir = mkdtempSync(join(tmpdir(), 'sesame-nginx-limit-'))

  beforeAll(async () => {
    const ports: [number, number] = [await freePort(), await freePort()]
    nginx = await startNginx(ports)
    instance = await startInstance(ports[0], {
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite3')}`,
      PUBLIC_ORIGIN: nginx.origin,
      TRUST_PROXY: '127.0.0.1',
      LOG_LEVEL: 'warn',
    })
  }, 60_000)

  afterAll(async () => {
    await instance?.stop()
    await nginx?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('lets a burst of 50 through and answers the rest with a JSON 429 of its own', async () => {
    const attempt = (i: number, path = '/api/login/'): ReturnType<typeof httpsRequest> =>
      httpsRequest(nginx.origin, {
        method: 'POST',
        path,
        headers: { origin: nginx.origin, 'content-type': 'application/json' },
        body: JSON.stringify({ username: `user${i}`, password: 'a-wrong-password' }),
      })
    // Every spelling of the path shares the one limit (nginx matches the decoded, merged path).
    const paths = ['/api/login/', '/api/login', '/%61pi/login/', '/api//login/']
    const responses = await Promise.all(
      Array.from({ length: 90 }, (_, i) => attempt(i, paths[i % paths.length])),
    )
    const statuses = responses.map((response) => response.status)
    // What passes reaches Sesame: a wrong password for an unknown name (400), or for the
    // double slash, which nginx merges only to pick the location, no route (404).
    expect(statuses.every((status) => [400, 404, 429].includes(status))).toBe(true)
    const passed = statuses.filter((status) => status !== 429).length
    expect(passed).toBeGreaterThanOrEqual(50)
    expect(passed).toBeLessThan(70)
    const limited = responses.filter((response) => response.status === 429)
    expect(limited.length).toBe(90 - passed)
    for (const response of limited) {
      expect(JSON.parse(response.body)).toEqual({
        error: { code: 'too_many_attempts', message: 'Too many failed attempts. Try again later.' },
      })
      expect(response.headers['content-type']).toBe('application/json')
      expect(response.headers['retry-after']).toBe('1')
    }
    // Other API routes are not limited.
    const session = await httpsRequest(nginx.origin, { path: '/api/session/' })
    expect(session.status).toBe(200)
  })
})
