/** `ThrottleStore` on the SQL database: one locked transaction per attempt makes check+count atomic. */
import { PostgresAdapter } from 'kysely'
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
  // PostgreSQL runs transactions concurrently, so the counters must be locked while checked.
  const rowLocks = db.getExecutor().adapter instanceof PostgresAdapter
  return {
    async attempt(rules: readonly ThrottleRule[], now: number): Promise<ThrottleDecision> {
      const keys = [...new Set(rules.map((rule) => rule.key))].sort()
      return db.transaction().execute(async (trx) => {
        // Make every row exist, then lock them in key order (no deadlock between two attempts).
        // A (0, 0) row reads as "no attempts", like a missing one. SQLite needs no row lock: the
        // transaction holds its only connection, so check-then-write is already serialized.
        await trx
          .insertInto('throttle_counters')
          .values(keys.map((key) => ({ key, failures: 0, last_failure_at: 0 })))
          .onConflict((oc) => oc.column('key').doNothing())
          .execute()
        let select = trx
          .selectFrom('throttle_counters')
          .select(['key', 'failures', 'last_failure_at'])
          .where('key', 'in', keys)
          .orderBy('key')
        if (rowLocks) select = select.forUpdate()
        const rows = await select.execute()
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
            .updateTable('throttle_counters')
            .set({ failures: next.failures, last_failure_at: next.lastFailureAt })
            .where('key', '=', rule.key)
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
