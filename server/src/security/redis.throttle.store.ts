/**
 * `ThrottleStore` on Redis (scale-out), behaving like the SQL store. The arithmetic is the shared
 * pure functions of throttle.store.ts, run here in TypeScript; Redis only stores and arbitrates.
 *
 * Keys: `{throttle}:<key>`, a hash `{ failures, lastFailureAt, inFlight, inFlightAt }`. The `{throttle}` hash tag puts
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
 * connections. After MAX_TRIES conflicts, `attempt` counts nothing and answers "wait" (the caller
 * asks again shortly, then gives up with a 429); `recordFailure` throws. Settling an in-flight
 * attempt and `forgive` only take one off existing counters: one script, never contended.
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
  decideAttempt,
  nextState,
  type CounterState,
  type ThrottleDecision,
  type ThrottleRule,
  type ThrottleStore,
} from './throttle.store.js'

/** Conflicts only come from writes that commit, so a few retries settle any honest burst. */
const MAX_TRIES = 10
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

/**
 * Takes one off each hash field named in ARGV (never below zero) on each existing key of KEYS,
 * keeping its TTL; a missing counter stays missing. All keys share one slot.
 */
const decrementFields = defineScript(`for _, key in ipairs(KEYS) do
  for _, field in ipairs(ARGV) do
    local value = tonumber(redis.call('HGET', key, field))
    if value and value > 0 then redis.call('HINCRBY', key, field, -1) end
  end
end
return 0`)

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
      conn.hmget(
        counterKey(key),
        'failures',
        'lastFailureAt',
        'refusalLoggedUntil',
        'inFlight',
        'inFlightAt',
      ),
    ),
  )
  const states = new Map<string, CounterState>()
  keys.forEach((key, index) => {
    const [failures, lastFailureAt, refusalLoggedUntil, inFlight, inFlightAt] = replies[index] ?? []
    if (failures == null || lastFailureAt == null) return
    states.set(key, {
      failures: Number(failures),
      lastFailureAt: Number(lastFailureAt),
      refusalLoggedUntil: Number(refusalLoggedUntil ?? 0),
      inFlight: Number(inFlight ?? 0),
      inFlightAt: Number(inFlightAt ?? 0),
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
      const { failures, lastFailureAt, inFlight, inFlightAt, refusalLoggedUntil } = state
      multi.hset(counterKey(key), {
        failures,
        lastFailureAt,
        ...(inFlight === undefined ? {} : { inFlight, inFlightAt: inFlightAt ?? 0 }),
        ...(refusalLoggedUntil ? { refusalLoggedUntil } : {}),
      })
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
      // A first look on the shared connection: a refused or waiting client (most of a burst)
      // takes no dedicated connection and writes nothing.
      const first = decideAttempt(rules, await readStates(redis, uniqueKeys(rules)), now)
      // The first refusal of a blocking period goes on to the transaction, to claim its audit.
      const claims = 'refusal' in first.decision && first.decision.refusal?.first === true
      if (!first.decision.allowed && !claims) return first.decision
      try {
        return await optimistic(lanes, uniqueKeys(rules), (states): Plan<ThrottleDecision> => {
          const { decision, writes } = decideAttempt(rules, states, now)
          const refusal = 'refusal' in decision ? decision.refusal : undefined
          const state = refusal ? states.get(refusal.key) : undefined
          // The first refusal of a blocking period is remembered on its counter (keeping its
          // TTL), so EXEC lets exactly one instance report it; later refusals write nothing.
          if (refusal?.first && state) {
            return {
              result: decision,
              writes: [
                {
                  key: refusal.key,
                  state: { ...state, refusalLoggedUntil: refusal.until },
                  ttlMs: null,
                },
              ],
            }
          }
          return {
            result: decision,
            writes: writes.map(({ rule, state }) => ({
              key: rule.key,
              state,
              ttlMs: rule.resetAfterMs,
            })),
          }
        })
      } catch (error) {
        if (!(error instanceof ThrottleContentionError)) throw error
        // Too contended to decide: nothing counted; the caller asks again shortly.
        return { allowed: false, wait: true }
      }
    },

    async recordFailure(rules: readonly ThrottleRule[], now: number): Promise<void> {
      const settled = uniqueKeys(rules.filter((rule) => rule.counts === 'attempts'))
      if (settled.length > 0) {
        // Still counted, no longer in flight.
        await decrementFields(redis, settled.map(counterKey), ['inFlight'])
      }
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
      // Only existing counters, keeping their TTL; a missing one stays missing.
      await decrementFields(redis, [...new Set(keys)].map(counterKey), ['failures', 'inFlight'])
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
