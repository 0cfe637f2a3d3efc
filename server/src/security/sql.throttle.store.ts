/** `ThrottleStore` on the SQL database: one locked transaction per attempt makes check+count atomic. */
import { PostgresAdapter, sql, type Transaction } from 'kysely'
import type { Db } from '../db/database.js'
import type { Database } from '../db/schema.js'
import {
  nextState,
  refusalOf,
  type CounterState,
  type ThrottleDecision,
  type ThrottleRule,
  type ThrottleStore,
} from './throttle.store.js'

type Trx = Transaction<Database>

/**
 * Reads the counters of `keys`, locked on PostgreSQL in key order (so two attempts never
 * deadlock). SQLite needs no row lock: a transaction holds its only connection, so
 * check-then-write is already serialized.
 */
async function readCounters(
  trx: Trx,
  keys: readonly string[],
  rowLocks: boolean,
): Promise<Map<string, CounterState>> {
  let select = trx
    .selectFrom('throttle_counters')
    .select(['key', 'failures', 'last_failure_at', 'refusal_logged_until'])
    .where('key', 'in', [...keys])
    .orderBy('key')
  if (rowLocks) select = select.forUpdate()
  const rows = await select.execute()
  return new Map(
    rows.map((row) => [
      row.key,
      {
        failures: row.failures,
        lastFailureAt: row.last_failure_at,
        refusalLoggedUntil: row.refusal_logged_until,
      },
    ]),
  )
}

/**
 * A refusal, remembered on its counter when it is the first of its blocking period: one write
 * per period, so the later refusals of the period (the hot 429 path) write nothing.
 */
async function refused(trx: Trx, decision: ThrottleDecision): Promise<ThrottleDecision> {
  if (!decision.allowed && decision.refusal?.first) {
    await trx
      .updateTable('throttle_counters')
      .set({ refusal_logged_until: decision.refusal.until })
      .where('key', '=', decision.refusal.key)
      .execute()
  }
  return decision
}

/** Creates missing counters as (0, 0), which reads as "no attempts", like no row at all. */
async function insertCounters(trx: Trx, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return
  await trx
    .insertInto('throttle_counters')
    .values(keys.map((key) => ({ key, failures: 0, last_failure_at: 0 })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
}

/** Counts one more attempt on each rule's counter. */
async function countOne(
  trx: Trx,
  rules: readonly ThrottleRule[],
  states: Map<string, CounterState>,
  now: number,
): Promise<void> {
  for (const rule of rules) {
    const next = nextState(states.get(rule.key), rule, now)
    await trx
      .updateTable('throttle_counters')
      .set({ failures: next.failures, last_failure_at: next.lastFailureAt })
      .where('key', '=', rule.key)
      .execute()
  }
}

function sortedKeys(rules: readonly ThrottleRule[]): string[] {
  return [...new Set(rules.map((rule) => rule.key))].sort()
}

export function createSqlThrottleStore(db: Db): ThrottleStore {
  // PostgreSQL runs transactions concurrently, so the counters must be locked while checked.
  const rowLocks = db.getExecutor().adapter instanceof PostgresAdapter
  return {
    async attempt(rules: readonly ThrottleRule[], now: number): Promise<ThrottleDecision> {
      const keys = sortedKeys(rules)
      const verdict = (states: Map<string, CounterState>): ThrottleDecision | null => {
        const refusal = refusalOf(rules, states, now)
        return refusal ? { allowed: false, retryAfterMs: refusal.until - now, refusal } : null
      }
      return db.transaction().execute(async (trx) => {
        // A blocked client writes nothing, so it cannot grow the table by trying new usernames.
        let states = await readCounters(trx, keys, rowLocks)
        const blocked = verdict(states)
        if (blocked) return refused(trx, blocked)
        const missing = keys.filter((key) => !states.has(key))
        if (missing.length > 0) {
          // Another attempt may have inserted the same keys meanwhile: read again under the
          // lock and decide again.
          await insertCounters(trx, missing)
          states = await readCounters(trx, keys, rowLocks)
          const nowBlocked = verdict(states)
          if (nowBlocked) return refused(trx, nowBlocked)
        }
        await countOne(
          trx,
          rules.filter((rule) => rule.counts === 'attempts'),
          states,
          now,
        )
        return { allowed: true }
      })
    },

    async recordFailure(rules: readonly ThrottleRule[], now: number): Promise<void> {
      const counted = rules.filter((rule) => rule.counts === 'failures')
      if (counted.length === 0) return
      const keys = sortedKeys(counted)
      await db.transaction().execute(async (trx) => {
        await insertCounters(trx, keys)
        await countOne(trx, counted, await readCounters(trx, keys, rowLocks), now)
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

    async clearMatching(keys: readonly string[], prefixes: readonly string[]): Promise<number> {
      if (keys.length === 0 && prefixes.length === 0) return 0
      const result = await db
        .deleteFrom('throttle_counters')
        .where((eb) =>
          eb.or([
            ...(keys.length ? [eb('key', 'in', [...keys])] : []),
            // substr, not LIKE: base64url digests hold `_`, a LIKE wildcard.
            ...prefixes.map((prefix) =>
              eb(sql`substr(${sql.ref('key')}, 1, ${sql.lit(prefix.length)})`, '=', prefix),
            ),
          ]),
        )
        .executeTakeFirst()
      return Number(result.numDeletedRows)
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
