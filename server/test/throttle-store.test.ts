/**
 * Every `ThrottleStore` against the contract: SQL on SQLite and PostgreSQL, and Redis; then what
 * only Redis has (TTLs, one hash slot, several instances racing).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { closeRedis, openRedis } from '../src/redis/connection.js'
import { createRedisThrottleStore } from '../src/security/redis.throttle.store.js'
import { createSqlThrottleStore } from '../src/security/sql.throttle.store.js'
import type { ThrottleRule } from '../src/security/throttle.store.js'
import { freshPostgresDatabase } from './postgres.js'
import { testRedis } from './redis.js'
import { describeThrottleStoreContract } from './throttle-store.contract.js'

const dir = mkdtempSync(join(tmpdir(), 'sesame-throttle-'))
let sqlite: Db | null = null
afterAll(async () => {
  await sqlite?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describeThrottleStoreContract('SQL on SQLite', async () => {
  if (!sqlite) {
    sqlite = openDatabase(`sqlite:${join(dir, 'db.sqlite3')}`)
    await migrateToLatest(sqlite)
  }
  return createSqlThrottleStore(sqlite)
})

const postgres = await freshPostgresDatabase('throttle')
describeThrottleStoreContract(
  'SQL on PostgreSQL',
  async () => {
    if (!postgres) throw new Error('unreachable: skipped without PostgreSQL')
    return createSqlThrottleStore(postgres.db)
  },
  { skip: postgres === null },
)
afterAll(async () => {
  await postgres?.drop()
})

const fixture = await testRedis('throttle')
afterAll(async () => {
  await fixture?.cleanup()
})
const redisStore = fixture ? createRedisThrottleStore(fixture.redis) : null
describeThrottleStoreContract(
  'Redis',
  async () => {
    if (!redisStore) throw new Error('unreachable: skipped without Redis')
    return redisStore
  },
  { skip: fixture === null },
)

const rule = (key: string, overrides: Partial<ThrottleRule> = {}): ThrottleRule => ({
  key,
  freeAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  decayMs: 60_000,
  resetAfterMs: 600_000,
  counts: 'attempts',
  ...overrides,
})

describe.skipIf(fixture === null)('Redis throttle store', () => {
  if (!fixture || !redisStore) return
  const { redis } = fixture

  it('keeps each counter under one hash tag, expiring resetAfterMs after its last count', async () => {
    const key = `ttl:${Math.random()}`
    await redisStore.attempt([rule(key)], Date.now())
    expect(await redis.hgetall(`{throttle}:${key}`)).toMatchObject({ failures: '1' })
    const ttl = await redis.pttl(`{throttle}:${key}`)
    expect(ttl).toBeGreaterThan(600_000 - 5000)
    expect(ttl).toBeLessThanOrEqual(600_000)
  })

  it('writes nothing for a blocked attempt', async () => {
    const key = `blocked:${Math.random()}`
    const fresh = `fresh:${Math.random()}`
    const strict = rule(key, { freeAttempts: 0 })
    await redisStore.attempt([strict], Date.now())
    expect((await redisStore.attempt([strict, rule(fresh)], Date.now())).allowed).toBe(false)
    expect(await redis.exists(`{throttle}:${fresh}`)).toBe(0)
  })

  it('lets exactly the free attempts through a burst spread over three instances', async () => {
    const stores = [
      redisStore,
      createRedisThrottleStore(await fixture.connect()),
      createRedisThrottleStore(await fixture.connect()),
    ]
    const rules = [rule(`burst:${Math.random()}`), rule(`burst-ip:${Math.random()}`)]
    const now = Date.now()
    const decisions = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (stores[i % 3] ?? redisStore).attempt(rules, now)),
    )
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5)
  })
  it('fails within 2 s when Redis is down, and never hangs', async () => {
    const dead = openRedis('redis://127.0.0.1:1')
    try {
      const store = createRedisThrottleStore(dead)
      for (const call of [
        () => store.attempt([rule('dead')], Date.now()),
        () => store.recordFailure([rule('dead', { counts: 'failures' })], Date.now()),
        () => store.clear(['dead']),
      ]) {
        const started = performance.now()
        await expect(call()).rejects.toThrow()
        expect(performance.now() - started).toBeLessThan(2500)
      }
    } finally {
      await closeRedis(dead)
    }
  })
})
