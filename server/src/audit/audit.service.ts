/**
 * The audit log: security events stored for staff to query and also written to the log.
 * Callers pass no secrets; `detail` holds reasons and counts, never passwords or tokens.
 */
import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../core/clock.js'
import { replaceControlCharacters } from '../core/contract.js'
import type { Db } from '../db/database.js'
import type { TransactionScope } from '../db/transaction.js'
import type { AuditEventName } from './audit.events.js'
import { exportBatches, filtersOf, openExportSnapshot } from './audit.export.js'
import { createRefusalTally, refusalPeriod, type CountedRefusal } from './refusal-tally.js'
import { createUsernameDigester } from './username-digest.js'
import { addThrottledRefusals, deleteAuditEventsBefore } from './audit-upkeep.repository.js'
import {
  countAuditEvents,
  insertAuditEvent,
  listAuditEvents,
  newestAuditEventId,
  type AuditEvent,
  type AuditFilter,
  type AuditQuery,
} from './audit.repository.js'

export type { AuditEventName } from './audit.events.js'
export type { AuditEvent, AuditFilter } from './audit.repository.js'

/** Column sizes of audit_events; what a client sent is cut to fit, never refused. */
const MAX_USERNAME_LENGTH = 150
const MAX_IP_LENGTH = 64
const MAX_USER_AGENT_LENGTH = 512

/** Client text made storable: control characters (NUL breaks PostgreSQL) replaced, length cut. */
function clean(value: string | null | undefined, maxLength: number): string | null {
  if (value === null || value === undefined) return null
  return replaceControlCharacters(value, '\ufffd').slice(0, maxLength)
}

export interface AuditEntry {
  /** Who did it: omit for the system, the CLI or an anonymous client. */
  actor?: { id: number; username: string } | null
  /** The target user. */
  userId?: number | null
  username?: string | null
  /**
   * A username a client tried that names no account (instead of `username`): stored only as its
   * keyed digest, `unknown:<12 hex>` (username-digest.ts), since it is often a password.
   */
  attemptedUsername?: string
  ip?: string | null
  userAgent?: string | null
  detail?: Record<string, unknown>
}

export interface AuditService {
  /**
   * Stores the event and writes it to the log. With `scope`, the row is part of that transaction
   * (a failing insert rolls the whole change back) and the log line waits for the commit.
   * Only services call this (CONTRIBUTING.md, Layers), never a route or a CLI command.
   */
  record(event: AuditEventName, entry: AuditEntry, scope?: TransactionScope): Promise<void>
  /**
   * A refused login, re-authentication or password change (429), as `login_throttled`: only
   * the first refusal of a blocking period is written (`entry` is asked for then only); the
   * others are counted into its `detail.refused` (refusal-tally.ts). Nothing without `refusal`.
   */
  recordThrottled(
    refusal: CountedRefusal | undefined,
    entry: () => Promise<AuditEntry>,
  ): Promise<void>
  /** Adds the refusals counted so far to their events now (otherwise every few seconds). */
  flushRefusals(): Promise<void>
  /** Deletes events recorded before `before` (AUDIT_RETENTION); how many. */
  prune(before: number): Promise<number>
  /** Flushes the counted refusals and stops their timer. */
  close(): Promise<void>
  /** Newest first (the first 100 unless `limit` says otherwise). */
  list(query?: AuditQuery): Promise<AuditEvent[]>
  /**
   * A page of events and the number of all that match, as `viewer` may see them: without IP and
   * user agent on events about staff or superusers unless the viewer is a superuser.
   */
  page(query: AuditQuery, viewer: AuditViewer): Promise<{ events: AuditEvent[]; count: number }>
  /**
   * Every event the filter selects, newest first, for a download; recorded as `audit_exported`.
   * Refused (nothing recorded) when more than `maxRows` match: an export is never cut short.
   */
  exportEvents(filter: AuditFilter, options: AuditExportOptions): Promise<AuditExportResult>
}

/** Who reads the log: what they may see of it depends on it (see `page`). */
export interface AuditViewer {
  isSuperuser: boolean
}

export interface AuditExportOptions {
  /** Who exports, and from where; the rows are redacted for them as `page` does. */
  actor: { id: number; username: string } & AuditViewer
  ip?: string | null
  userAgent?: string | null
  maxRows: number
}

export type AuditExportResult =
  | {
      ok: true
      /** When the export was made (epoch ms), as recorded. */
      at: number
      count: number
      /** The events in batches, read from the database as they are consumed. */
      batches: AsyncIterable<AuditEvent[]>
    }
  | { ok: false; reason: 'too_many_events'; count: number }

/**
 * The sessions API shows staff and superusers' sessions (addresses, browsers) to superusers
 * only; the audit log keeps the same secret from other staff with `audit.view_event`.
 */
function redactFor(viewer: AuditViewer): (events: AuditEvent[]) => AuditEvent[] {
  if (viewer.isSuperuser) return (events) => events
  return (events) =>
    events.map((event) => (event.aboutStaff ? { ...event, ip: null, userAgent: null } : event))
}

export function createAuditService(db: Db, clock: Clock, log: FastifyBaseLogger): AuditService {
  const digest = createUsernameDigester(db)
  const refusals = createRefusalTally((counted) => addThrottledRefusals(db, counted), log)

  /** The filter as the repository takes it: a username also matches its digest. */
  async function withDigest(filter: AuditFilter): Promise<AuditFilter> {
    if (filter.username === undefined) return filter
    return { ...filter, usernameDigest: await digest(filter.username) }
  }

  async function write(
    event: AuditEventName,
    entry: AuditEntry,
    at: number,
    scope?: TransactionScope,
  ): Promise<void> {
    const executor = scope?.db ?? db
    const username =
      entry.attemptedUsername !== undefined
        ? await digest(entry.attemptedUsername, executor)
        : clean(entry.username, MAX_USERNAME_LENGTH)
    const row = {
      at,
      event,
      actor: entry.actor
        ? { id: entry.actor.id, username: clean(entry.actor.username, MAX_USERNAME_LENGTH) }
        : null,
      userId: entry.userId ?? null,
      username,
      ip: clean(entry.ip, MAX_IP_LENGTH),
      userAgent: clean(entry.userAgent, MAX_USER_AGENT_LENGTH),
      detail: entry.detail ?? null,
    }
    const logLine = (): void =>
      log.info({ audit: { ...row, userAgent: undefined } }, `audit: ${event}`)
    if (!scope) {
      logLine()
      return insertAuditEvent(db, row)
    }
    // In a transaction: logged once committed, so the log never tells of a change rolled back.
    await insertAuditEvent(executor, row)
    scope.afterCommit(logLine)
  }

  return {
    record(event, entry, scope): Promise<void> {
      return write(event, entry, clock(), scope)
    },
    async recordThrottled(refusal, entry): Promise<void> {
      // No refusal: the store could not tell the blocking period; nothing to report.
      if (!refusal) return
      if (!refusal.first) return refusals.count(refusal)
      const given = await entry()
      const detail = { ...given.detail, period: refusalPeriod(refusal), refused: 1 }
      await write('login_throttled', { ...given, detail }, clock())
    },
    flushRefusals: () => refusals.flush(),
    prune: (before) => deleteAuditEventsBefore(db, before),
    close: () => refusals.close(),
    async list(query = {}): Promise<AuditEvent[]> {
      return (await listAuditEvents(db, { ...query, ...(await withDigest(query)) })).events
    },
    async page(query, viewer): Promise<{ events: AuditEvent[]; count: number }> {
      const { events, count } = await listAuditEvents(db, {
        ...query,
        ...(await withDigest(query)),
      })
      return { events: redactFor(viewer)(events), count }
    },
    async exportEvents(given, options): Promise<AuditExportResult> {
      const filter = await withDigest(given)
      // One consistent view for the count and every batch (see openExportSnapshot), pinned to
      // the newest id now: the count, the recorded row count and the file agree even while
      // events keep arriving (this export's own event included).
      const snapshot = await openExportSnapshot(db)
      try {
        const throughId = await newestAuditEventId(snapshot.db)
        const count = await countAuditEvents(snapshot.db, filter, throughId)
        if (count > options.maxRows) {
          await snapshot.end()
          return { ok: false, reason: 'too_many_events', count }
        }
        const at = clock()
        // Outside the snapshot, committed now: an export that fails half way stays recorded.
        await write(
          'audit_exported',
          {
            actor: options.actor,
            ip: options.ip ?? null,
            userAgent: options.userAgent ?? null,
            detail: { filters: filtersOf(given), rows: count },
          },
          at,
        )
        const batches = exportBatches(snapshot, filter, throughId, redactFor(options.actor))
        return { ok: true, at, count, batches }
      } catch (error) {
        await snapshot.end()
        throw error
      }
    },
  }
}
