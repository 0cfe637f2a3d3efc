/** SQL for the audit log. */
import type {
  AliasedExpression,
  ExpressionBuilder,
  Selectable,
  SelectQueryBuilder,
  SqlBool,
} from 'kysely'
import type { Executor } from '../db/database.js'
import type { AuditEventsTable, Database } from '../db/schema.js'

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
  /**
   * The actor or the target is a staff member or a superuser now (their account's flags read in
   * the same query): their addresses are for superusers' eyes only.
   */
  aboutStaff: boolean
}

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'aboutStaff'>

export async function insertAuditEvent(db: Executor, event: NewAuditEvent): Promise<void> {
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

/** Which events: every field narrows the set (AND); none means all. */
export interface AuditFilter {
  /** Events where this user is the actor or the target. */
  userId?: number
  /**
   * Events whose actor or target had this username when recorded (so deleted users are still
   * found). Case-insensitive through SQL `lower()` on both sides: ASCII letters on every database,
   * all letters on PostgreSQL (SQLite's `lower()` knows ASCII only).
   */
  username?: string
  /**
   * Set by the service with `username`: that name's `unknown:` digest, which a failed login
   * stores instead of a name that matches no account (username-digest.ts).
   */
  usernameDigest?: string
  event?: string
  /** Epoch ms, inclusive. */
  since?: number
  /** Epoch ms, exclusive. */
  until?: number
}

export interface AuditQuery extends AuditFilter {
  offset?: number
  limit?: number
}

type AuditSelect = SelectQueryBuilder<Database, 'audit_events', object>

/** The events a filter selects; `throughId` pins an export to the rows that existed at its start. */
function selectAudit(db: Executor, filter: AuditFilter & { throughId?: number }): AuditSelect {
  let select = db.selectFrom('audit_events')
  const { userId, username, usernameDigest, throughId } = filter
  if (userId !== undefined) {
    select = select.where((eb) => eb.or([eb('user_id', '=', userId), eb('actor_id', '=', userId)]))
  }
  if (username !== undefined) {
    select = select.where((eb) => {
      // lower() on both sides: the same folding on each database, whatever the client sent.
      const wanted = eb.fn<string>('lower', [eb.val(username)])
      return eb.or([
        eb(eb.fn('lower', ['username']), '=', wanted),
        eb(eb.fn('lower', ['actor_username']), '=', wanted),
        ...(usernameDigest !== undefined ? [eb('username', '=', usernameDigest)] : []),
      ])
    })
  }
  if (filter.event !== undefined) select = select.where('event', '=', filter.event)
  if (filter.since !== undefined) select = select.where('at', '>=', filter.since)
  if (filter.until !== undefined) select = select.where('at', '<', filter.until)
  if (throughId !== undefined) select = select.where('id', '<=', throughId)
  return select
}

/** Whether the event's actor or target is staff or superuser, by the account's current flags. */
function aboutStaff(
  eb: ExpressionBuilder<Database, 'audit_events'>,
): AliasedExpression<SqlBool, 'about_staff'> {
  return eb
    .exists(
      eb
        .selectFrom('users')
        .select('users.id')
        .where((inner) =>
          inner.or([
            inner('users.id', '=', inner.ref('audit_events.actor_id')),
            inner('users.id', '=', inner.ref('audit_events.user_id')),
          ]),
        )
        .where((inner) =>
          inner.or([inner('users.is_staff', '=', 1), inner('users.is_superuser', '=', 1)]),
        ),
    )
    .as('about_staff')
}

type AuditRow = Selectable<AuditEventsTable> & { about_staff: unknown }

function toAuditEvent(row: AuditRow): AuditEvent {
  return {
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
    // 0/1 on SQLite, a boolean on PostgreSQL.
    aboutStaff: Boolean(row.about_staff),
  }
}

async function countSelected(select: AuditSelect): Promise<number> {
  const counted = await select
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow()
  return Number(counted.count)
}

/** Newest first, with the number of all matching events for paging. */
export async function listAuditEvents(
  db: Executor,
  query: AuditQuery = {},
): Promise<{ events: AuditEvent[]; count: number }> {
  const select = selectAudit(db, query)
  const rows = await select
    .selectAll()
    .select(aboutStaff)
    .orderBy('id', 'desc')
    .offset(query.offset ?? 0)
    .limit(query.limit ?? 100)
    .execute()
  return { count: await countSelected(select), events: rows.map(toAuditEvent) }
}

/** The newest event id (0 for an empty log): where an export stops, so rows added meanwhile stay out. */
export async function newestAuditEventId(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst()
  return Number(row?.id ?? 0)
}

/** How many events the filter selects, up to and including `throughId`. */
export function countAuditEvents(
  db: Executor,
  filter: AuditFilter,
  throughId: number,
): Promise<number> {
  return countSelected(selectAudit(db, { ...filter, throughId }))
}

/**
 * One batch of an export, newest first: events with ids below `beforeId` (keyset paging, so
 * each batch is an index range scan, where OFFSET would skip ever more rows) and at most
 * `throughId`.
 */
export async function auditEventBatch(
  db: Executor,
  filter: AuditFilter,
  batch: { throughId: number; beforeId?: number; limit: number },
): Promise<AuditEvent[]> {
  let select = selectAudit(db, { ...filter, throughId: batch.throughId })
  if (batch.beforeId !== undefined) select = select.where('id', '<', batch.beforeId)
  const rows = await select
    .selectAll()
    .select(aboutStaff)
    .orderBy('id', 'desc')
    .limit(batch.limit)
    .execute()
  return rows.map(toAuditEvent)
}
