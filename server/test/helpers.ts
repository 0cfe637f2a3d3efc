/**
 * Test helpers (CONTRIBUTING.md, Server tests): `build()` gives an app on a fresh SQLite file with a movable
 * clock and closes it after the test; `createUser`, `login` and `authed` cover the common steps.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterEach, expect } from 'vitest'
import { buildApp, type BuildOptions } from '../src/app.js'
import type { AuthUser } from '../src/users/user.types.js'
import {
  createPasswordHasher,
  defaultPasswordHasher,
  type PasswordHasher,
} from '../src/auth/password.hasher.js'
import { loadConfig, type Config } from '../src/core/config.js'
import { openDatabase, type Db } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { randomBytes } from 'node:crypto'
import {
  closeRedis,
  deleteKeysByPrefix,
  escapeGlob,
  openRedis,
  scanKeys,
  waitForRedis,
} from '../src/redis/connection.js'
import { leasePostgresDatabase } from './postgres-lease.js'
import { REDIS_TEST_URL } from './redis.js'

/** Deletes every key under `prefix` (a test app's Redis keys). */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = openRedis(REDIS_TEST_URL)
  try {
    await waitForRedis(redis)
    await deleteKeysByPrefix(redis, prefix)
  } finally {
    await closeRedis(redis)
  }
}

export const ORIGIN = 'http://localhost'

/**
 * `SESAME_TEST_DATABASE=postgres` (`npm run test:postgres -w server`) runs the chosen files with
 * every app on an empty, migrated PostgreSQL database instead of a SQLite file
 * (test/postgres-lease.ts).
 */
export const ON_POSTGRES = process.env.SESAME_TEST_DATABASE === 'postgres'
/**
 * `SESAME_TEST_SESSION_STORE=redis`: sessions and throttle counters in Redis (127.0.0.1:6379 or
 * SESAME_TEST_REDIS_URL), each app under its own key prefix, deleted after the test.
 */
export const ON_REDIS = process.env.SESAME_TEST_SESSION_STORE === 'redis'
export const PASSWORD = 'correct-horse-battery-9'

/**
 * argon2id at a cheap cost (256 KiB, one pass: well under a millisecond) for the apps `build()`
 * makes, so the suite does not spend its time hashing. Only here, never in src/: the app's
 * default is the OWASP cost (src/auth/password.hasher.ts; test/password-cost.test.ts proves it).
 * Tests of cost, timing or rehashing ask for the real one: `build(env, { realPasswordCost: true })`.
 */
export const CHEAP_PASSWORD_HASHER: PasswordHasher = createPasswordHasher({
  memoryCost: 256,
  timeCost: 1,
  parallelism: 1,
})

/**
 * make_password("lètmein", "seasalt", "pbkdf2_sha256") from Django's own test suite
 * (tests/auth_tests/test_hashers.py, Django 4.2): a hash as an imported Django account has it.
 */
export const DJANGO_HASH =
  'pbkdf2_sha256$390000$seasalt$8xBlGd3jVgvJ+92hWPxi5ww0uuAuAnKgC45eudxro7c='
export const DJANGO_PASSWORD = 'lètmein'

export interface TestClock {
  (): number
  advance(ms: number): void
  set(ms: number): void
}

export function testClock(start = Date.UTC(2026, 0, 1)): TestClock {
  let now = start
  const clock = (() => now) as TestClock
  clock.advance = (ms) => {
    now += ms
  }
  clock.set = (ms) => {
    now = ms
  }
  return clock
}

export interface TestContext {
  app: FastifyInstance
  db: Db
  clock: TestClock
  config: Config
  dir: string
  /** The hasher the app was built with (`build()`: cheap unless `realPasswordCost`). */
  hasher?: PasswordHasher
}

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

export interface BuildTestOptions {
  /** Sees the SQL of every query the app runs (migrations excluded: they run before). */
  onQuery?: (sql: string) => void
  /** Where the app logs; silent by default. */
  logger?: BuildOptions['logger']
  /** A built SPA to serve; by default WEB_ROOT, else none, so tests do not depend on web/dist. */
  webRoot?: string
  /**
   * On PostgreSQL, a database of its own rather than the worker's shared one (emptied before each
   * test): for a test that changes the schema (a trigger, a renamed table). No effect on SQLite.
   */
  ownDatabase?: boolean
  /**
   * argon2id at the OWASP cost, as in production, instead of `CHEAP_PASSWORD_HASHER`: for tests
   * of timing (enumeration) or of what a login rehashes to.
   */
  realPasswordCost?: boolean
}

/** A migrated app on its own SQLite file (or PostgreSQL database); closed and deleted after the test. */
export async function build(
  env: Record<string, string> = {},
  options: BuildTestOptions = {},
): Promise<TestContext> {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-test-'))
  let migrated = false
  const onQuery = (sql: string): void => (migrated ? options.onQuery?.(sql) : undefined)
  let db: Db
  let databaseUrl = `sqlite:${join(dir, 'db.sqlite3')}`
  let dropDatabase = async (): Promise<void> => {}
  if (ON_POSTGRES) {
    // `npm run test:postgres`: the worker's database, emptied, or a clone of the template.
    const lease = await leasePostgresDatabase({ own: options.ownDatabase })
    databaseUrl = lease.url
    db = openDatabase(databaseUrl, { onQuery })
    dropDatabase = async () => {
      await db.destroy()
      await lease.release()
    }
  } else {
    db = openDatabase(databaseUrl, { onQuery })
    await migrateToLatest(db)
  }
  migrated = true
  const redisPrefix = `sesame-test:${randomBytes(6).toString('hex')}:`
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    ...(ON_REDIS ? { SESSION_STORE: REDIS_TEST_URL, REDIS_KEY_PREFIX: redisPrefix } : {}),
    ...env,
  })
  // Redis expires keys by its own clock: under Redis, test time starts now.
  const onRedis = config.sessionStore.kind === 'redis'
  const clock = testClock(onRedis ? Date.now() : undefined)
  const hasher = options.realPasswordCost ? defaultPasswordHasher : CHEAP_PASSWORD_HASHER
  const app = await buildApp(config, {
    db,
    clock,
    logger: options.logger ?? false,
    webRoot: options.webRoot ?? config.webRoot ?? join(dir, 'no-web-build'),
    passwordHasher: hasher,
  })
  if (app.services.redis) await waitForRedis(app.services.redis)
  cleanups.push(async () => {
    await app.close()
    if (onRedis) await deleteRedisKeys(config.redisKeyPrefix)
    if (ON_POSTGRES) await dropDatabase()
    else await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  })
  return { app, db, clock, config, dir, hasher }
}

export async function createUser(
  ctx: TestContext,
  username = 'alice',
  options: { password?: string; isStaff?: boolean; isSuperuser?: boolean; groups?: string[] } = {},
): Promise<AuthUser> {
  const result = await ctx.app.services.users.create({
    username,
    email: `${username}@example.com`,
    password: options.password ?? PASSWORD,
    isStaff: options.isStaff ?? options.isSuperuser ?? false,
    isSuperuser: options.isSuperuser ?? false,
    ...(options.groups ? { groups: options.groups } : {}),
  })
  if (!result.ok) throw new Error(`createUser failed: ${JSON.stringify(result.fields)}`)
  return result.value
}

export interface Cookies {
  sessionid?: string
  csrftoken?: string
}

/** The cookies a response sets, by name, with their raw Set-Cookie lines. */
export function setCookies(response: LightMyRequestResponse): Map<string, string> {
  const raw = response.headers['set-cookie']
  const lines = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]
  return new Map(lines.map((line) => [line.slice(0, line.indexOf('=')), line]))
}

export function cookieValue(line: string | undefined): string | undefined {
  if (line === undefined) return undefined
  return line.slice(line.indexOf('=') + 1, line.indexOf(';'))
}

export function cookieHeader(cookies: Cookies): string {
  return Object.entries(cookies)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ')
}

export async function login(
  ctx: TestContext,
  username = 'alice',
  password = PASSWORD,
  headers: Record<string, string> = {},
): Promise<{ response: LightMyRequestResponse; cookies: Cookies }> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/login/',
    headers: { origin: ORIGIN, host: 'localhost', ...headers },
    payload: { username, password },
  })
  const set = setCookies(response)
  return {
    response,
    cookies: {
      sessionid: cookieValue(set.get('sessionid')),
      csrftoken: cookieValue(set.get('csrftoken')),
    },
  }
}

/** Logs in and returns cookies, failing the test if the login does not succeed. */
export async function loginOk(ctx: TestContext, username = 'alice'): Promise<Required<Cookies>> {
  const { response, cookies } = await login(ctx, username)
  expect(response.statusCode).toBe(200)
  expect(cookies.sessionid).toBeDefined()
  expect(cookies.csrftoken).toBeDefined()
  return cookies as Required<Cookies>
}

/** A request as the logged-in SPA makes it: cookies, same origin, and the CSRF header. */
export function authed(
  ctx: TestContext,
  cookies: Cookies,
  request: {
    method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
    url: string
    payload?: object
  },
): Promise<LightMyRequestResponse> {
  return ctx.app.inject({
    method: request.method ?? 'GET',
    url: request.url,
    headers: {
      host: 'localhost',
      origin: ORIGIN,
      cookie: cookieHeader(cookies),
      ...(cookies.csrftoken ? { 'x-csrftoken': cookies.csrftoken } : {}),
    },
    ...(request.payload ? { payload: request.payload } : {}),
  })
}

/**
 * A second app on the same database, as a second instance behind a load balancer would be: what
 * one instance revokes must be dead on the other at its next request.
 */
export async function secondInstance(ctx: TestContext): Promise<TestContext> {
  const db = openDatabase(ctx.config.databaseUrl)
  const app = await buildApp(ctx.config, {
    db,
    clock: ctx.clock,
    logger: false,
    webRoot: join(ctx.dir, 'no-web-build'),
    passwordHasher: ctx.hasher ?? defaultPasswordHasher,
  })
  cleanups.push(async () => {
    await app.close()
    await db.destroy()
  })
  return { ...ctx, app, db }
}

/** The environment a CLI command needs to work on `config`'s database and session store. */
export function cliEnv(config: Config): Record<string, string> {
  return {
    DATABASE_URL: config.databaseUrl,
    ...(config.sessionStore.kind === 'redis'
      ? { SESSION_STORE: config.sessionStore.url, REDIS_KEY_PREFIX: config.redisKeyPrefix }
      : {}),
  }
}

/**
 * How many sessions the store holds, expired ones included (SQL: rows; Redis: session keys):
 * the proof that something was deleted rather than merely refused.
 */
export async function storedSessionCount(ctx: TestContext): Promise<number> {
  const redis = ctx.app.services.redis
  if (!redis) return (await ctx.db.selectFrom('sessions').select('id_hash').execute()).length
  let count = 0
  for await (const keys of scanKeys(redis, 'session:*')) count += keys.length
  return count
}

/** Every throttle counter the store holds, by key (SQL: rows; Redis: `{throttle}:` hashes). */
export async function storedThrottleCounters(ctx: TestContext): Promise<Map<string, number>> {
  const redis = ctx.app.services.redis
  const counters = new Map<string, number>()
  if (!redis) {
    const rows = await ctx.db.selectFrom('throttle_counters').selectAll().execute()
    for (const row of rows) counters.set(row.key, row.failures)
    return counters
  }
  const tag = '{throttle}:'
  for await (const keys of scanKeys(redis, `${escapeGlob(tag)}*`)) {
    for (const key of keys) {
      counters.set(key.slice(tag.length), Number(await redis.hget(key, 'failures')))
    }
  }
  return counters
}

/**
 * The account tables (users, groups, their permissions and memberships), every row in a stable
 * order: what a test compares before and after a change that must leave them untouched.
 */
export async function accountRows(db: Db): Promise<Record<string, unknown[]>> {
  return {
    users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
    groups: await db.selectFrom('groups').selectAll().orderBy('id').execute(),
    permissions: await db
      .selectFrom('group_permissions')
      .selectAll()
      .orderBy('group_id')
      .orderBy('permission')
      .execute(),
    memberships: await db
      .selectFrom('user_groups')
      .selectAll()
      .orderBy('user_id')
      .orderBy('group_id')
      .execute(),
  }
}
