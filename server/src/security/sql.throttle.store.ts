/** `ThrottleStore` on the SQL database: one locked transaction per attempt makes check+count atomic. */
import {
  PostgresAdapter,
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type Transaction,
} from 'kysely'
import type { Executor } from '../db/database.js'
import type { Database } from '../db/schema.js'
import {
  decideAttempt,
  nextState,
  type CounterState,
  type ThrottleDecision,
  type ThrottleRule,
  type ThrottleStore,
} from './throttle.store.js'

type Trx = Transaction<Database>

/**
 * Reads the counters of `keys`, with `rowLocks` locked in key order (PostgreSQL: so two attempts
 * never deadlock). SQLite needs no row lock: a transaction holds its only connection, so
 * check-then-write is already serialized.
 */
async function readCounters(
  trx: Kysely<Database>,
  keys: readonly string[],
  rowLocks: boolean,
): Promise<Map<string, CounterState>> {
  let select = trx
    .selectFrom('throttle_counters')
    .select([
      'key',
      'failures',
      'last_failure_at',
      'refusal_logged_until',
      'in_flight',
      'in_flight_at',
    ])
    .where('key', 'in', [...keys])
    .orderBy('key')
  if (rowLocks) select = select.forUpdate()
  const rows = await select.execute()
  return new Map(
    rows.map((row) => [
      row.key,
      {
        failures: row.failures,
        lastFailureAt: Number(row.last_failure_at),
        refusalLoggedUntil: Number(row.refusal_logged_until),
        inFlight: row.in_flight,
        inFlightAt: Number(row.in_flight_at),
      },
    ]),
  )
}

/**
 * A refusal, remembered on its counter when it is the first of its blocking period: one write
 * per period, so the later refusals of the period (the hot 429 path) write nothing.
 */
/**
 * Claims the audit of a refusal's blocking period: one conditional UPDATE, so of all the refusals
 * of one period, on any instance, exactly one keeps `first: true` (issue #13 item 6).
 */
async function claimRefusal(
  db: Executor | Trx,
  decision: ThrottleDecision,
): Promise<ThrottleDecision> {
  if (decision.allowed || !('refusal' in decision) || !decision.refusal?.first) return decision
  const { key, until } = decision.refusal
  const result = await db
    .updateTable('throttle_counters')
    .set({ refusal_logged_until: until })
    .where('key', '=', key)
    .where('refusal_logged_until', '<', until)
    .executeTakeFirst()
  const first = Number(result.numUpdatedRows) > 0
  return { ...decision, refusal: { ...decision.refusal, first } }
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

/** Counts one more attempt on each rule's counter among those read (and locked) in `states`. */
async function countOne(
  trx: Trx,
  rules: readonly ThrottleRule[],
  states: Map<string, CounterState>,
  now: number,
): Promise<void> {
  for (const rule of rules.filter(({ key }) => states.has(key))) {
    const next = nextState(states.get(rule.key), rule, now)
    await trx
      .updateTable('throttle_counters')
      .set({ failures: next.failures, last_failure_at: next.lastFailureAt })
      .where('key', '=', rule.key)
      .execute()
  }
}

/** `column - 1`, never below zero. */
function decrement(
  eb: ExpressionBuilder<Database, 'throttle_counters'>,
  column: 'failures' | 'in_flight',
): Expression<number> {
  return eb
    .case()
    .when(column, '>', 0)
    .then(eb(column, '-', 1))
    .else(0)
    .end()
}

function sortedKeys(rules: readonly ThrottleRule[]): string[] {
  return [...new Set(rules.map((rule) => rule.key))].sort()
}

export function createSqlThrottleStore(db: Executor): ThrottleStore {
  // PostgreSQL runs transactions concurrently, so the counters must be locked while checked.
  const rowLocks = db.getExecutor().adapter instanceof PostgresAdapter
  return {
    async attempt(rules: readonly ThrottleRule[], now: number): Promise<ThrottleDecision> {
      const keys = sortedKeys(rules)
      // A first look, without a transaction or lock: a refused or waiting client (most of a
      // burst) holds no connection for long, locks nothing and writes nothing, so it cannot grow
      // the table by trying new usernames either.
      const seen = await readCounters(db, keys, false)
      const first = decideAttempt(rules, seen, now)
      if (!first.decision.allowed) return claimRefusal(db, first.decision)
      const missing = keys.filter((key) => !seen.has(key))
      return db.transaction().execute(async (trx) => {
        // Missing counters are created before any row is locked (an insert waits for another
        // transaction inserting the same key, so holding locks meanwhile could deadlock), then
        // every row is locked in key order and the attempt decided again.
        await insertCounters(trx, missing)
        const states = await readCounters(trx, keys, rowLocks)
        const { decision, writes } = decideAttempt(rules, states, now)
        // Only rows read (and locked) above: one deleted since (a success cleared it) stays so.
        for (const { rule, state } of writes.filter(({ rule }) => states.has(rule.key))) {
          await trx
            .updateTable('throttle_counters')
            .set({
              failures: state.failures,
              last_failure_at: state.lastFailureAt,
              in_flight: state.inFlight ?? 0,
              in_flight_at: state.inFlightAt ?? 0,
            })
            .where('key', '=', rule.key)
            .execute()
        }
        return decision.allowed ? decision : claimRefusal(trx, decision)
      })
    },

    async recordFailure(rules: readonly ThrottleRule[], now: number): Promise<void> {
      const counted = rules.filter((rule) => rule.counts === 'failures')
      const settled = sortedKeys(rules.filter((rule) => rule.counts === 'attempts'))
      await db.transaction().execute(async (trx) => {
        await insertCounters(trx, sortedKeys(counted))
        // Every row locked in key order first, as `attempt` does, so the two never deadlock.
        // Missing counters were created above, before any lock, as `attempt` does.
        const states = await readCounters(trx, sortedKeys(rules), rowLocks)
        await countOne(trx, counted, states, now)
        // The attempt is settled: still counted, no longer in flight. A counter a success has
        // cleared meanwhile stays cleared.
        // Only rows locked above: one re-created since by another attempt is not locked yet, and
        // locking it now, out of key order, could deadlock.
        const locked = settled.filter((key) => states.has(key))
        if (locked.length > 0) {
          await trx
            .updateTable('throttle_counters')
            .set((eb) => ({ in_flight: decrement(eb, 'in_flight') }))
            .where('key', 'in', locked)
            .execute()
        }
      })
    },

    async clear(keys: readonly string[]): Promise<void> {
      // One key per statement, in key order: a multi-row statement locks rows in whatever order
      // the plan reads them and could deadlock with an attempt holding some of them.
      for (const key of [...new Set(keys)].sort()) {
        await db.deleteFrom('throttle_counters').where('key', '=', key).execute()
      }
    },

    async forgive(keys: readonly string[]): Promise<void> {
      for (const key of [...new Set(keys)].sort()) {
        await db
          .updateTable('throttle_counters')
          .set((eb) => ({
            failures: decrement(eb, 'failures'),
            in_flight: decrement(eb, 'in_flight'),
          }))
          .where('key', '=', key)
          .execute()
      }
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

    joinTransaction: (trx) => createSqlThrottleStore(trx),

    async prune(before: number): Promise<number> {
      const result = await db
        .deleteFrom('throttle_counters')
        .where('last_failure_at', '<=', before)
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}
