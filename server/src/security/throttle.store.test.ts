import { describe, expect, it } from 'vitest'
import { blockedUntil, effectiveFailures, nextState, type ThrottleRule } from './throttle.store.js'

const rule: ThrottleRule = {
  key: 'k',
  freeAttempts: 3,
  baseDelayMs: 1000,
  maxDelayMs: 10_000,
  decayMs: 10_000,
  resetAfterMs: 60_000,
  counts: 'attempts',
}

describe('throttle arithmetic', () => {
  it('allows the free attempts, then doubles the delay up to the cap', () => {
    expect(blockedUntil(undefined, rule, 0)).toBe(0)
    expect(blockedUntil({ failures: 2, lastFailureAt: 100 }, rule, 100)).toBe(0)
    expect(blockedUntil({ failures: 3, lastFailureAt: 100 }, rule, 100)).toBe(1100)
    expect(blockedUntil({ failures: 4, lastFailureAt: 100 }, rule, 100)).toBe(2100)
    expect(blockedUntil({ failures: 6, lastFailureAt: 100 }, rule, 100)).toBe(8100)
    expect(blockedUntil({ failures: 7, lastFailureAt: 100 }, rule, 100)).toBe(10_100)
    expect(blockedUntil({ failures: 5000, lastFailureAt: 100 }, rule, 100)).toBe(10_100)
  })

  it('forgets one attempt per decay period, so a slow trickle never adds up', () => {
    const state = { failures: 5, lastFailureAt: 0 }
    expect(effectiveFailures(state, rule, 9_999)).toBe(5)
    expect(effectiveFailures(state, rule, 10_000)).toBe(4)
    expect(effectiveFailures(state, rule, 45_000)).toBe(1)
    expect(blockedUntil(state, rule, 0)).toBe(4000)
    expect(blockedUntil(state, rule, 30_000)).toBe(0)
    expect(nextState(state, rule, 30_000)).toEqual({ failures: 3, lastFailureAt: 30_000 })
  })

  it('forgets a counter whose last attempt is older than resetAfterMs', () => {
    const old = { failures: 50, lastFailureAt: 0 }
    expect(blockedUntil(old, rule, 60_000)).toBe(0)
    expect(nextState(old, rule, 60_000)).toEqual({ failures: 1, lastFailureAt: 60_000 })
    expect(nextState({ failures: 2, lastFailureAt: 0 }, rule, 10)).toEqual({
      failures: 3,
      lastFailureAt: 10,
    })
  })
})
