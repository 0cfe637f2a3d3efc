/**
 * The notes API through Sesame's plugin, in-process (`inject`), on a fresh SQLite file: what the
 * example promises besides what the browser test (e2e/tests/notes-example.spec.ts) shows.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig, sesame, sesameFastifyOptions } from '@sesame/server'
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import pg from 'pg'
import notesApp from '../src/app.js'

const PASSWORD = 'correct-horse-battery-9'
const ORIGIN = 'http://localhost'
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

/** PostgreSQL for the second run (CI has it); elsewhere the run is skipped when it is not there. */
const POSTGRES_URL =
  process.env.SESAME_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch (error) {
    if (process.env.CI === 'true') throw error
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

const POSTGRES = await postgresAnswers()
if (!POSTGRES) console.warn(`Skipping the PostgreSQL run: nothing answers at ${POSTGRES_URL}`)
const DATABASES = ['sqlite', ...(POSTGRES ? ['postgres'] : [])] as const

/** A fresh database of each kind: a SQLite file, or a PostgreSQL database dropped after. */
async function databaseUrl(kind: string, dir: string): Promise<string> {
  if (kind === 'sqlite') return `sqlite:${join(dir, 'db.sqlite3')}`
  const name = `sesame_notes_${Math.random().toString(36).slice(2, 10)}`
  const admin = new pg.Client({ connectionString: POSTGRES_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: POSTGRES_URL })
    await dropper.connect()
    await dropper.query(`drop database if exists ${name} with (force)`)
    await dropper.end()
  })
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  return url.href
}

async function start(kind: string): Promise<FastifyInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-notes-'))
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }))
  const config = loadConfig({ DATABASE_URL: await databaseUrl(kind, dir) })
  const app = Fastify(sesameFastifyOptions(config, { logger: false }))
  cleanups.push(async () => void (await app.close()))
  await app.register(sesame, { config, app: { ...notesApp, webRoot: join(dir, 'no-page') } })
  return app
}

interface Client {
  request(
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: object,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>
}

/** A user created the way the CLI and the console create them, then logged in. */
async function userClient(app: FastifyInstance, username: string): Promise<Client> {
  const created = await app.services.users.create({ username, password: PASSWORD })
  expect(created.ok).toBe(true)
  const login = await app.inject({
    method: 'POST',
    url: '/api/login/',
    headers: { origin: ORIGIN, host: 'localhost' },
    payload: { username, password: PASSWORD },
  })
  expect(login.statusCode).toBe(200)
  const cookies = Object.fromEntries(
    login.cookies.map((cookie: { name: string; value: string }) => [cookie.name, cookie.value]),
  )
  return {
    request: (method, url, payload, headers = {}) =>
      app.inject({
        method,
        url,
        headers: {
          host: 'localhost',
          origin: ORIGIN,
          cookie: `sessionid=${cookies.sessionid}; csrftoken=${cookies.csrftoken}`,
          'x-csrftoken': cookies.csrftoken ?? '',
          ...headers,
        },
        ...(payload ? { payload } : {}),
      }),
  }
}

describe.each(DATABASES)('the notes example on %s', (kind) => {
  it('keeps each user’s notes, newest first, and hides them from everyone else', async () => {
    const app = await start(kind)
    const alice = await userClient(app, 'alice')
    const bob = await userClient(app, 'bob')
    expect((await alice.request('GET', '/api/notes/')).json()).toEqual({ results: [] })
    const first = await alice.request('POST', '/api/notes/', { text: '  first  ' })
    expect(first.statusCode).toBe(201)
    expect(first.json()).toEqual({
      id: expect.any(Number),
      text: 'first',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    const second = await alice.request('POST', '/api/notes/', { text: 'second' })
    const list = (await alice.request('GET', '/api/notes/')).json()
    expect(list.results.map((note: { text: string }) => note.text)).toEqual(['second', 'first'])
    expect((await bob.request('GET', '/api/notes/')).json()).toEqual({ results: [] })
    // Bob cannot delete Alice's note, nor learn that it exists.
    const theirs = await bob.request('DELETE', `/api/notes/${second.json().id}/`)
    expect(theirs.statusCode).toBe(404)
    expect(theirs.json().error.code).toBe('not_found')
    const mine = await alice.request('DELETE', `/api/notes/${second.json().id}/`)
    expect(mine.statusCode).toBe(204)
    const after = (await alice.request('GET', '/api/notes/')).json()
    expect(after.results.map((note: { text: string }) => note.text)).toEqual(['first'])
  })

  it('puts new users in notes-users, whose permissions an admin can take away', async () => {
    const app = await start(kind)
    const alice = await userClient(app, 'alice')
    const user = await app.services.users.findByUsername('alice')
    expect((await app.services.users.findById(user?.id ?? 0))?.groups).toEqual(['notes-users'])
    expect((await alice.request('POST', '/api/notes/', { text: 'a' })).statusCode).toBe(201)
    await app.services.users.update(user?.id ?? 0, { groups: [] })
    for (const [method, url] of [
      ['GET', '/api/notes/'],
      ['POST', '/api/notes/'],
      ['DELETE', '/api/notes/1/'],
    ] as const) {
      const response = await alice.request(
        method,
        url,
        method === 'POST' ? { text: 'b' } : undefined,
      )
      expect(response.statusCode).toBe(403)
      expect(response.json().error.code).toBe('permission_denied')
    }
  })

  it('answers bad input with a 400 and a stable code, never a 5xx', async () => {
    const app = await start(kind)
    const alice = await userClient(app, 'alice')
    const bad = [
      { text: '   ' },
      { text: 'x'.repeat(1001) },
      { text: 42 },
      {},
      { text: 'a\u0000b' },
      { text: 'bell\u0007' },
      { text: 'half \ud800 a pair' },
    ]
    for (const payload of bad) {
      const response = await alice.request('POST', '/api/notes/', payload)
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('invalid_request')
      expect(Object.keys(response.json().error.fields ?? {})).toEqual(['text'])
    }
    for (const id of [
      'abc',
      '0',
      '-1',
      '99999999999999999999',
      '2147483648',
      '1.5',
      '0x10',
      '1e3',
      '%205',
    ]) {
      const response = await alice.request('DELETE', `/api/notes/${id}/`)
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('invalid_request')
    }
    const anonymous = await app.inject({ method: 'GET', url: '/api/notes/' })
    expect(anonymous.statusCode).toBe(401)
    // Tabs and line breaks are text: kept as written.
    const lines = await alice.request('POST', '/api/notes/', { text: 'one\n\ttwo\r\nthree' })
    expect(lines.statusCode).toBe(201)
    expect(lines.json().text).toBe('one\n\ttwo\r\nthree')
  })

  it('refuses a cross-site or tokenless POST and DELETE before the notes are touched', async () => {
    const app = await start(kind)
    const alice = await userClient(app, 'alice')
    const note = (await alice.request('POST', '/api/notes/', { text: 'keep me' })).json()
    const forgeries: Array<Record<string, string>> = [
      { origin: 'https://evil.example' },
      { 'x-csrftoken': '' },
    ]
    for (const headers of forgeries) {
      const added = await alice.request('POST', '/api/notes/', { text: 'forged' }, headers)
      expect(added.statusCode).toBe(403)
      expect(added.json().error.code).toBe('csrf_failed')
      const deleted = await alice.request('DELETE', `/api/notes/${note.id}/`, undefined, headers)
      expect(deleted.statusCode).toBe(403)
      expect(deleted.json().error.code).toBe('csrf_failed')
    }
    const list = (await alice.request('GET', '/api/notes/')).json()
    expect(list.results.map((n: { text: string }) => n.text)).toEqual(['keep me'])
  })
})
