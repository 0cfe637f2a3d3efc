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
import {
  IN_FLIGHT_STALE_MS,
  decideAttempt,
  nextState,
  type CounterState,
  type ThrottleRule,
} from '../src/security/throttle.store.js'
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

/** A seeded PRNG (mulberry32): a failing case can be replayed. */
function random(seed: number): (below: number) => number {
  let state = seed
  return (below) => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below)
  }
}

/** Random rules over two keys (a key may repeat) and random counters for them. */
function randomCase(
  next: (below: number) => number,
  now: number,
): { rules: ThrottleRule[]; states: Map<string, CounterState> } {
  const id = Math.random()
  const keys = [`lua:${id}:a`, `lua:${id}:b`]
  const rules = Array.from({ length: 1 + next(3) }, (): ThrottleRule => {
    const baseDelayMs = 1 + next(5000)
    const decayMs = 1000 + next(100_000)
    return {
      key: keys[next(2)] ?? '',
      freeAttempts: next(5),
      baseDelayMs,
      maxDelayMs: baseDelayMs * (1 + next(20)),
      decayMs,
      resetAfterMs: decayMs * (1 + next(10)),
      counts: next(3) === 0 ? 'failures' : 'attempts',
    }
  })
  const states = new Map<string, CounterState>()
  for (const key of keys) {
    if (next(4) === 0) continue
    const state: CounterState = {
      failures: next(12),
      lastFailureAt: now - next(20_000),
      refusalLoggedUntil: [0, now + next(100_000) - 2000, now + 24 * 3_600_000][next(3)] ?? 0,
    }
    if (next(2) === 0) {
      state.inFlight = Math.min(state.failures, next(6))
      // Now and then exactly at the staleness limit.
      state.inFlightAt = now - (next(5) === 0 ? IN_FLIGHT_STALE_MS : next(12_000))
    }
    states.set(key, state)
  }
  return { rules, states }
}

/** The fields a counter hash holds for `state` (absent optional fields stay absent). */
function fields(state: CounterState): Record<string, string> {
  return Object.fromEntries(
    Object.entries(state).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, String(value)]],
    ),
  )
}

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

  it('decides and writes exactly as decideAttempt and nextState do (the Lua scripts)', async () => {
    const next = random(14)
    const now = Date.now()
    /** Each written counter expires after the resetAfterMs of the last rule that wrote it. */
    const expectTtls = async (written: readonly ThrottleRule[]): Promise<void> => {
      const ttls = new Map(written.map((rule) => [rule.key, rule.resetAfterMs]))
      for (const [key, resetAfterMs] of ttls) {
        const ttl = await redis.pttl(`{throttle}:${key}`)
        expect(ttl).toBeGreaterThan(resetAfterMs - 5000)
        expect(ttl).toBeLessThanOrEqual(resetAfterMs)
      }
    }
    const seen = new Set<string>()
    for (let run = 0; run < 500; run++) {
      const { rules, states } = randomCase(next, now)
      for (const [key, state] of states) await redis.hset(`{throttle}:${key}`, fields(state))
      const expected = decideAttempt(rules, states, now)
      const decision = await redisStore.attempt(rules, now)
      expect(decision, `case ${run}`).toEqual(expected.decision)
      seen.add(
        decision.allowed
          ? 'allowed'
          : 'wait' in decision
            ? 'wait'
            : decision.refusal?.first
              ? 'first refusal'
              : 'refusal',
      )
      const after = new Map(states)
      for (const { rule, state } of expected.writes)
        after.set(rule.key, { ...after.get(rule.key), ...state })
      const refusal = 'refusal' in decision ? decision.refusal : undefined
      if (refusal?.first) {
        const state = after.get(refusal.key)
        if (state) after.set(refusal.key, { ...state, refusalLoggedUntil: refusal.until })
      }
      for (const key of new Set(rules.map((rule) => rule.key))) {
        const stored = await redis.hgetall(`{throttle}:${key}`)
        const state = after.get(key)
        expect(stored, `case ${run}, ${key}`).toEqual(state ? fields(state) : {})
      }
      await expectTtls(expected.writes.map(({ rule }) => rule))
      // recordFailure's counting half: one more failure on each 'failures' rule.
      const counted = rules.filter((rule) => rule.counts === 'failures')
      // As countOne did: every rule from the counters as they were before the call.
      const before = new Map(after)
      for (const rule of counted) {
        after.set(rule.key, {
          ...before.get(rule.key),
          ...nextState(before.get(rule.key), rule, now),
        })
      }
      await redisStore.recordFailure(counted, now)
      for (const key of new Set(counted.map((rule) => rule.key))) {
        expect(await redis.hgetall(`{throttle}:${key}`), `case ${run}, failure`).toEqual(
          fields(after.get(key) ?? { failures: 0, lastFailureAt: 0 }),
        )
      }
      await expectTtls(counted)
    }
    // The random cases reach every kind of decision.
    expect([...seen].sort()).toEqual(['allowed', 'first refusal', 'refusal', 'wait'])
  })

  it('runs its scripts in the same turn as other commands on a fresh client (never hangs)', async () => {
    // A script defined on a client only at its first call was missing from the auto-pipeline
    // that an earlier command of the same turn had opened: wrong replies, then a hang.
    const client = await fixture.connect()
    const store = createRedisThrottleStore(client)
    const key = `fresh-client:${Math.random()}`
    const started = performance.now()
    const [, decision, failures] = await Promise.all([
      client.hgetall(`{throttle}:${key}`),
      store.attempt([rule(key)], Date.now()),
      client.hget(`{throttle}:${key}`, 'failures'),
    ])
    expect(decision).toEqual({ allowed: true })
    expect(failures).toBe('1')
    expect(performance.now() - started).toBeLessThan(1000)
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
