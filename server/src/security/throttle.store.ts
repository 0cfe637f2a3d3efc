/**
 * Brute-force counters, shared by every instance (SQL by default, Redis in scale-out).
 *
 * Threat model: an attacker guesses passwords for one account from one IP, for one account from
 * many IPs, or for many accounts from one IP, possibly firing many requests at once. Counters are
 * therefore checked and incremented in one atomic step BEFORE the password is verified
 * ("pessimistic" counting), so a burst of parallel guesses cannot all slip in before the first
 * failure is recorded; a success then clears or forgives its attempt.
 */

export interface ThrottleRule {
  key: string
  /** Attempts allowed before any delay. */
  freeAttempts: number
  /** Delay after the first attempt past the free ones; doubles with each further attempt. */
  baseDelayMs: number
  maxDelayMs: number
  /** A counter whose last attempt is older than this starts again from zero. */
  resetAfterMs: number
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number }

export interface ThrottleStore {
  /**
   * Atomically: when any rule's counter is blocked, counts nothing and returns the longest wait;
   * otherwise counts one attempt on every rule's counter.
   */
  attempt(rules: readonly ThrottleRule[], now: number): Promise<ThrottleDecision>
  /** Deletes these counters (a success for account+IP). */
  clear(keys: readonly string[]): Promise<void>
  /** Takes back one counted attempt from each counter (a success must not count as a failure). */
  forgive(keys: readonly string[]): Promise<void>
  /** Deletes counters whose last attempt is at or before `before` (they count as zero anyway). */
  prune(before: number): Promise<number>
}

export interface CounterState {
  failures: number
  lastFailureAt: number
}

/** When the counter blocks further attempts until; 0 when it does not block. */
export function blockedUntil(
  state: CounterState | undefined,
  rule: ThrottleRule,
  now: number,
): number {
  if (!state || now - state.lastFailureAt >= rule.resetAfterMs) return 0
  const excess = state.failures - rule.freeAttempts
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
  const fresh = !state || now - state.lastFailureAt >= rule.resetAfterMs
  return { failures: fresh ? 1 : state.failures + 1, lastFailureAt: now }
}
