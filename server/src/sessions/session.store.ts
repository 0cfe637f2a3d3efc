/**
 * Where sessions live. The SQL store is the embedded default; a Redis store (scale-out) implements
 * the same interface. Keys are always the SHA-256 of the session id, never the id itself.
 */
import type { AuthUser } from '../users/user.types.js'
import type { Executor } from '../db/database.js'

export interface SessionRecord {
  /** Random; what users and admins see and revoke by. Never the secret, never its hash. */
  publicId: string
  userId: number
  /** The user's `auth_version` when the session was created; a mismatch revokes the session. */
  authVersion: number
  csrfSecret: string
  createdAt: number
  lastSeenAt: number
  /** Absolute expiry (epoch ms). Idle expiry is `lastSeenAt + idle timeout`. */
  expiresAt: number
  ip: string
  userAgent: string
  /** "Remember me": the cookies get a Max-Age; otherwise they end with the browser. */
  persistent: boolean
  /** When the password was last entered in this session (login or re-authentication). */
  reauthenticatedAt: number
}

/** A session as a list shows it; `idHash` stays on the server (it tells the caller's own row). */
export interface ListedSession extends SessionRecord {
  idHash: string
}

export interface SessionWithUser {
  session: SessionRecord
  user: AuthUser
}

export interface SessionStore {
  create(idHash: string, record: SessionRecord): Promise<void>
  /**
   * The session and its user's current state in one read (SQL: one join). This is the hot path:
   * it runs on every authenticated request, so it must not write.
   */
  findWithUser(idHash: string): Promise<SessionWithUser | null>
  /** Records activity; called at most once a minute per session. */
  touch(idHash: string, lastSeenAt: number): Promise<void>
  delete(idHash: string): Promise<void>
  /** Removes every session of a user, but the one `exceptIdHash` names; returns how many. */
  deleteAllForUser(userId: number, exceptIdHash?: string): Promise<number>
  /** Removes one session of this user by its public id; false when the user has none such. */
  deleteByPublicId(userId: number, publicId: string): Promise<boolean>
  /** The user's sessions, newest activity first (expired ones may be among them). */
  listForUser(userId: number): Promise<ListedSession[]>
  markReauthenticated(idHash: string, at: number): Promise<void>
  /** Removes sessions past their absolute expiry or idle for `idleMs`; returns how many. */
  deleteExpired(now: number, idleMs: number): Promise<number>
  /**
   * This store writing inside `trx`, when it lives in that database (the SQL store), so session
   * changes commit or roll back with the change they belong to. Absent on a store that cannot
   * join a SQL transaction (Redis): the session service then writes after the commit
   * (docs/decisions/0007-atomic-writes.md).
   */
  joinTransaction?(trx: Executor): SessionStore
}
