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
  | 'logout'
  | 'password_changed'
  | 'session_revoked'
  | 'user_created'
  | 'user_changed'
  | 'user_deactivated'

export interface AuditEntry {
  userId?: number | null
  username?: string | null
  ip?: string | null
  userAgent?: string | null
  detail?: Record<string, unknown>
}

export interface AuditService {
  record(event: AuditEventName, entry: AuditEntry): Promise<void>
  list(query?: AuditQuery): Promise<AuditEvent[]>
}

export function createAuditService(db: Db, clock: Clock, log: FastifyBaseLogger): AuditService {
  return {
    async record(event, entry): Promise<void> {
      const row = {
        at: clock(),
        event,
        userId: entry.userId ?? null,
        username: entry.username ?? null,
        ip: entry.ip ?? null,
        userAgent: entry.userAgent?.slice(0, 512) ?? null,
        detail: entry.detail ?? null,
      }
      log.info({ audit: { ...row, userAgent: undefined } }, `audit: ${event}`)
      await insertAuditEvent(db, row)
    },
    list(query): Promise<AuditEvent[]> {
      return listAuditEvents(db, query)
    },
  }
}
