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
        // Locked in key order so two attempts never deadlock. SQLite needs no row lock: the
        // transaction holds its only connection, so check-then-write is already serialized.
        const read = async (): Promise<Map<string, CounterState>> => {
          let select = trx
            .selectFrom('throttle_counters')
            .select(['key', 'failures', 'last_failure_at'])
            .where('key', 'in', keys)
            .orderBy('key')
          if (rowLocks) select = select.forUpdate()
          const rows = await select.execute()
          return new Map(
            rows.map((row) => [
              row.key,
              { failures: row.failures, lastFailureAt: row.last_failure_at },
            ]),
          )
        }
        const verdict = (states: Map<string, CounterState>): ThrottleDecision | null => {
          const until = Math.max(
            ...rules.map((rule) => blockedUntil(states.get(rule.key), rule, now)),
          )
          return until > now ? { allowed: false, retryAfterMs: until - now } : null
        }

        // A blocked client writes nothing, so it cannot grow the table by trying new usernames.
        let states = await read()
        const blocked = verdict(states)
        if (blocked) return blocked
        const missing = keys.filter((key) => !states.has(key))
        if (missing.length > 0) {
          // A (0, 0) row reads as "no attempts". Another attempt may have inserted the same keys
          // meanwhile: read again under the lock and decide again.
          await trx
            .insertInto('throttle_counters')
            .values(missing.map((key) => ({ key, failures: 0, last_failure_at: 0 })))
            .onConflict((oc) => oc.column('key').doNothing())
            .execute()
          states = await read()
          const nowBlocked = verdict(states)
          if (nowBlocked) return nowBlocked
        }
        for (const rule of rules.filter((candidate) => candidate.counts === 'attempts')) {
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

    async recordFailure(rules: readonly ThrottleRule[], now: number): Promise<void> {
      const counted = rules.filter((rule) => rule.counts === 'failures')
      if (counted.length === 0) return
      const keys = counted.map((rule) => rule.key).sort()
      await db.transaction().execute(async (trx) => {
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
        for (const rule of counted) {
          const row = rows.find((candidate) => candidate.key === rule.key)
          const state = row
            ? { failures: row.failures, lastFailureAt: row.last_failure_at }
            : undefined
          const next = nextState(state, rule, now)
          await trx
            .updateTable('throttle_counters')
            .set({ failures: next.failures, last_failure_at: next.lastFailureAt })
            .where('key', '=', rule.key)
            .execute()
        }
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
