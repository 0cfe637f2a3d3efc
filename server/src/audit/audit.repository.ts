/** SQL for the audit log. */
import type { Db } from '../db/database.js'

export interface AuditEvent {
  id: number
  at: number
  event: string
  userId: number | null
  username: string | null
  ip: string | null
  userAgent: string | null
  detail: Record<string, unknown> | null
}

export type NewAuditEvent = Omit<AuditEvent, 'id'>

export async function insertAuditEvent(db: Db, event: NewAuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      at: event.at,
      event: event.event,
      user_id: event.userId,
      username: event.username,
      ip: event.ip,
      user_agent: event.userAgent,
      detail: event.detail ? JSON.stringify(event.detail) : null,
    })
    .execute()
}

export interface AuditQuery {
  userId?: number
  event?: string
  limit?: number
}

/** Newest first. */
export async function listAuditEvents(db: Db, query: AuditQuery = {}): Promise<AuditEvent[]> {
  let select = db.selectFrom('audit_events').selectAll().orderBy('id', 'desc')
  if (query.userId !== undefined) select = select.where('user_id', '=', query.userId)
  if (query.event !== undefined) select = select.where('event', '=', query.event)
  const rows = await select.limit(query.limit ?? 100).execute()
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    event: row.event,
    userId: row.user_id,
    username: row.username,
    ip: row.ip,
    userAgent: row.user_agent,
    detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
  }))
}
