/**
 * The `ThrottleStore` contract: every store (SQL on SQLite and PostgreSQL, Redis) must pass the
 * same tests, so login throttling holds the same whatever keeps the counters.
 */
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import {
  IN_FLIGHT_STALE_MS,
  type ThrottleDecision,
  type ThrottleRule,
  type ThrottleStore,
} from '../src/security/throttle.store.js'

const T0 = 1_700_000_000_000
const HOUR = 3_600_000

/** Keys unique to one test, so tests sharing a store never see each other's counters. */
function namespace(): (name: string) => string {
  const id = randomBytes(6).toString('hex')
  return (name) => `contract:${id}:${name}`
}

function rule(key: string, overrides: Partial<ThrottleRule> = {}): ThrottleRule {
  return {
    key,
    freeAttempts: 3,
    baseDelayMs: 1000,
    maxDelayMs: 4000,
    decayMs: HOUR,
    resetAfterMs: 24 * HOUR,
    counts: 'attempts',
    ...overrides,
  }
}

const allowed = { allowed: true }
const blocked = (retryAfterMs: number): unknown =>
  expect.objectContaining({ allowed: false, retryAfterMs })
const wait = { allowed: false, wait: true }

/** An attempt whose check then fails at once (a wrong password): allowed ones are settled. */
async function failed(
  store: ThrottleStore,
  rules: readonly ThrottleRule[],
  now: number,
): Promise<ThrottleDecision> {
  const decision = await store.attempt(rules, now)
  if (decision.allowed) await store.recordFailure(rules, now)
  return decision
}

export function describeThrottleStoreContract(
  label: string,
  setup: () => Promise<ThrottleStore>,
  options: { skip?: boolean } = {},
): void {
  describe.skipIf(options.skip ?? false)(`ThrottleStore contract: ${label}`, () => {
    it('lets the free attempts through, then delays, doubling up to the cap', async () => {
      const store = await setup()
      const rules = [rule(namespace()('account'))]
      for (let i = 0; i < 3; i++) expect(await failed(store, rules, T0)).toEqual(allowed)
      expect(await failed(store, rules, T0)).toEqual(blocked(1000))
      // A blocked attempt counts nothing: the wait only runs down.
      expect(await failed(store, rules, T0 + 400)).toEqual(blocked(600))
      expect(await failed(store, rules, T0 + 1000)).toEqual(allowed)
      expect(await failed(store, rules, T0 + 1000)).toEqual(blocked(2000))
      expect(await failed(store, rules, T0 + 3000)).toEqual(allowed)
      expect(await failed(store, rules, T0 + 3000)).toEqual(blocked(4000))
      expect(await failed(store, rules, T0 + 7000)).toEqual(allowed)
      expect(await failed(store, rules, T0 + 7000)).toEqual(blocked(4000))
    })

    it('names the first refusal of each blocking period once, in parallel too (issue #13 item 6)', async () => {
      const store = await setup()
      const key = namespace()
      const short = rule(key('short'), { freeAttempts: 1 })
      const long = rule(key('long'), { freeAttempts: 1, baseDelayMs: 3000, maxDelayMs: 60_000 })
      const rules = [short, long]
      expect(await failed(store, rules, T0)).toEqual(allowed)
      // The counter with the longest wait is the one named.
      const refusal = { key: long.key, until: T0 + 3000 }
      expect(await store.attempt(rules, T0)).toEqual({
        allowed: false,
        retryAfterMs: 3000,
        refusal: { ...refusal, first: true },
      })
      expect(await store.attempt(rules, T0 + 10)).toMatchObject({
        retryAfterMs: 2990,
        refusal: { ...refusal, first: false },
      })
      const burst = await Promise.all(
        Array.from({ length: 10 }, () => store.attempt(rules, T0 + 20)),
      )
      for (const decision of burst) expect(decision).toMatchObject({ refusal: { first: false } })
      // Once the period is over, the next counted attempt starts a new one: first again, once.
      expect(await failed(store, rules, T0 + 3000)).toEqual(allowed)
      const next = await Promise.all(
        Array.from({ length: 10 }, () => store.attempt(rules, T0 + 3000)),
      )
      const firsts = next.filter(
        (decision) => 'refusal' in decision && decision.refusal?.first === true,
      )
      expect(firsts).toHaveLength(1)
      expect(firsts[0]).toMatchObject({ refusal: { key: long.key, until: T0 + 9000 } })
    })

    it('answers the longest wait among the rules and forgets attempts as they decay', async () => {
      const store = await setup()
      const key = namespace()
      const short = rule(key('short'), { freeAttempts: 1, baseDelayMs: 1000 })
      const long = rule(key('long'), { freeAttempts: 1, baseDelayMs: 5000, maxDelayMs: 60_000 })
      expect(await failed(store, [short, long], T0)).toEqual(allowed)
      expect(await failed(store, [short, long], T0)).toEqual(blocked(5000))
      expect(await failed(store, [short], T0 + 1000)).toEqual(allowed)

      const decaying = rule(key('decay'), { freeAttempts: 2, decayMs: 1000, resetAfterMs: HOUR })
      await failed(store, [decaying], T0)
      await failed(store, [decaying], T0)
      expect(await failed(store, [decaying], T0 + 500)).toEqual(blocked(500))
      // One attempt forgotten after a decay period: one free attempt again.
      expect(await failed(store, [decaying], T0 + 1000)).toEqual(allowed)
      expect(await failed(store, [decaying], T0 + 1000)).toEqual(blocked(1000))
      // Past resetAfterMs the counter starts from zero.
      for (let i = 0; i < 2; i++) {
        expect(await failed(store, [decaying], T0 + 1000 + HOUR)).toEqual(allowed)
      }
    })

    it('counts failures-only rules on recordFailure alone, and attempts rules never there', async () => {
      const store = await setup()
      const key = namespace()
      const perIp = rule(key('ip'), { counts: 'failures', freeAttempts: 2 })
      const account = rule(key('account'), { freeAttempts: 2 })
      for (let i = 0; i < 5; i++) expect(await store.attempt([perIp], T0)).toEqual(allowed)
      expect(await store.attempt([account], T0)).toEqual(allowed)
      // The first settles the account's attempt; the second finds nothing in flight there.
      await store.recordFailure([perIp, account], T0)
      await store.recordFailure([perIp, account], T0)
      expect(await store.attempt([perIp], T0)).toEqual(blocked(1000))
      // The account rule still holds its single counted attempt.
      expect(await store.attempt([account], T0)).toEqual(allowed)
      await store.recordFailure([account], T0) // only settles: no failures-only rule
      expect(await store.attempt([account], T0)).toEqual(blocked(1000))
    })

    it('clears counters, and forgives one attempt without going below zero', async () => {
      const store = await setup()
      const key = namespace()
      const rules = [rule(key('cleared'), { freeAttempts: 1 })]
      await failed(store, rules, T0)
      expect(await failed(store, rules, T0)).toEqual(blocked(1000))
      await store.clear([key('cleared'), key('never-used')])
      await store.clear([])
      expect(await failed(store, rules, T0)).toEqual(allowed)

      const forgiven = [rule(key('forgiven'), { freeAttempts: 2 })]
      await failed(store, forgiven, T0)
      await failed(store, forgiven, T0)
      await store.forgive([key('forgiven')])
      expect(await failed(store, forgiven, T0)).toEqual(allowed)
      expect(await failed(store, forgiven, T0)).toEqual(blocked(1000))
      for (let i = 0; i < 4; i++) await store.forgive([key('forgiven'), key('missing')])
      await store.forgive([])
      expect(await failed(store, forgiven, T0)).toEqual(allowed)
      expect(await failed(store, forgiven, T0)).toEqual(allowed)
      expect(await failed(store, forgiven, T0)).toEqual(blocked(1000))
    })

    it('clears given keys and every key under given prefixes, taken literally', async () => {
      const store = await setup()
      const key = namespace()
      const names = [
        'account:alice',
        'pair:alice:203.0.113.5',
        'pair:alice:198.51.100.7',
        'pair:alicex:203.0.113.5',
        'pair:bob:203.0.113.5',
        'pair:a*:1',
        'pair:ab:1',
        'pair:al_ce:1',
      ]
      for (const name of names) await failed(store, [rule(key(name), { freeAttempts: 0 })], T0)
      const removed = await store.clearMatching(
        [key('account:alice'), key('missing')],
        [key('pair:alice:'), key('pair:a*:'), key('pair:al_ce:'), key('nothing:')],
      )
      expect(removed).toBe(5)
      const isBlocked = async (name: string): Promise<boolean> =>
        !(await failed(store, [rule(key(name), { freeAttempts: 0 })], T0)).allowed
      const left = []
      for (const name of names) if (await isBlocked(name)) left.push(name)
      expect(left).toEqual(['pair:alicex:203.0.113.5', 'pair:bob:203.0.113.5', 'pair:ab:1'])
      expect(await store.clearMatching([], [])).toBe(0)
    })

    it('prunes counters whose last attempt is at or before a time, and only those', async () => {
      const store = await setup()
      const key = namespace()
      // Times far before the other tests', so pruning here leaves theirs alone.
      const strict = (name: string): ThrottleRule[] => [
        rule(key(name), { freeAttempts: 1, baseDelayMs: HOUR, maxDelayMs: HOUR }),
      ]
      await failed(store, strict('old'), 1000)
      await failed(store, strict('recent'), 10_000)
      expect(await store.prune(5000)).toBeGreaterThanOrEqual(1)
      expect(await failed(store, strict('old'), 10_001)).toEqual(allowed)
      expect(await failed(store, strict('recent'), 10_001)).toEqual(blocked(HOUR - 1))
    })

    it('lets exactly the free attempts through a burst of 20 parallel attempts', async () => {
      const store = await setup()
      const rules = [rule(namespace()('burst'), { freeAttempts: 5 })]
      const decisions = await Promise.all(
        Array.from({ length: 20 }, () => store.attempt(rules, T0)),
      )
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5)
      expect(decisions.filter((decision) => !decision.allowed)).toHaveLength(15)
    })

    it('tells an attempt held back only by attempts in flight to wait, and refuses once they fail (issue #13 item 8)', async () => {
      const store = await setup()
      const rules = [rule(namespace()('in-flight'), { freeAttempts: 2 })]
      expect(await store.attempt(rules, T0)).toEqual(allowed)
      expect(await store.attempt(rules, T0)).toEqual(allowed)
      // Two attempts being checked: the third waits, and waiting counts nothing.
      expect(await store.attempt(rules, T0)).toEqual(wait)
      expect(await store.attempt(rules, T0)).toEqual(wait)
      await store.recordFailure(rules, T0)
      expect(await store.attempt(rules, T0)).toEqual(wait)
      await store.recordFailure(rules, T0)
      // Both failed: settled failures alone block now.
      expect(await store.attempt(rules, T0)).toEqual(blocked(1000))
      expect(await store.attempt(rules, T0 + 1000)).toEqual(allowed)
    })

    it('lets a waiting attempt through once the one in flight succeeds (issue #13 item 8)', async () => {
      const store = await setup()
      const key = namespace()
      const rules = [rule(key('pair'), { freeAttempts: 1 }), rule(key('account'))]
      expect(await store.attempt(rules, T0)).toEqual(allowed)
      expect(await store.attempt(rules, T0)).toEqual(wait)
      // The success clears the pair's counter and is forgiven on the account's.
      await store.clear([key('pair')])
      await store.forgive([key('account')])
      expect(await store.attempt(rules, T0)).toEqual(allowed)
      expect(await store.attempt(rules, T0)).toEqual(wait)
      // Forgiving takes the in-flight mark too: the account counter holds nothing.
      await store.clear([key('pair')])
      await store.forgive([key('account')])
      const account = [rule(key('account'), { freeAttempts: 1 })]
      expect(await store.attempt(account, T0)).toEqual(allowed)
      expect(await store.attempt(account, T0)).toEqual(wait)
    })

    it('counts in-flight marks older than IN_FLIGHT_STALE_MS as settled failures (issue #13 item 8)', async () => {
      const store = await setup()
      const rules = [
        rule(namespace()('stale'), { freeAttempts: 2, baseDelayMs: HOUR, maxDelayMs: HOUR }),
      ]
      // Two attempts whose instance died before settling them.
      await store.attempt(rules, T0)
      await store.attempt(rules, T0)
      expect(await store.attempt(rules, T0 + IN_FLIGHT_STALE_MS - 1)).toEqual(wait)
      // Now they count as two settled failures: refused, for the rest of the delay.
      expect(await store.attempt(rules, T0 + IN_FLIGHT_STALE_MS)).toEqual(
        blocked(HOUR - IN_FLIGHT_STALE_MS),
      )
    })

    it('a parallel burst that waits and settles: failures get the free attempts, successes all pass (issue #13 item 8)', async () => {
      const store = await setup()
      const key = namespace()
      const rules = (name: string): ThrottleRule[] => [
        rule(key(`${name}:pair`), { freeAttempts: 5 }),
        rule(key(`${name}:account`), { freeAttempts: 20 }),
      ]
      /** One client: asks until allowed or refused, then settles its check as `outcome`. */
      const client = async (
        limits: ThrottleRule[],
        outcome: 'failure' | 'success',
      ): Promise<'allowed' | 'refused'> => {
        for (;;) {
          const decision = await store.attempt(limits, T0)
          if (!decision.allowed && !('wait' in decision)) return 'refused'
          if (!decision.allowed) {
            await sleep(2 + Math.random() * 5)
            continue
          }
          await sleep(Math.random() * 5) // the password check
          if (outcome === 'failure') {
            await store.recordFailure(limits, T0)
          } else {
            await store.clear([limits[0]?.key ?? ''])
            await store.forgive([limits[1]?.key ?? ''])
          }
          return 'allowed'
        }
      }
      const guesses = rules('guesses')
      const failures = await Promise.all(
        Array.from({ length: 30 }, () => client(guesses, 'failure')),
      )
      expect(failures.filter((result) => result === 'allowed')).toHaveLength(5)
      expect(failures.filter((result) => result === 'refused')).toHaveLength(25)

      const owner = rules('owner')
      const successes = await Promise.all(
        Array.from({ length: 30 }, () => client(owner, 'success')),
      )
      expect(successes).toEqual(Array(30).fill('allowed'))
    })
  })
}
