/** The embedded default `SessionStore`: sessions in the same SQL database as the users. */
import { sql } from 'kysely'
import { prepareLookup, prepareQuery, type Executor } from '../db/database.js'
import { USER_COLUMNS, toAuthUser } from '../users/user.columns.js'
import type { SessionsTable } from '../db/schema.js'
import { newPublicId } from './session.token.js'
import type {
  ListedSession,
  SessionRecord,
  SessionStore,
  SessionWithUser,
} from './session.store.js'

function toRecord(row: Omit<SessionsTable, 'id_hash'>): SessionRecord {
  return {
    publicId: row.public_id ?? '',
    userId: row.user_id,
    authVersion: row.auth_version,
    csrfSecret: row.csrf_secret,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    ip: row.ip,
    userAgent: row.user_agent,
    persistent: row.persistent === 1,
    reauthenticatedAt: row.reauthenticated_at,
  }
}

/**
 * On `db`, or on a transaction through `joinTransaction` (the same store, its statements on the
 * transaction: the hot-path queries are then run through Kysely, not prepared).
 */
export function createSqlSessionStore(db: Executor): SessionStore {
  // The two queries of the request path, compiled (and on SQLite prepared) once.
  const withUser = db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      ...USER_COLUMNS,
      'sessions.id_hash',
      'sessions.auth_version as session_auth_version',
      'sessions.csrf_secret',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.ip',
      'sessions.user_agent',
      'sessions.public_id',
      'sessions.persistent',
      'sessions.reauthenticated_at',
    ])
  const findWithUserQuery = prepareLookup(
    db,
    withUser.where('sessions.id_hash', '=', ''),
    withUser.where(sql<boolean>`${sql.ref('sessions.id_hash')} = any(${['']})`),
    (row) => row.id_hash,
  )
  const touchQuery = prepareQuery(
    db,
    db.updateTable('sessions').set({ last_seen_at: 0 }).where('id_hash', '=', ''),
  )

  return {
    async create(idHash: string, record: SessionRecord): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id_hash: idHash,
          user_id: record.userId,
          auth_version: record.authVersion,
          csrf_secret: record.csrfSecret,
          created_at: record.createdAt,
          last_seen_at: record.lastSeenAt,
          expires_at: record.expiresAt,
          ip: record.ip,
          user_agent: record.userAgent,
          public_id: record.publicId,
          persistent: record.persistent ? 1 : 0,
          reauthenticated_at: record.reauthenticatedAt,
        })
        .execute()
    },

    async findWithUser(idHash: string): Promise<SessionWithUser | null> {
      const row = await findWithUserQuery(idHash)
      if (!row) return null
      return {
        user: toAuthUser(row),
        session: toRecord({ ...row, user_id: row.id, auth_version: row.session_auth_version }),
      }
    },

    async touch(idHash: string, lastSeenAt: number): Promise<void> {
      await touchQuery([lastSeenAt, idHash])
    },

    async delete(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute()
    },

    async deleteAllForUser(userId: number, exceptIdHash?: string): Promise<number> {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId)
      if (exceptIdHash !== undefined) query = query.where('id_hash', '!=', exceptIdHash)
      const result = await query.executeTakeFirst()
      return Number(result.numDeletedRows)
    },

    async deleteByPublicId(userId: number, publicId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .where('public_id', '=', publicId)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },

    async listForUser(userId: number): Promise<ListedSession[]> {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('last_seen_at', 'desc')
        .orderBy('created_at', 'desc')
        .execute()
      for (const row of rows) {
        if (row.public_id !== null) continue
        // Created by an instance still on older code during an upgrade: give it its id now.
        row.public_id = newPublicId()
        await db
          .updateTable('sessions')
          .set({ public_id: row.public_id })
          .where('id_hash', '=', row.id_hash)
          .where('public_id', 'is', null)
          .execute()
      }
      return rows.map((row) => ({ idHash: row.id_hash, ...toRecord(row) }))
    },

    async markReauthenticated(idHash: string, at: number): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ reauthenticated_at: at })
        .where('id_hash', '=', idHash)
        .execute()
    },

    joinTransaction: (trx) => createSqlSessionStore(trx),

    async deleteExpired(now: number, idleMs: number): Promise<number> {
      const result = await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - idleMs)]))
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}
