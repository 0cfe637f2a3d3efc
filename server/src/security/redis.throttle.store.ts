/**
 * `ThrottleStore` on Redis (scale-out), behaving like the SQL store. The arithmetic is the shared
 * pure functions of throttle.store.ts, run here in TypeScript; Redis only stores and arbitrates.
 *
 * Keys: `{throttle}:<key>`, a hash `{ failures, lastFailureAt }`. The `{throttle}` hash tag puts
 * every counter in one cluster slot, so an attempt may WATCH and MULTI across all its rules' keys
 * on Redis Cluster too (the price: every counter lives on one shard; they are tiny and only login
 * touches them). Each counted attempt sets the key's TTL to the rule's `resetAfterMs`: past that
 * the counter reads as zero anyway, so Redis drops it by itself and `prune` has little left to
 * delete (it still SCANs, for a caller whose `before` is more recent than the TTLs).
 *
 * Atomicity of check-then-count: optimistic transactions. WATCH the keys, read them, decide,
 * then MULTI/EXEC the writes; EXEC fails when anyone (any instance) changed or expired one of
 * the keys since the WATCH, and we start over. WATCH state belongs to a connection and ioredis
 * shares one connection among all callers, so each transaction borrows one of a few dedicated
 * connections. After MAX_TRIES conflicts, `attempt` fails closed: it answers "blocked" for
 * CONTENTION_RETRY_MS (a 429 the client may retry); `recordFailure` and `forgive` throw.
 */
import { Cluster } from 'ioredis'
import {
  defineScript,
  escapeGlob,
  scanKeys,
  waitForRedis,
  type RedisClient,
} from '../redis/connection.js'
import {
  nextState,
  refusalOf,
  type CounterState,
  type ThrottleDecision,
  type ThrottleRule,
  type ThrottleStore,
} from './throttle.store.js'

/** Conflicts only come from writes that commit, so a few retries settle any honest burst. */
const MAX_TRIES = 10
/** What a client hears when the counters are too contended to decide: try again shortly. */
const CONTENTION_RETRY_MS = 1000
/** Transactions in flight at once per instance; more wait for a free connection. */
const DEDICATED_CONNECTIONS = 4
/** A new dedicated connection to a Redis that just answered the main one. */
const LANE_CONNECT_TIMEOUT_MS = 1500

export class ThrottleContentionError extends Error {
  constructor() {
    super(`Throttle counters still contended after ${MAX_TRIES} tries`)
  }
}

const counterKey = (key: string): string => `{throttle}:${key}`

/**
 * Deletes the counters among KEYS whose last attempt is at or before ARGV[1], checking and
 * deleting in one step so a counter written meanwhile survives. All keys share one slot.
 */
const pruneBatch = defineScript(`local removed = 0
for _, key in ipairs(KEYS) do
  local last = tonumber(redis.call('HGET', key, 'lastFailureAt'))
  if last and last <= tonumber(ARGV[1]) then
    redis.call('DEL', key)
    removed = removed + 1
  end
end
return removed`)

interface CounterWrite {
  key: string
  state: CounterState
  /** New TTL; null keeps the current one. */
  ttlMs: number | null
}

interface Plan<T> {
  result: T
  writes: CounterWrite[]
}

type Lanes = <T>(work: (conn: RedisClient) => Promise<T>) => Promise<T>

/** A few connections of our own for WATCH, lent to one transaction at a time. */
function dedicatedConnections(redis: RedisClient, size: number): Lanes {
  const all: RedisClient[] = []
  const idle: RedisClient[] = []
  const waiting: Array<(conn: RedisClient) => void> = []
  // They close with the client they were copied from.
  redis.once('end', () => all.forEach((conn) => conn.disconnect()))
  const acquire = async (): Promise<RedisClient> => {
    const free = idle.pop()
    if (free) return free
    if (all.length >= size) return new Promise((resolve) => waiting.push(resolve))
    // Redis is down: fail now, like every other command, rather than wait for a new connection.
    if (redis.status !== 'ready') throw new Error('Redis is not connected')
    const conn = redis instanceof Cluster ? redis.duplicate() : redis.duplicate()
    conn.on('error', () => {})
    all.push(conn)
    try {
      await waitForRedis(conn, LANE_CONNECT_TIMEOUT_MS)
    } catch (error) {
      all.splice(all.indexOf(conn), 1)
      conn.disconnect()
      throw error
    }
    return conn
  }
  return async (work) => {
    const conn = await acquire()
    try {
      return await work(conn)
    } finally {
      const next = waiting.shift()
      if (next) next(conn)
      else idle.push(conn)
    }
  }
}

async function readStates(
  conn: RedisClient,
  keys: readonly string[],
): Promise<Map<string, CounterState>> {
  const replies = await Promise.all(
    keys.map((key) =>
      conn.hmget(counterKey(key), 'failures', 'lastFailureAt', 'refusalLoggedUntil'),
    ),
  )
  const states = new Map<string, CounterState>()
  keys.forEach((key, index) => {
    const [failures, lastFailureAt, refusalLoggedUntil] = replies[index] ?? []
    if (failures == null || lastFailureAt == null) return
    states.set(key, {
      failures: Number(failures),
      lastFailureAt: Number(lastFailureAt),
      refusalLoggedUntil: Number(refusalLoggedUntil ?? 0),
    })
  })
  return states
}

/** WATCH, read, decide, MULTI/EXEC; null when another writer got in between. */
async function tryOnce<T>(
  conn: RedisClient,
  keys: readonly string[],
  decide: (states: Map<string, CounterState>) => Plan<T>,
): Promise<{ result: T } | null> {
  await conn.watch(keys.map(counterKey))
  try {
    const { result, writes } = decide(await readStates(conn, keys))
    if (writes.length === 0) {
      // Nothing to write (a blocked client writes nothing): the read was enough.
      await conn.unwatch()
      return { result }
    }
    const multi = conn.multi()
    for (const { key, state, ttlMs } of writes) {
      multi.hset(counterKey(key), 'failures', state.failures, 'lastFailureAt', state.lastFailureAt)
      if (state.refusalLoggedUntil) {
        multi.hset(counterKey(key), 'refusalLoggedUntil', state.refusalLoggedUntil)
      }
      if (ttlMs !== null) multi.pexpire(counterKey(key), ttlMs)
    }
    const replies = await multi.exec()
    const failed = replies?.find(([error]) => error)
    if (failed) throw failed[0]
    return replies ? { result } : null
  } catch (error) {
    await conn.unwatch().catch(() => {})
    throw error
  }
}

async function optimistic<T>(
  lanes: Lanes,
  keys: readonly string[],
  decide: (states: Map<string, CounterState>) => Plan<T>,
): Promise<T> {
  for (let tries = 1; tries <= MAX_TRIES; tries++) {
    const outcome = await lanes((conn) => tryOnce(conn, keys, decide))
    if (outcome) return outcome.result
    // A little jitter, so the losers of one round do not collide again in the next.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * tries))
  }
  throw new ThrottleContentionError()
}

/** One more attempt on each rule's counter, in rule order (as the SQL store counts). */
function countOne(
  rules: readonly ThrottleRule[],
  states: Map<string, CounterState>,
  now: number,
): CounterWrite[] {
  return rules.map((rule) => ({
    key: rule.key,
    state: nextState(states.get(rule.key), rule, now),
    ttlMs: rule.resetAfterMs,
  }))
}

const uniqueKeys = (rules: readonly ThrottleRule[]): string[] => [
  ...new Set(rules.map((rule) => rule.key)),
]

export function createRedisThrottleStore(redis: RedisClient): ThrottleStore {
  const lanes = dedicatedConnections(redis, DEDICATED_CONNECTIONS)

  return {
    async attempt(rules: readonly ThrottleRule[], now: number): Promise<ThrottleDecision> {
      const counted = rules.filter((rule) => rule.counts === 'attempts')
      try {
        return await optimistic(lanes, uniqueKeys(rules), (states): Plan<ThrottleDecision> => {
          const refusal = refusalOf(rules, states, now)
          if (!refusal) return { result: { allowed: true }, writes: countOne(counted, states, now) }
          const result = { allowed: false as const, retryAfterMs: refusal.until - now, refusal }
          const state = states.get(refusal.key)
          // The first refusal of a blocking period is remembered on its counter (keeping its
          // TTL), so EXEC lets exactly one instance report it; later refusals write nothing.
          return refusal.first && state
            ? {
                result,
                writes: [
                  {
                    key: refusal.key,
                    state: { ...state, refusalLoggedUntil: refusal.until },
                    ttlMs: null,
                  },
                ],
              }
            : { result, writes: [] }
        })
      } catch (error) {
        if (!(error instanceof ThrottleContentionError)) throw error
        return { allowed: false, retryAfterMs: CONTENTION_RETRY_MS }
      }
    },

    async recordFailure(rules: readonly ThrottleRule[], now: number): Promise<void> {
      const counted = rules.filter((rule) => rule.counts === 'failures')
      if (counted.length === 0) return
      await optimistic(lanes, uniqueKeys(counted), (states) => ({
        result: undefined,
        writes: countOne(counted, states, now),
      }))
    },

    async clear(keys: readonly string[]): Promise<void> {
      // One slot for all counters: a multi-key DEL is legal on a cluster too.
      if (keys.length > 0) await redis.del(keys.map(counterKey))
    },

    async forgive(keys: readonly string[]): Promise<void> {
      if (keys.length === 0) return
      await optimistic(lanes, [...new Set(keys)], (states) => ({
        result: undefined,
        // Only existing counters, keeping their TTL; a missing one stays missing.
        writes: [...states].map(([key, state]) => ({
          key,
          state: { ...state, failures: Math.max(0, state.failures - 1) },
          ttlMs: null,
        })),
      }))
    },

    async clearMatching(keys: readonly string[], prefixes: readonly string[]): Promise<number> {
      let removed = keys.length > 0 ? await redis.del(keys.map(counterKey)) : 0
      for (const start of prefixes) {
        for await (const found of scanKeys(redis, `${escapeGlob(counterKey(start))}*`)) {
          removed += await redis.del(found)
        }
      }
      return removed
    },

    async prune(before: number): Promise<number> {
      let removed = 0
      for await (const found of scanKeys(redis, `${escapeGlob(counterKey(''))}*`)) {
        removed += (await pruneBatch(redis, found, [before])) as number
      }
      return removed
    },
  }
}
