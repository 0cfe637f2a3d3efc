/**
 * `ThrottleStore` on Redis (scale-out), behaving like the SQL store.
 *
 * Keys: `{throttle}:<key>`, a hash `{ failures, lastFailureAt, refusalLoggedUntil, inFlight,
 * inFlightAt }`. The `{throttle}` hash tag puts every counter in one cluster slot, so one script
 * may read and write all of an attempt's counters on Redis Cluster too (the price: every counter
 * lives on one shard; they are tiny and only login touches them). Each counted attempt sets the
 * key's TTL to the rule's `resetAfterMs`: past that the counter reads as zero anyway, so Redis
 * drops it by itself and `prune` has little left to delete (it still SCANs, for a caller whose
 * `before` is more recent than the TTLs).
 *
 * Atomicity of check-then-count: `attempt` and the counting half of `recordFailure` are each one
 * Lua script (connection.ts `defineScript`), which Redis runs alone: no other command, from any
 * instance, runs between its reads and its writes. So there is nothing to retry and no connection
 * of our own to hold a WATCH. The scripts repeat in Lua the arithmetic of throttle.store.ts
 * (`decideAttempt`, `nextState`); test/throttle-store.test.ts runs both on random counters and
 * compares them.
 */
import { defineScript, escapeGlob, scanKeys, type RedisClient } from '../redis/connection.js'
import {
  IN_FLIGHT_STALE_MS,
  type ThrottleDecision,
  type ThrottleRule,
  type ThrottleStore,
} from './throttle.store.js'

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

/**
 * The counters of an attempt, read and decided on in Lua: KEYS are the distinct counters; ARGV[1]
 * is `now`, ARGV[2] IN_FLIGHT_STALE_MS, then seven values per rule, in rule order (`scriptInput`).
 * Each function below is its namesake in throttle.store.ts.
 */
const PRELUDE = `local now = tonumber(ARGV[1])
local stale = tonumber(ARGV[2])
local rules = {}
for i = 3, #ARGV, 7 do
  rules[#rules + 1] = {
    key = tonumber(ARGV[i]), free = tonumber(ARGV[i + 1]), base = tonumber(ARGV[i + 2]),
    max = tonumber(ARGV[i + 3]), decay = tonumber(ARGV[i + 4]), reset = ARGV[i + 5],
    resetMs = tonumber(ARGV[i + 5]), attempts = ARGV[i + 6] == '1',
  }
end
local states = {}
for i, key in ipairs(KEYS) do
  local f = redis.call('HMGET', key, 'failures', 'lastFailureAt', 'refusalLoggedUntil', 'inFlight', 'inFlightAt')
  if f[1] and f[2] then
    states[i] = {
      failures = tonumber(f[1]), last = tonumber(f[2]), logged = tonumber(f[3] or 0),
      inFlight = tonumber(f[4] or 0), inFlightAt = tonumber(f[5] or 0),
    }
  end
end
local function effectiveFailures(s, rule)
  if not s then return 0 end
  local idle = now - s.last
  if idle >= rule.resetMs then return 0 end
  return math.max(0, s.failures - math.floor(idle / rule.decay))
end
local function count(n) return string.format('%d', n) end
`

/**
 * `decideAttempt`, then its writes. Returns {0} allowed (counted and marked in flight on every
 * 'attempts' rule, TTL reset), {2} wait (nothing written), or {1, retryAfterMs, refusal rule
 * (1-based, 0 for none), until, first}: refused; the first refusal of a blocking period stores
 * `refusalLoggedUntil` on its counter (keeping the TTL), so exactly one caller, on any instance,
 * gets `first`.
 */
const attemptScript = defineScript(`${PRELUDE}
local function blockedUntil(s, rule)
  if not s then return 0 end
  local excess = effectiveFailures(s, rule) - rule.free
  if excess < 0 then return 0 end
  return s.last + math.min(rule.max, rule.base * 2 ^ excess)
end
local function liveInFlight(s)
  if not s or s.inFlight == 0 then return 0 end
  if now - s.inFlightAt < stale then return s.inFlight end
  return 0
end
local function settled(s)
  if not s then return nil end
  return { failures = math.max(0, s.failures - liveInFlight(s)), last = s.last }
end
local function wait(s, rule) return math.max(0, blockedUntil(s, rule) - now) end
local refused = false
local retryAfter = 0
for _, rule in ipairs(rules) do
  if wait(settled(states[rule.key]), rule) > 0 then refused = true end
  retryAfter = math.max(retryAfter, wait(states[rule.key], rule))
end
if refused then
  local at, untilAt, first = 0, 0, 0
  for i, rule in ipairs(rules) do
    local s = states[rule.key]
    local blocked = blockedUntil(s, rule)
    if blocked > now and (at == 0 or blocked > untilAt) then
      at, untilAt = i, blocked
      first = (s and s.logged or 0) < blocked and 1 or 0
    end
  end
  if first == 1 then
    redis.call('HSET', KEYS[rules[at].key], 'refusalLoggedUntil', string.format('%d', untilAt))
  end
  return {1, retryAfter, at, untilAt, first}
end
if retryAfter > 0 then return {2} end
local writes = {}
for _, rule in ipairs(rules) do
  if rule.attempts then
    local s = states[rule.key]
    writes[#writes + 1] = { rule, effectiveFailures(s, rule) + 1, liveInFlight(s) + 1 }
  end
end
for _, w in ipairs(writes) do
  local key = KEYS[w[1].key]
  redis.call('HSET', key, 'failures', count(w[2]), 'lastFailureAt', ARGV[1], 'inFlight', count(w[3]), 'inFlightAt', ARGV[1])
  redis.call('PEXPIRE', key, w[1].reset)
end
return {0}`)

/** `nextState` on every rule's counter (one more failure at `now`, TTL reset); returns 0. */
const countScript = defineScript(`${PRELUDE}
local writes = {}
for _, rule in ipairs(rules) do
  writes[#writes + 1] = { rule, effectiveFailures(states[rule.key], rule) + 1 }
end
for _, w in ipairs(writes) do
  local key = KEYS[w[1].key]
  redis.call('HSET', key, 'failures', count(w[2]), 'lastFailureAt', ARGV[1])
  redis.call('PEXPIRE', key, w[1].reset)
end
return 0`)

const uniqueKeys = (rules: readonly ThrottleRule[]): string[] => [
  ...new Set(rules.map((rule) => rule.key)),
]

/** KEYS and ARGV for the scripts above. */
function scriptInput(
  rules: readonly ThrottleRule[],
  now: number,
): { keys: string[]; args: number[] } {
  const keys = uniqueKeys(rules)
  const args = [now, IN_FLIGHT_STALE_MS]
  for (const rule of rules) {
    args.push(
      keys.indexOf(rule.key) + 1,
      rule.freeAttempts,
      rule.baseDelayMs,
      rule.maxDelayMs,
      rule.decayMs,
      rule.resetAfterMs,
      rule.counts === 'attempts' ? 1 : 0,
    )
  }
  return { keys: keys.map(counterKey), args }
}

/** The attempt script's reply as a `ThrottleDecision`. */
function toDecision(rules: readonly ThrottleRule[], reply: unknown): ThrottleDecision {
  const [kind, retryAfterMs, at, until, first] = Array.isArray(reply) ? reply.map(Number) : []
  if (kind === 0) return { allowed: true }
  if (kind === 2) return { allowed: false, wait: true }
  if (kind !== 1 || retryAfterMs === undefined) throw new Error('Unexpected throttle script reply')
  const rule = at === undefined ? undefined : rules[at - 1]
  return rule && until !== undefined
    ? { allowed: false, retryAfterMs, refusal: { key: rule.key, until, first: first === 1 } }
    : { allowed: false, retryAfterMs }
}

export function createRedisThrottleStore(redis: RedisClient): ThrottleStore {
  return {
    async attempt(rules: readonly ThrottleRule[], now: number): Promise<ThrottleDecision> {
      if (rules.length === 0) return { allowed: true }
      const { keys, args } = scriptInput(rules, now)
      return toDecision(rules, await attemptScript(redis, keys, args))
    },

    async recordFailure(rules: readonly ThrottleRule[], now: number): Promise<void> {
      const settled = uniqueKeys(rules.filter((rule) => rule.counts === 'attempts'))
      if (settled.length > 0) {
        // Still counted, no longer in flight.
        await decrementFields(redis, settled.map(counterKey), ['inFlight'])
      }
      const counted = rules.filter((rule) => rule.counts === 'failures')
      if (counted.length === 0) return
      const { keys, args } = scriptInput(counted, now)
      await countScript(redis, keys, args)
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
