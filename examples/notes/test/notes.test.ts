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
import notesApp from '../src/app.js'

const PASSWORD = 'correct-horse-battery-9'
const ORIGIN = 'http://localhost'
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

async function start(): Promise<FastifyInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-notes-'))
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite3')}` })
  const app = Fastify(sesameFastifyOptions(config, { logger: false }))
  cleanups.push(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })
  await app.register(sesame, { config, app: { ...notesApp, webRoot: join(dir, 'no-page') } })
  return app
}

interface Client {
  request(
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: object,
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
    request: (method, url, payload) =>
      app.inject({
        method,
        url,
        headers: {
          host: 'localhost',
          origin: ORIGIN,
          cookie: `sessionid=${cookies.sessionid}; csrftoken=${cookies.csrftoken}`,
          'x-csrftoken': cookies.csrftoken ?? '',
        },
        ...(payload ? { payload } : {}),
      }),
  }
}

describe('the notes example', () => {
  it('keeps each user’s notes, newest first, and hides them from everyone else', async () => {
    const app = await start()
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
    const app = await start()
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
    const app = await start()
    const alice = await userClient(app, 'alice')
    for (const payload of [{ text: '   ' }, { text: 'x'.repeat(1001) }, { text: 42 }, {}]) {
      const response = await alice.request('POST', '/api/notes/', payload)
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('invalid_request')
      expect(Object.keys(response.json().error.fields ?? {})).toEqual(['text'])
    }
    for (const id of ['abc', '0', '-1', '99999999999999999999', '1.5']) {
      const response = await alice.request('DELETE', `/api/notes/${id}/`)
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('invalid_request')
    }
    const anonymous = await app.inject({ method: 'GET', url: '/api/notes/' })
    expect(anonymous.statusCode).toBe(401)
  })
})
