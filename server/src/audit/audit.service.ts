/**
 * The audit log: security events stored for staff to query and also written to the log.
 * Callers pass no secrets; `detail` holds reasons and counts, never passwords or tokens.
 */
import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../clock.js'
import type { Db } from '../db/database.js'
import {
  insertAuditEvent,
  listAuditEvents,
  type AuditEvent,
  type AuditQuery,
} from './audit.repository.js'

export type AuditEventName =
  | 'login_succeeded'
  | 'login_failed'
  | 'login_throttled'
  | 'login_unlocked'
  | 'logout'
  | 'password_changed'
  | 'password_change_failed'
  | 'reauthenticated'
  | 'reauthentication_failed'
  | 'session_revoked'
  | 'user_created'
  | 'user_changed'
  | 'user_deactivated'
  | 'user_reactivated'
  | 'group_created'
  | 'group_changed'
  | 'group_deleted'

/** Column sizes of audit_events; what a client sent is cut to fit, never refused. */
const MAX_USERNAME_LENGTH = 150
const MAX_IP_LENGTH = 64
const MAX_USER_AGENT_LENGTH = 512

/** Client text made storable: control characters (NUL breaks PostgreSQL) replaced, length cut. */
function clean(value: string | null | undefined, maxLength: number): string | null {
  if (value === null || value === undefined) return null
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return value.replace(/[\u0000-\u001f\u007f]/g, '\ufffd').slice(0, maxLength)
}

export interface AuditEntry {
  /** Who did it: omit for the system, the CLI or an anonymous client. */
  actor?: { id: number; username: string } | null
  /** The target user. */
  userId?: number | null
  username?: string | null
  ip?: string | null
  userAgent?: string | null
  detail?: Record<string, unknown>
}

export interface AuditService {
  record(event: AuditEventName, entry: AuditEntry): Promise<void>
  /** Newest first (the first 100 unless `limit` says otherwise). */
  list(query?: AuditQuery): Promise<AuditEvent[]>
  /** A page of events and the number of all that match. */
  page(query: AuditQuery): Promise<{ events: AuditEvent[]; count: number }>
}

export function createAuditService(db: Db, clock: Clock, log: FastifyBaseLogger): AuditService {
  return {
    async record(event, entry): Promise<void> {
      const row = {
        at: clock(),
        event,
        actor: entry.actor
          ? { id: entry.actor.id, username: clean(entry.actor.username, MAX_USERNAME_LENGTH) }
          : null,
        userId: entry.userId ?? null,
        username: clean(entry.username, MAX_USERNAME_LENGTH),
        ip: clean(entry.ip, MAX_IP_LENGTH),
        userAgent: clean(entry.userAgent, MAX_USER_AGENT_LENGTH),
        detail: entry.detail ?? null,
      }
      log.info({ audit: { ...row, userAgent: undefined } }, `audit: ${event}`)
      await insertAuditEvent(db, row)
    },
    async list(query): Promise<AuditEvent[]> {
      return (await listAuditEvents(db, query)).events
    },
    page(query): Promise<{ events: AuditEvent[]; count: number }> {
      return listAuditEvents(db, query)
    },
  }
}
