/**
 * An app built on the plugin (src/plugin.ts), as docs/build-your-app.md builds one: its own route
 * under Sesame's CSRF layers and guards, its own migrations in their own table, its permissions
 * beside Sesame's, and its "user created" hook in the creating transaction. On SQLite here, and
 * on PostgreSQL in `npm run test:postgres` (scripts/test-postgres.mjs).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { sql, type Generated, type Migration } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import type { SesameApp } from '../src/app-definition.js'
import { loadConfig } from '../src/core/config.js'
import { ApiError } from '../src/core/errors.js'
import { isPostgres, openDatabase, type Db } from '../src/db/database.js'
import { sesame, sesameFastifyOptions } from '../src/plugin.js'
import {
  CHEAP_PASSWORD_HASHER,
  ON_POSTGRES,
  ON_REDIS,
  ORIGIN,
  PASSWORD,
  authed,
  createUser,
  deleteRedisKeys,
  loginOk,
  testClock,
  type TestContext,
} from './helpers.js'
import { leasePostgresDatabase } from './postgres-lease.js'
import { REDIS_TEST_URL } from './redis.js'

interface TodoTables {
  todos: { id: Generated<number>; user_id: number; title: string }
}

/** The app's one migration: its table, and the group new users join (with its permission). */
const todoMigrations: Record<string, Migration> = {
  '0001-todos': {
    async up(db) {
      const pg = isPostgres(db)
      await db.schema
        .createTable('todos')
        .addColumn('id', pg ? 'serial' : 'integer', (col) =>
          pg ? col.primaryKey() : col.primaryKey().autoIncrement(),
        )
        .addColumn('user_id', 'integer', (col) =>
          col.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('title', 'varchar(200)', (col) => col.notNull())
        .execute()
      const group = await db
        .insertInto('groups')
        .values({ name: 'todo-users' })
        .returning('id')
        .executeTakeFirstOrThrow()
      await db
        .insertInto('group_permissions')
        .values([
          { group_id: group.id, permission: 'todo.view_todo' },
          { group_id: group.id, permission: 'todo.add_todo' },
        ])
        .execute()
    },
  },
}

function todoApp(overrides: Partial<SesameApp> = {}): SesameApp {
  return {
    name: 'todo',
    migrations: todoMigrations,
    permissions: { 'todo.view_todo': 'See own todos', 'todo.add_todo': 'Add todos' },
    onUserCreated: async ({ addToGroups, via }) => {
      const missing = await addToGroups(['todo-users', 'no-such-group'])
      expect(missing).toEqual(['no-such-group'])
      expect(['api', 'cli']).toContain(via)
    },
    ...overrides,
  }
}

/** The app's routes, the way an app writes them: JSON Schema, the guards, the typed handle. */
async function todoRoutes(app: FastifyInstance): Promise<void> {
  const db = app.sesame.database<TodoTables>()
  app.get(
    '/api/todos/',
    { preHandler: app.sesame.requirePermission('todo.view_todo') },
    async (request) => {
      const { user } = app.sesame.auth(request)
      const rows = await db
        .selectFrom('todos')
        .select(['id', 'title'])
        .where('user_id', '=', user.id)
        .orderBy('id', 'desc')
        .execute()
      return { results: rows }
    },
  )
  app.post<{ Body: { title: string } }>(
    '/api/todos/',
    {
      preHandler: app.sesame.requirePermission('todo.add_todo'),
      schema: {
        body: {
          type: 'object',
          required: ['title'],
          additionalProperties: false,
          properties: { title: { type: 'string', minLength: 1, maxLength: 200 } },
        },
      },
    },
    async (request, reply) => {
      const { user } = app.sesame.auth(request)
      const row = await db
        .insertInto('todos')
        .values({ user_id: user.id, title: request.body.title })
        .returning(['id', 'title'])
        .executeTakeFirstOrThrow()
      return reply.code(201).send(row)
    },
  )
  app.get('/api/todos/whoami/', { preHandler: app.sesame.requireUser() }, async (request) => ({
    username: app.sesame.auth(request).user.username,
  }))
  app.post(
    '/api/todos/danger/',
    { preHandler: app.sesame.requireReauthentication() },
    async () => ({ ok: true }),
  )
  app.get('/api/todos/missing/', async () => {
    throw new ApiError('not_found')
  })
}

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

/** A fresh database (SQLite file, or a PostgreSQL database of its own) with nothing migrated. */
async function freshDatabase(): Promise<{ db: Db; url: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-plugin-'))
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }))
  if (!ON_POSTGRES) {
    const url = `sqlite:${join(dir, 'db.sqlite3')}`
    const db = openDatabase(url)
    cleanups.push(async () => db.destroy())
    return { db, url }
  }
  // A clone of the migrated template: Sesame's migrations are there, the app's are not.
  const lease = await leasePostgresDatabase({ own: true })
  const db = openDatabase(lease.url)
  cleanups.push(async () => {
    await db.destroy()
    await lease.release()
  })
  return { db, url: lease.url }
}

/** The app as an app builds it: Fastify with Sesame's options, the plugin, then its routes. */
async function buildTodoApp(
  app: SesameApp = todoApp(),
  database?: { db: Db; url: string },
  routes: (app: FastifyInstance) => void = () => {},
): Promise<TestContext> {
  const { db, url } = database ?? (await freshDatabase())
  const prefix = `sesame-test:plugin:${Math.random().toString(36).slice(2)}:`
  const config = loadConfig({
    DATABASE_URL: url,
    ...(ON_REDIS ? { SESSION_STORE: REDIS_TEST_URL, REDIS_KEY_PREFIX: prefix } : {}),
  })
  const clock = testClock(ON_REDIS ? Date.now() : undefined)
  const fastify = Fastify(sesameFastifyOptions(config, { logger: false }))
  cleanups.push(async () => {
    await fastify.close()
    if (ON_REDIS) await deleteRedisKeys(prefix)
  })
  await fastify.register(sesame, {
    config,
    app,
    db,
    clock,
    passwordHasher: CHEAP_PASSWORD_HASHER,
    startupChecks: false,
  })
  await fastify.register(todoRoutes)
  await fastify.register(async (instance) => routes(instance))
  await fastify.ready()
  return { app: fastify, db, clock, config, dir: '' }
}

describe('an app built on the plugin', () => {
  it('runs its migrations in a table of their own, after Sesame’s, once', async () => {
    const database = await freshDatabase()
    const ctx = await buildTodoApp(todoApp(), database)
    const names = async (table: string): Promise<string[]> =>
      (
        await sql<{ name: string }>`select name from ${sql.table(table)} order by name`.execute(
          ctx.db,
        )
      ).rows.map((row) => row.name)
    expect(await names('todo_kysely_migration')).toEqual(['0001-todos'])
    expect(await names('kysely_migration')).not.toContain('0001-todos')
    expect(await names('kysely_migration')).toContain('2026-11-30T000000-initial')
    // A second start on the same database applies nothing again (the group would be a duplicate).
    await buildTodoApp(todoApp(), database)
    expect(await names('todo_kysely_migration')).toEqual(['0001-todos'])
  })

  it('guards its routes: 401 anonymous, 200 logged in, typed user and table', async () => {
    const ctx = await buildTodoApp()
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/todos/whoami/' })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json().error.code).toBe('not_authenticated')
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const whoami = await authed(ctx, cookies, { url: '/api/todos/whoami/' })
    expect(whoami.statusCode).toBe(200)
    expect(whoami.json()).toEqual({ username: 'alice' })
    const added = await authed(ctx, cookies, {
      method: 'POST',
      url: '/api/todos/',
      payload: { title: 'Water the plants' },
    })
    expect(added.statusCode).toBe(201)
    const list = await authed(ctx, cookies, { url: '/api/todos/' })
    expect(list.json().results).toEqual([{ id: added.json().id, title: 'Water the plants' }])
  })

  it('puts both CSRF layers on its unsafe routes without asking', async () => {
    const ctx = await buildTodoApp()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const post = (headers: Record<string, string>) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/todos/',
        headers: {
          host: 'localhost',
          cookie: `sessionid=${cookies.sessionid}; csrftoken=${cookies.csrftoken}`,
          ...headers,
        },
        payload: { title: 'x' },
      })
    const foreign = await post({ origin: 'https://evil.example', 'x-csrftoken': cookies.csrftoken })
    expect(foreign.statusCode).toBe(403)
    expect(foreign.json().error.code).toBe('csrf_failed')
    const tokenless = await post({ origin: ORIGIN })
    expect(tokenless.statusCode).toBe(403)
    expect(tokenless.json().error.code).toBe('csrf_failed')
    const wrongToken = await post({ origin: ORIGIN, 'x-csrftoken': 'A'.repeat(32) })
    expect(wrongToken.statusCode).toBe(403)
    expect(wrongToken.json().error.code).toBe('csrf_failed')
    const list = await authed(ctx, cookies, { url: '/api/todos/' })
    expect(list.json().results).toEqual([])
    const ok = await post({ origin: ORIGIN, 'x-csrftoken': cookies.csrftoken })
    expect(ok.statusCode).toBe(201)
  })

  it('reads permissions live: a user taken out of the group is refused on the next request', async () => {
    const ctx = await buildTodoApp()
    const alice = await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const add = () =>
      authed(ctx, cookies, { method: 'POST', url: '/api/todos/', payload: { title: 't' } })
    expect((await add()).statusCode).toBe(201)
    const patched = await ctx.app.services.users.update(alice.id, { groups: [] })
    expect(patched?.ok).toBe(true)
    const refused = await add()
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.code).toBe('permission_denied')
    // Still logged in: only the permission went.
    expect((await authed(ctx, cookies, { url: '/api/todos/whoami/' })).statusCode).toBe(200)
  })

  it('gives a superuser every permission the app declares', async () => {
    const ctx = await buildTodoApp(todoApp({ onUserCreated: undefined }))
    await createUser(ctx, 'root', { isSuperuser: true })
    const cookies = await loginOk(ctx, 'root')
    const session = await authed(ctx, cookies, { url: '/api/session/' })
    expect(session.json().user.permissions).toEqual(
      expect.arrayContaining(['todo.add_todo', 'todo.view_todo', 'auth.view_user']),
    )
    const added = await authed(ctx, cookies, {
      method: 'POST',
      url: '/api/todos/',
      payload: { title: 'as root' },
    })
    expect(added.statusCode).toBe(201)
  })

  it('lists its permissions beside Sesame’s for staff with auth.view_group', async () => {
    const ctx = await buildTodoApp()
    await createUser(ctx, 'root', { isSuperuser: true })
    await createUser(ctx, 'bob')
    const root = await loginOk(ctx, 'root')
    const response = await authed(ctx, root, { url: '/api/admin/permissions/' })
    expect(response.statusCode).toBe(200)
    const { results } = response.json() as {
      results: Array<{ name: string; description: string; declaredBy: string }>
    }
    expect(results).toContainEqual({
      name: 'todo.add_todo',
      description: 'Add todos',
      declaredBy: 'todo',
    })
    expect(results).toContainEqual(
      expect.objectContaining({ name: 'auth.view_user', declaredBy: 'sesame' }),
    )
    const names = results.map((entry) => entry.name)
    expect(names).toEqual([...names].sort())
    const bob = await loginOk(ctx, 'bob')
    const refused = await authed(ctx, bob, { url: '/api/admin/permissions/' })
    expect(refused.statusCode).toBe(403)
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/admin/permissions/' })
    expect(anonymous.statusCode).toBe(401)
  })

  it('runs the user-created hook in the creating transaction: a throw creates nobody', async () => {
    const ctx = await buildTodoApp(
      todoApp({
        onUserCreated: async ({ user, addToGroups }) => {
          await addToGroups(['todo-users'])
          if (user.username === 'mallory') throw new Error('refused by the app')
        },
      }),
    )
    const bob = await createUser(ctx, 'bob')
    expect((await ctx.app.services.users.findById(bob.id))?.groups).toEqual(['todo-users'])
    await expect(createUser(ctx, 'mallory')).rejects.toThrow('refused by the app')
    expect(await ctx.app.services.users.findByUsername('mallory')).toBeNull()
    const memberships = await ctx.db
      .selectFrom('user_groups')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(memberships.n)).toBe(1)
  })

  it('keeps re-authentication and the error format on its routes', async () => {
    const ctx = await buildTodoApp()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    ctx.clock.advance(60 * 60 * 1000)
    const stale = await authed(ctx, cookies, { method: 'POST', url: '/api/todos/danger/' })
    expect(stale.statusCode).toBe(403)
    expect(stale.json().error.code).toBe('reauthentication_required')
    const reauth = await authed(ctx, cookies, {
      method: 'POST',
      url: '/api/reauthenticate/',
      payload: { password: PASSWORD },
    })
    expect(reauth.statusCode).toBe(200)
    const fresh = await authed(ctx, cookies, { method: 'POST', url: '/api/todos/danger/' })
    expect(fresh.statusCode).toBe(200)
    const missing = await authed(ctx, cookies, { url: '/api/todos/missing/' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toEqual({ error: { code: 'not_found', message: 'Not found.' } })
    // Fastify's own JSON Schema validation of the app's route: a 400 with the field, never a 500.
    const invalid = await authed(ctx, cookies, {
      method: 'POST',
      url: '/api/todos/',
      payload: { title: '' },
    })
    expect(invalid.statusCode).toBe(400)
    expect(invalid.json().error.code).toBe('invalid_request')
    expect(Object.keys(invalid.json().error.fields)).toEqual(['title'])
    const missingTitle = await authed(ctx, cookies, {
      method: 'POST',
      url: '/api/todos/',
      payload: {},
    })
    expect(missingTitle.statusCode).toBe(400)
    expect(missingTitle.json().error.fields).toEqual({
      title: ["must have required property 'title'"],
    })
  })

  it('has no demo route, and documents the app’s routes beside Sesame’s', async () => {
    const ctx = await buildTodoApp()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const hello = await authed(ctx, cookies, { url: '/api/hello/' })
    expect(hello.statusCode).toBe(404)
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/login/', '/api/todos/', '/api/admin/permissions/']),
    )
    expect(
      doc.paths['/api/todos/'].post.requestBody.content['application/json'].schema,
    ).toMatchObject({ required: ['title'] })
  })

  it('puts both CSRF layers on a method the app adds (not only POST, PUT, PATCH, DELETE)', async () => {
    const ctx = await buildTodoApp(todoApp(), undefined, (app) => {
      app.addHttpMethod('PROPPATCH', { hasBody: true })
      app.route({
        method: 'PROPPATCH',
        url: '/api/todos/props/',
        preHandler: app.sesame.requireUser(),
        handler: async () => ({ changed: true }),
      })
    })
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const send = (headers: Record<string, string>) =>
      ctx.app.inject({
        method: 'PROPPATCH' as 'POST',
        url: '/api/todos/props/',
        headers: {
          host: 'localhost',
          cookie: `sessionid=${cookies.sessionid}; csrftoken=${cookies.csrftoken}`,
          ...headers,
        },
      })
    const foreign = await send({ origin: 'https://evil.example' })
    expect(foreign.statusCode).toBe(403)
    expect(foreign.json().error.code).toBe('csrf_failed')
    const tokenless = await send({ origin: ORIGIN })
    expect(tokenless.statusCode).toBe(403)
    expect((await send({ origin: ORIGIN, 'x-csrftoken': cookies.csrftoken })).statusCode).toBe(200)
  })

  it('refuses a configuration npm start refuses, unless told the caller checked it', async () => {
    const database = await freshDatabase()
    const config = loadConfig({
      DATABASE_URL: database.url,
      PUBLIC_ORIGIN: 'https://app.example.com',
      COOKIE_SECURE: 'false',
    })
    const fastify = Fastify(sesameFastifyOptions(config, { logger: false }))
    cleanups.push(async () => void (await fastify.close()))
    await expect(
      fastify.register(sesame, { config, db: database.db, passwordHasher: CHEAP_PASSWORD_HASHER }),
    ).rejects.toThrow(/Refusing to start:[\s\S]*COOKIE_SECURE/)
  })

  it('writes the refusals it counted before it closes the database it opened', async () => {
    const database = await freshDatabase()
    const prefix = `sesame-test:plugin:${Math.random().toString(36).slice(2)}:`
    const config = loadConfig({
      DATABASE_URL: database.url,
      ...(ON_REDIS ? { SESSION_STORE: REDIS_TEST_URL, REDIS_KEY_PREFIX: prefix } : {}),
    })
    // No `db` option: the plugin opens the database and must close it after the last write.
    const fastify = Fastify(sesameFastifyOptions(config, { logger: false }))
    await fastify.register(sesame, {
      config,
      passwordHasher: CHEAP_PASSWORD_HASHER,
      startupChecks: false,
    })
    const ctx: TestContext = { app: fastify, db: database.db, clock: testClock(), config, dir: '' }
    await createUser(ctx, 'alice')
    const attempt = () =>
      fastify.inject({
        method: 'POST',
        url: '/api/login/',
        headers: { origin: ORIGIN, host: 'localhost' },
        payload: { username: 'alice', password: 'a-wrong-password' },
      })
    for (let i = 0; i < 5; i++) await attempt()
    const refused = []
    for (let i = 0; i < 10; i++) refused.push((await attempt()).statusCode)
    expect(refused.every((status) => status === 429)).toBe(true)
    await fastify.close()
    if (ON_REDIS) await deleteRedisKeys(prefix)
    const rows = await database.db
      .selectFrom('audit_events')
      .select('detail')
      .where('event', '=', 'login_throttled')
      .execute()
    expect(rows).toHaveLength(1)
    // The first refusal wrote the event; the nine after it were counted in memory and flushed
    // by close, while the database was still open.
    expect(JSON.parse(String(rows[0]?.detail))).toMatchObject({ refused: 10 })
  })

  it('refuses to delete a user an app row still refers to: 409, and nothing changes', async () => {
    const receipts: Record<string, Migration> = {
      ...todoMigrations,
      '0002-receipts': {
        async up(db) {
          // No `on delete cascade`: a receipt must outlive nobody.
          await db.schema
            .createTable('receipts')
            .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
            .execute()
        },
      },
    }
    const ctx = await buildTodoApp(todoApp({ migrations: receipts }))
    await createUser(ctx, 'root', { isSuperuser: true })
    const bob = await createUser(ctx, 'bob')
    const root = await loginOk(ctx, 'root')
    const bobCookies = await loginOk(ctx, 'bob')
    const receiptsTable = ctx.app.sesame.database<{ receipts: { user_id: number } }>()
    await receiptsTable.insertInto('receipts').values({ user_id: bob.id }).execute()
    const refused = await authed(ctx, root, {
      method: 'DELETE',
      url: `/api/admin/users/${bob.id}/`,
    })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('deactivate the user instead'),
    })
    // Rolled back whole: bob, his session and his memberships are there, no event was kept.
    expect((await authed(ctx, bobCookies, { url: '/api/todos/whoami/' })).statusCode).toBe(200)
    expect((await ctx.app.services.users.findById(bob.id))?.groups).toEqual(['todo-users'])
    const events = await ctx.app.services.audit.list({ event: 'user_deleted', limit: 10 })
    expect(events).toEqual([])
    await receiptsTable.deleteFrom('receipts').execute()
    const deleted = await authed(ctx, root, {
      method: 'DELETE',
      url: `/api/admin/users/${bob.id}/`,
    })
    expect(deleted.statusCode).toBe(204)
    expect((await authed(ctx, bobCookies, { url: '/api/todos/whoami/' })).statusCode).toBe(401)
  })

  it('refuses to start with a guard on a permission nobody declared, or a bad app', async () => {
    await expect(
      buildTodoApp(todoApp({ permissions: { 'todo.view_todo': 'See own todos' } })),
    ).rejects.toThrow('Permission "todo.add_todo" is not declared')
    await expect(buildTodoApp(todoApp({ name: 'Todo App' }))).rejects.toThrow("app's name")
    await expect(
      buildTodoApp(todoApp({ permissions: { 'auth.view_user': 'mine now' } })),
    ).rejects.toThrow("Sesame's own")
  })
})
