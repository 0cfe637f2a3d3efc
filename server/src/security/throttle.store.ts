/**
 * Brute-force counters, shared by every instance (SQL by default, Redis in scale-out).
 *
 * Threat model: an attacker guesses passwords for one account from one IP, for one account from
 * many IPs, or for many accounts from one IP, possibly firing many requests at once. Rules that
 * `count: 'attempts'` are checked and incremented in one atomic step BEFORE the password is
 * verified ("pessimistic" counting), so a burst of parallel guesses cannot all slip in before the
 * first failure is recorded; a success then clears or forgives its attempt. Rules that
 * `count: 'failures'` (a shared IP, where successes must not add up) count after a failed check.
 * Every counter decays (a leaky bucket), so a slow trickle of honest mistakes never blocks.
 *
 * An attempt counted but not yet verified is also marked "in flight" on its counters until it
 * settles (a failure stays counted, a success is cleared or forgiven). A counter over its
 * allowance only because of in-flight attempts answers "wait" rather than "refused": the right
 * password, sent while other attempts are being checked, waits for their outcome instead of
 * getting a 429 (decision 0006). Marks older than IN_FLIGHT_STALE_MS count as settled failures,
 * so an instance that dies mid-check holds nobody up for long.
 */
import type { Executor } from '../db/database.js'

export interface ThrottleRule {
  key: string
  /** Attempts allowed before any delay. */
  freeAttempts: number
  /** Delay after the first attempt past the free ones; doubles with each further attempt. */
  baseDelayMs: number
  maxDelayMs: number
  /** One counted attempt is forgotten for each such period without a new one (a leaky bucket). */
  decayMs: number
  /** A counter whose last attempt is older than this starts again from zero (and may be pruned). */
  resetAfterMs: number
  /**
   * 'attempts': counted before the password is checked, so parallel bursts are held back (and a
   * success is cleared or forgiven); 'failures': counted only once a check has failed.
   */
  counts: 'attempts' | 'failures'
}

/**
 * Allowed (and counted, marked in flight); refused by settled failures, with the longest wait; or
 * over the allowance only because of attempts still in flight: counted nothing, ask again shortly.
 */
export type ThrottleDecision =
  | { allowed: true }
  | {
      allowed: false
      retryAfterMs: number
      /**
       * The blocking period this refusal falls in: the counter with the longest wait, and when
       * that wait ends. `first` is true for exactly one refusal of the period, on whichever
       * instance (the store remembers it on the counter), so it alone is written to the audit
       * log. Optional for a store that cannot tell; both stores here always set it.
       */
      refusal?: ThrottleRefusal
    }
  | { allowed: false; wait: true }

export interface ThrottleRefusal {
  key: string
  until: number
  first: boolean
}

export interface ThrottleStore {
  /**
   * Atomically (`decideAttempt`): when settled failures block any rule's counter, counts nothing
   * and returns the longest wait; when only in-flight attempts do, counts nothing and says wait;
   * otherwise counts one attempt, marked in flight, on every rule that `counts: 'attempts'`.
   */
  attempt(rules: readonly ThrottleRule[], now: number): Promise<ThrottleDecision>
  /**
   * Settles a failed check: counts one failure on every rule that `counts: 'failures'`, and on
   * every rule that `counts: 'attempts'` the attempt stops being in flight (it stays counted).
   */
  recordFailure(rules: readonly ThrottleRule[], now: number): Promise<void>
  /** Deletes these counters (a success for account+IP), in-flight marks included. */
  clear(keys: readonly string[]): Promise<void>
  /**
   * Takes back one counted attempt, and its in-flight mark, from each counter (a success must
   * not count as a failure).
   */
  forgive(keys: readonly string[]): Promise<void>
  /** Deletes these counters and every counter whose key starts with one of `prefixes`. */
  clearMatching(keys: readonly string[], prefixes: readonly string[]): Promise<number>
  /** Deletes counters whose last attempt is at or before `before` (they count as zero anyway). */
  prune(before: number): Promise<number>
  /**
   * This store writing inside `trx` when its counters live in that database (the SQL store), for
   * `clearMatching` as part of an audited change; absent on Redis. Only `clear`, `clearMatching`
   * and `prune` may run on the joined store (the others open transactions of their own).
   */
  joinTransaction?(trx: Executor): ThrottleStore
}

export interface CounterState {
  /** Counted attempts, in-flight ones included. */
  failures: number
  lastFailureAt: number
  /** The end of the blocking period whose first refusal was reported (0 or absent: none). */
  refusalLoggedUntil?: number
  /** How many of `failures` are still being verified (absent: none). */
  inFlight?: number
  /** When the last in-flight mark was made. */
  inFlightAt?: number
}

/**
 * An in-flight mark older than this counts as a settled failure: its instance died or hung
 * mid-check. Far above a password check (tens of milliseconds, seconds under a login flood).
 */
export const IN_FLIGHT_STALE_MS = 10_000

/** The count once decay since the last attempt is taken off; 0 for a reset or missing counter. */
export function effectiveFailures(
  state: CounterState | undefined,
  rule: ThrottleRule,
  now: number,
): number {
  if (!state) return 0
  const idle = now - state.lastFailureAt
  if (idle >= rule.resetAfterMs) return 0
  return Math.max(0, state.failures - Math.floor(idle / rule.decayMs))
}

/** When the counter blocks further attempts until; 0 when it does not block. */
export function blockedUntil(
  state: CounterState | undefined,
  rule: ThrottleRule,
  now: number,
): number {
  if (!state) return 0
  const excess = effectiveFailures(state, rule, now) - rule.freeAttempts
  if (excess < 0) return 0
  // 2^excess overflows harmlessly to Infinity; the cap keeps the delay finite.
  const delay = Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** excess)
  return state.lastFailureAt + delay
}

/** The counter after one more attempt at `now`. */
export function nextState(
  state: CounterState | undefined,
  rule: ThrottleRule,
  now: number,
): CounterState {
  return { failures: effectiveFailures(state, rule, now) + 1, lastFailureAt: now }
}

/**
 * Why `rules` refuse at `now`, or null when they do not: the counter with the longest wait and
 * whether this is the first refusal of its blocking period (the counter has not recorded one
 * ending at `until` or later). The caller stores `refusalLoggedUntil: until` when it is.
 */
export function refusalOf(
  rules: readonly ThrottleRule[],
  states: ReadonlyMap<string, CounterState>,
  now: number,
): ThrottleRefusal | null {
  let refusal: ThrottleRefusal | null = null
  for (const rule of rules) {
    const state = states.get(rule.key)
    const until = blockedUntil(state, rule, now)
    if (until > now && (!refusal || until > refusal.until)) {
      refusal = { key: rule.key, until, first: (state?.refusalLoggedUntil ?? 0) < until }
    }
  }
  return refusal
}

/** In-flight attempts on the counter at `now`; stale marks count as settled (none in flight). */
export function liveInFlight(state: CounterState | undefined, now: number): number {
  if (!state?.inFlight) return 0
  return now - (state.inFlightAt ?? 0) < IN_FLIGHT_STALE_MS ? state.inFlight : 0
}

/** The counter as if its in-flight attempts had never been made: settled failures only. */
function settled(state: CounterState | undefined, now: number): CounterState | undefined {
  if (!state) return undefined
  return { ...state, failures: Math.max(0, state.failures - liveInFlight(state, now)) }
}

/** A counter written by an allowed attempt. */
export interface CounterWrite {
  rule: ThrottleRule
  state: CounterState
}

/**
 * What an attempt meets, from the counters' current states: refused when settled failures block a
 * counter (waiting as long as the counters with in-flight attempts say: they will most likely
 * fail); told to wait when only in-flight attempts block one; else allowed, with the states to
 * write (one more attempt, in flight, on each `counts: 'attempts'` rule).
 */
export function decideAttempt(
  rules: readonly ThrottleRule[],
  states: ReadonlyMap<string, CounterState>,
  now: number,
): { decision: ThrottleDecision; writes: CounterWrite[] } {
  const wait = (state: CounterState | undefined, rule: ThrottleRule): number =>
    Math.max(0, blockedUntil(state, rule, now) - now)
  const refused = rules.some((rule) => wait(settled(states.get(rule.key), now), rule) > 0)
  const retryAfterMs = Math.max(0, ...rules.map((rule) => wait(states.get(rule.key), rule)))
  if (refused) {
    const refusal = refusalOf(rules, states, now)
    return {
      decision: refusal
        ? { allowed: false, retryAfterMs, refusal }
        : { allowed: false, retryAfterMs },
      writes: [],
    }
  }
  if (retryAfterMs > 0) return { decision: { allowed: false, wait: true }, writes: [] }
  const writes = rules
    .filter((rule) => rule.counts === 'attempts')
    .map((rule) => {
      const state = states.get(rule.key)
      const next = nextState(state, rule, now)
      return { rule, state: { ...next, inFlight: liveInFlight(state, now) + 1, inFlightAt: now } }
    })
  return { decision: { allowed: true }, writes }
}
