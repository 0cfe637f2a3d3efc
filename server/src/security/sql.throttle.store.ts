/** `ThrottleStore` on the SQL database: one transaction per attempt makes check+count atomic. */
import type { Db } from '../db/database.js'
import {
  blockedUntil,
  nextState,
  type CounterState,
  type ThrottleDecision,
  type ThrottleRule,
  type ThrottleStore,
} from './throttle.store.js'

export function createSqlThrottleStore(db: Db): ThrottleStore {
  return {
    async attempt(rules: readonly ThrottleRule[], now: number): Promise<ThrottleDecision> {
      const keys = rules.map((rule) => rule.key)
      // On SQLite the transaction holds the only connection, so check-then-write is serialized.
      return db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom('throttle_counters')
          .select(['key', 'failures', 'last_failure_at'])
          .where('key', 'in', keys)
          .execute()
        const states = new Map<string, CounterState>(
          rows.map((row) => [
            row.key,
            { failures: row.failures, lastFailureAt: row.last_failure_at },
          ]),
        )
        const until = Math.max(
          ...rules.map((rule) => blockedUntil(states.get(rule.key), rule, now)),
        )
        if (until > now) return { allowed: false, retryAfterMs: until - now }
        for (const rule of rules) {
          const next = nextState(states.get(rule.key), rule, now)
          await trx
            .insertInto('throttle_counters')
            .values({ key: rule.key, failures: next.failures, last_failure_at: next.lastFailureAt })
            .onConflict((oc) =>
              oc.column('key').doUpdateSet({
                failures: next.failures,
                last_failure_at: next.lastFailureAt,
              }),
            )
            .execute()
        }
        return { allowed: true }
      })
    },

    async clear(keys: readonly string[]): Promise<void> {
      if (keys.length === 0) return
      await db.deleteFrom('throttle_counters').where('key', 'in', keys).execute()
    },

    async forgive(keys: readonly string[]): Promise<void> {
      if (keys.length === 0) return
      await db
        .updateTable('throttle_counters')
        .set((eb) => ({
          failures: eb
            .case()
            .when('failures', '>', 0)
            .then(eb('failures', '-', 1))
            .else(0)
            .end(),
        }))
        .where('key', 'in', keys)
        .execute()
    },

    async prune(before: number): Promise<number> {
      const result = await db
        .deleteFrom('throttle_counters')
        .where('last_failure_at', '<=', before)
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}
