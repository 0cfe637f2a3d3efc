/**
 * One change, one transaction (CONTRIBUTING.md, Layers): a service opens it around the whole
 * change and its audit event, and hands the scope down; repositories and the SQL stores run their
 * statements on `scope.db` and never open a transaction themselves. What cannot join the
 * transaction (a Redis session store, the audit log line) waits for the commit in `afterCommit`
 * (docs/decisions/0007-atomic-writes.md).
 *
 * Inside `work`, every query must go through `scope.db`: on SQLite, Kysely holds the one
 * connection for the whole transaction, so a query on the outer `Db` would wait for it forever;
 * on PostgreSQL it would run on another connection and not see (or wait for) the change.
 */
import type { Transaction } from 'kysely'
import type { Db } from './database.js'
import type { Database } from './schema.js'

export interface TransactionScope {
  /** The open transaction: run every statement of the change on it. */
  readonly db: Transaction<Database>
  /** Runs `step` after the commit (never after a rollback), in the order given. */
  afterCommit(step: () => Promise<unknown> | unknown): void
}

/**
 * Runs `work` in one transaction: a throw anywhere in it (a failing audit insert included) rolls
 * back every statement, and the steps it deferred never run. Those steps run after the commit, in
 * order, each even if one before it failed (a Redis outage must not swallow the audit log line);
 * the first failure is then thrown, with the transaction committed.
 */
export async function inTransaction<T>(
  db: Db,
  work: (scope: TransactionScope) => Promise<T>,
): Promise<T> {
  const steps: Array<() => Promise<unknown> | unknown> = []
  const result = await db
    .transaction()
    .execute((trx) => work({ db: trx, afterCommit: (step) => void steps.push(step) }))
  const failures: unknown[] = []
  for (const step of steps) {
    try {
      await step()
    } catch (error) {
      failures.push(error)
    }
  }
  if (failures.length) throw failures[0]
  return result
}
