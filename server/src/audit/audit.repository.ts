/** SQL for the audit log. */
import type { Db } from '../db/database.js'

export interface AuditParty {
  id: number | null
  username: string | null
}

export interface AuditEvent {
  id: number
  at: number
  event: string
  /** Who did it; null for the system, the CLI or an anonymous client. */
  actor: AuditParty | null
  /** Whom it was done to (the `user_id`/`username` columns). */
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
      actor_id: event.actor?.id ?? null,
      actor_username: event.actor?.username ?? null,
      user_id: event.userId,
      username: event.username,
      ip: event.ip,
      user_agent: event.userAgent,
      detail: event.detail ? JSON.stringify(event.detail) : null,
    })
    .execute()
}

export interface AuditQuery {
  /** Events where this user is the actor or the target. */
  userId?: number
  event?: string
  /** Epoch ms, inclusive. */
  since?: number
  /** Epoch ms, exclusive. */
  until?: number
  offset?: number
  limit?: number
}

/** Newest first, with the number of all matching events for paging. */
export async function listAuditEvents(
  db: Db,
  query: AuditQuery = {},
): Promise<{ events: AuditEvent[]; count: number }> {
  let select = db.selectFrom('audit_events')
  const { userId } = query
  if (userId !== undefined) {
    select = select.where((eb) => eb.or([eb('user_id', '=', userId), eb('actor_id', '=', userId)]))
  }
  if (query.event !== undefined) select = select.where('event', '=', query.event)
  if (query.since !== undefined) select = select.where('at', '>=', query.since)
  if (query.until !== undefined) select = select.where('at', '<', query.until)
  const rows = await select
    .selectAll()
    .orderBy('id', 'desc')
    .offset(query.offset ?? 0)
    .limit(query.limit ?? 100)
    .execute()
  const counted = await select
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow()
  return {
    count: Number(counted.count),
    events: rows.map((row) => ({
      id: row.id,
      at: row.at,
      event: row.event,
      actor:
        row.actor_id === null && row.actor_username === null
          ? null
          : { id: row.actor_id, username: row.actor_username },
      userId: row.user_id,
      username: row.username,
      ip: row.ip,
      userAgent: row.user_agent,
      detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
    })),
  }
}
