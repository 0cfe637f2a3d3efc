/**
 * Frozen once shipped: never edit it, add a new migration. Imports nothing from the app.
 * Issue #13, the audit log:
 *
 * - secrets: server secrets that must be the same on every instance and survive restarts, made
 *   here once. `audit_username_key` (32 random bytes, base64url) keys the digest a failed login
 *   stores instead of a name that matches no account; without database access it cannot be
 *   derived, so neither can the names behind the digests.
 * - throttle_counters.refusal_logged_until: the end of the blocking period whose first refusal
 *   was written to the audit log (0: none), so the next refusals of that period write nothing.
 */
import { randomBytes } from 'node:crypto'
import { PostgresAdapter, type Kysely } from 'kysely'

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

export async function up(db: Kysely<any>): Promise<void> {
  const ms = isPostgres(db) ? 'bigint' : 'integer'
  await db.schema
    .createTable('secrets')
    .addColumn('name', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('value', 'varchar(255)', (col) => col.notNull())
    .execute()
  await db
    .insertInto('secrets')
    .values({ name: 'audit_username_key', value: randomBytes(32).toString('base64url') })
    .execute()
  // With a default, so instances still on the old code keep inserting counters during an upgrade.
  await db.schema
    .alterTable('throttle_counters')
    .addColumn('refusal_logged_until', ms, (col) => col.notNull().defaultTo(0))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('throttle_counters').dropColumn('refusal_logged_until').execute()
  await db.schema.dropTable('secrets').execute()
}
