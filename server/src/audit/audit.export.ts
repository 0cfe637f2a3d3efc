/**
 * Reading an export: the count and every batch from one consistent view of `audit_events`, and
 * that view released as soon as the last batch is read, the download fails or is abandoned.
 */
import { PostgresAdapter } from 'kysely'
import type { Db } from '../db/database.js'
import { auditEventBatch, type AuditEvent, type AuditFilter } from './audit.repository.js'

/** Rows an export reads per query: a bounded amount of memory however large the export. */
export const EXPORT_BATCH_SIZE = 1_000

/** Where an export reads from, and how to let go of it (idempotent, never throws). */
export interface ExportSnapshot {
  db: Db
  end(): Promise<void>
}

/**
 * PostgreSQL: one REPEATABLE READ transaction, so the count and every batch see the same rows.
 * Pinning to the newest id alone is not enough there: an insert takes its id when it starts and
 * becomes visible when it commits, so a row with a lower id could appear between two batches.
 * The transaction holds one pool connection for the length of the download. SQLite: the
 * database itself, because one writer at a time commits ids in order (an id below the newest
 * never appears later), and a transaction would hold its only connection, stalling every
 * other request while the client downloads.
 */
export async function openExportSnapshot(db: Db): Promise<ExportSnapshot> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    return { db, end: async () => {} }
  }
  const trx = await db.startTransaction().setIsolationLevel('repeatable read').execute()
  let ended = false
  return {
    db: trx,
    async end(): Promise<void> {
      if (ended) return
      ended = true
      // Read-only: nothing to keep. Kysely releases the connection even if this fails.
      await trx
        .rollback()
        .execute()
        .catch(() => {})
    },
  }
}

/**
 * The events up to `throughId`, newest first, one batch per `next()`, read by keyset paging
 * (each batch an index range scan, where OFFSET would skip ever more rows). The snapshot ends
 * once the last batch is read, on a failed read, and on `return()` (a stream destroyed because
 * the client went away), also when no batch was ever asked for, which an async generator's
 * `finally` would miss.
 */
export function exportBatches(
  snapshot: ExportSnapshot,
  filter: AuditFilter,
  throughId: number,
  redact: (events: AuditEvent[]) => AuditEvent[] = (events) => events,
): AsyncIterableIterator<AuditEvent[]> {
  let beforeId: number | undefined
  let finished = false
  const finish = async (): Promise<IteratorReturnResult<undefined>> => {
    finished = true
    await snapshot.end()
    return { done: true, value: undefined }
  }
  const iterator: AsyncIterableIterator<AuditEvent[]> = {
    async next(): Promise<IteratorResult<AuditEvent[], undefined>> {
      if (finished) return { done: true, value: undefined }
      let events: AuditEvent[]
      try {
        const batch = { throughId, limit: EXPORT_BATCH_SIZE, ...(beforeId ? { beforeId } : {}) }
        events = await auditEventBatch(snapshot.db, filter, batch)
      } catch (error) {
        await finish()
        throw error
      }
      const last = events.at(-1)
      if (!last || events.length < EXPORT_BATCH_SIZE) await finish()
      if (!last) return { done: true, value: undefined }
      beforeId = last.id
      return { done: false, value: redact(events) }
    },
    return: finish,
    [Symbol.asyncIterator]: () => iterator,
  }
  return iterator
}

/** The filters of an export as the API names them, for the `audit_exported` detail. */
export function filtersOf(filter: AuditFilter): Record<string, unknown> {
  const iso = (ms: number): string => new Date(ms).toISOString()
  return {
    ...(filter.userId !== undefined ? { user: filter.userId } : {}),
    ...(filter.username !== undefined ? { username: filter.username } : {}),
    ...(filter.event !== undefined ? { type: filter.event } : {}),
    ...(filter.since !== undefined ? { since: iso(filter.since) } : {}),
    ...(filter.until !== undefined ? { until: iso(filter.until) } : {}),
  }
}
