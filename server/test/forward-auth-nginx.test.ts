/**
 * Forward auth through the real thing (issue #15 items 2 and 4): Chromium's requests are played
 * here by an HTTPS client against the real nginx running the shipped sesame.conf with the shipped
 * forward-auth.conf included, in front of a real Sesame (the compiled server, SQLite) and the
 * Python upstream of examples/forward-auth-python (Debian's python3). Every attack is tried and
 * must be refused before the upstream sees it. Skipped when nginx, python3 or the build is
 * missing, except under CI=true.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/core/config.js'
import { openDatabase, type Db } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { CHEAP_PASSWORD_HASHER, PASSWORD } from './helpers.js'
import {
  CookieJar,
  NGINX,
  SERVER_ENTRY,
  freePort,
  httpsRequest,
  startInstance,
  startNginx,
  type HttpsResponse,
  type Instance,
  type Nginx,
} from './topology.js'

const PYTHON_APP = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'examples',
  'forward-auth-python',
  'app.py',
)
const hasPython = spawnSync('python3', ['--version']).status === 0
const missing = [
  existsSync(NGINX) ? null : `nginx (${NGINX}: apt-get install -y nginx)`,
  existsSync(SERVER_ENTRY) ? null : 'server/dist (npm run build)',
  hasPython ? null : 'python3 (apt-get install -y python3)',
].filter((item): item is string => item !== null)
if (missing.length && process.env.CI === 'true') {
  throw new Error(`The forward-auth nginx test needs ${missing.join(', ')} under CI`)
}
if (missing.length) console.warn(`Skipping the forward-auth nginx test: ${missing.join(', ')}.`)

const EVIL = 'https://evil.example'

/** The Python upstream; `requests()` lists the request lines it logged ("POST /app/api/notes"). */
async function startPythonApp(port: number): Promise<{ requests(): string[]; stop(): void }> {
  let log = ''
  const child: ChildProcess = spawn('python3', [PYTHON_APP], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const deadline = Date.now() + 10_000
  while (!log.includes('forward-auth-python on')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`python3: ${log}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    requests: () => [...log.matchAll(/"([A-Z]+ \/[^ ]*) HTTP/g)].map((match) => match[1] ?? ''),
    stop: () => void child.kill(),
  }
}

describe.skipIf(missing.length > 0)('forward auth: nginx, Sesame and a Python upstream', () => {
  let nginx: Nginx
  let instance: Instance
  let python: Awaited<ReturnType<typeof startPythonApp>>
  // An app on the same database file, for what an admin would do meanwhile.
  let admin: FastifyInstance
  let db: Db
  let groupId: number
  const dir = mkdtempSync(join(tmpdir(), 'sesame-forward-auth-'))

  beforeAll(async () => {
    const databaseUrl = `sqlite:${join(dir, 'db.sqlite3')}`
    db = openDatabase(databaseUrl)
    await migrateToLatest(db)
    admin = await buildApp(loadConfig({ DATABASE_URL: databaseUrl }), {
      db,
      logger: false,
      webRoot: join(dir, 'no-web-build'),
      passwordHasher: CHEAP_PASSWORD_HASHER,
    })
    const group = await admin.services.groups.create(
      { name: 'notes-users', permissions: ['notes.add_note', 'notes.view_note'] },
      {},
    )
    if (!group.ok) throw new Error(JSON.stringify(group.fields))
    groupId = group.value.id
    for (const username of ['alice', 'bob']) {
      const created = await admin.services.users.create({
        username,
        email: `${username}@example.com`,
        password: PASSWORD,
        groups: ['notes-users'],
      })
      if (!created.ok) throw new Error(JSON.stringify(created.fields))
    }

    const [sesamePort, unusedPort, appPort] = [await freePort(), await freePort(), await freePort()]
    python = await startPythonApp(appPort)
    nginx = await startNginx([sesamePort, unusedPort], { forwardAuthApp: appPort })
    instance = await startInstance(sesamePort, {
      DATABASE_URL: databaseUrl,
      PUBLIC_ORIGIN: nginx.origin,
      TRUST_PROXY: '127.0.0.1',
      LOG_LEVEL: 'warn',
    })
  }, 60_000)

  afterAll(async () => {
    await instance?.stop()
    await nginx?.stop()
    python?.stop()
    await admin?.close()
    await db?.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  /** A browser of its own: cookies, and same-origin headers as Chromium sends them. */
  async function browser(username: string): Promise<{
    get(path: string, headers?: Record<string, string>): Promise<HttpsResponse>
    post(path: string, body: unknown, headers?: Record<string, string>): Promise<HttpsResponse>
    csrfToken(): string
  }> {
    const jar = new CookieJar()
    const send = async (
      method: string,
      path: string,
      headers: Record<string, string>,
      body?: string,
    ): Promise<HttpsResponse> => {
      const response = await httpsRequest(nginx.origin, {
        method,
        path,
        headers: { cookie: jar.header(), ...headers },
        ...(body === undefined ? {} : { body }),
      })
      jar.take(response)
      return response
    }
    const login = await send(
      'POST',
      '/api/login/',
      { origin: nginx.origin, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      JSON.stringify({ username, password: PASSWORD }),
    )
    expect(login.status).toBe(200)
    const csrfToken = (): string => jar.cookies.get('csrftoken') ?? ''
    return {
      get: (path, headers = {}) =>
        send('GET', path, { 'sec-fetch-site': 'same-origin', ...headers }),
      post: (path, body, headers = {}) =>
        send(
          'POST',
          path,
          {
            origin: nginx.origin,
            'sec-fetch-site': 'same-origin',
            'content-type': 'application/json',
            'x-csrftoken': csrfToken(),
            ...headers,
          },
          JSON.stringify(body),
        ),
      csrfToken,
    }
  }

  const posts = (): number =>
    python.requests().filter((line) => line.startsWith('POST /app/api/notes')).length

  it('refuses anonymous requests before the upstream sees them: JSON for the API, login for pages', async () => {
    const api = await httpsRequest(nginx.origin, {
      path: '/app/api/whoami',
      headers: { 'x-sesame-username': 'alice', 'x-sesame-user-id': '1' },
    })
    expect(api.status).toBe(401)
    expect(api.headers['content-type']).toBe('application/json')
    expect(JSON.parse(api.body)).toEqual({
      error: {
        code: 'not_authenticated',
        message: 'Authentication credentials were not provided.',
      },
    })
    const page = await httpsRequest(nginx.origin, { path: '/app/' })
    expect(page.status).toBe(302)
    expect(page.headers.location).toMatch(/\/login$/)
    // The internal question cannot be asked from outside.
    expect((await httpsRequest(nginx.origin, { path: '/_sesame/verify' })).status).toBe(404)
    expect(python.requests()).toEqual([])
  })

  it('tells the upstream who is logged in, and nothing a client sent under a Sesame name', async () => {
    const alice = await browser('alice')
    const response = await alice.get('/app/api/whoami', {
      'x-sesame-username': 'root',
      'x-sesame-user-id': '999',
      'x-sesame-is-superuser': 'true',
      'x-sesame-permissions': 'auth.change_user',
      'x-sesame-error': 'none',
      'x-sesame-require-permission': 'auth.view_user',
    })
    expect(response.status).toBe(200)
    const { user, headers } = JSON.parse(response.body) as {
      user: Record<string, unknown>
      headers: Record<string, string>
    }
    expect(user).toMatchObject({
      username: 'alice',
      email: 'alice@example.com',
      isStaff: false,
      isSuperuser: false,
      permissions: ['notes.add_note', 'notes.view_note'],
    })
    expect(Object.keys(headers).sort()).toEqual([
      'x-sesame-email',
      'x-sesame-is-staff',
      'x-sesame-is-superuser',
      'x-sesame-permissions',
      'x-sesame-user-id',
      'x-sesame-username',
    ])
    const page = await alice.get('/app/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('Hello alice')
  })

  it('adds a note; another user does not see it', async () => {
    const alice = await browser('alice')
    const added = await alice.post('/app/api/notes', { text: 'from alice' })
    expect(added.status).toBe(201)
    const list = JSON.parse((await alice.get('/app/api/notes')).body) as { results: unknown[] }
    expect(list.results).toContainEqual(expect.objectContaining({ text: 'from alice' }))
    const bob = await browser('bob')
    expect(JSON.parse((await bob.get('/app/api/notes')).body)).toEqual({ results: [] })
  })

  it('refuses a cross-site POST and a POST without X-CSRFToken before the upstream sees them', async () => {
    const alice = await browser('alice')
    const before = posts()
    const forgeries: Array<Record<string, string>> = [
      { origin: EVIL, 'sec-fetch-site': 'cross-site' },
      { origin: EVIL, 'sec-fetch-site': '' },
      { 'x-csrftoken': '' },
      { 'x-csrftoken': 'not-the-token' },
      // A header the client sends to look like a safe request is replaced by nginx's own.
      { 'x-csrftoken': '', 'x-original-method': 'GET' },
    ]
    for (const headers of forgeries) {
      const response = await alice.post('/app/api/notes', { text: 'forged' }, headers)
      expect(response.status, JSON.stringify(headers)).toBe(403)
      expect(JSON.parse(response.body)).toEqual({
        error: { code: 'csrf_failed', message: 'CSRF check failed.' },
      })
    }
    expect(posts()).toBe(before)
    const list = JSON.parse((await alice.get('/app/api/notes')).body) as {
      results: Array<{ text: string }>
    }
    expect(list.results.map((note) => note.text)).not.toContain('forged')
  })

  it('follows a removed permission, a logout and a deactivation on the very next request', async () => {
    const alice = await browser('alice')
    const bob = await browser('bob')
    expect((await alice.post('/app/api/notes', { text: 'allowed' })).status).toBe(201)

    const removed = await admin.services.groups.update(
      groupId,
      { permissions: ['notes.view_note'] },
      {},
    )
    expect(removed?.ok).toBe(true)
    const refused = await alice.post('/app/api/notes', { text: 'not any more' })
    expect(refused.status).toBe(403)
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'permission_denied' } })
    // Reading needs no permission in this configuration: still allowed, without a new login.
    expect((await alice.get('/app/api/notes')).status).toBe(200)

    const logout = await alice.post('/api/logout/', {})
    expect(logout.status).toBe(200)
    expect((await alice.get('/app/api/whoami')).status).toBe(401)

    const bobUser = await admin.services.users.findByUsername('bob')
    expect((await admin.services.users.update(bobUser?.id ?? 0, { isActive: false }))?.ok).toBe(
      true,
    )
    expect((await bob.get('/app/api/whoami')).status).toBe(401)
  })
})
