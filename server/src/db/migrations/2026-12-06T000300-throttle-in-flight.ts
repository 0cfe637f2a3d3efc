/**
 * Frozen once shipped. Issue #13 item 8: login-throttle counters remember which of their counted
 * attempts are still being verified, so a right password is not refused because of them.
 *
 * - throttle_counters.in_flight: how many of `failures` are attempts not yet settled.
 * - throttle_counters.in_flight_at: when the last of them was counted; marks older than
 *   IN_FLIGHT_STALE_MS count as settled failures.
 *
 * Both default to 0, so rows written by instances still on the old code read as "none in flight".
 */
import { PostgresAdapter, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  const ms = db.getExecutor().adapter instanceof PostgresAdapter ? 'bigint' : 'integer'
  await db.schema
    .alterTable('throttle_counters')
    .addColumn('in_flight', 'integer', (col) => col.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('throttle_counters')
    .addColumn('in_flight_at', ms, (col) => col.notNull().defaultTo(0))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('throttle_counters').dropColumn('in_flight_at').execute()
  await db.schema.alterTable('throttle_counters').dropColumn('in_flight').execute()
}
