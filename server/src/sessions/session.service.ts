/**
 * Session lifecycle: start at login, validate on every request, end at logout or revocation.
 *
 * A session is valid only while all of these hold; any failure returns null and never says which:
 * the token is well formed, its hash is in the store, it is within its absolute and idle
 * lifetimes, its user is active, and the user's `auth_version` still equals the one captured at
 * login (password change, deactivation and permission change bump it: instant revocation).
 */
import type { AuditService } from '../audit/audit.service.js'
import type { AuthUser } from '../users/user.types.js'
import type { Clock } from '../core/clock.js'
import type { TransactionScope } from '../db/transaction.js'
import type { ListedSession, SessionStore, SessionWithUser } from './session.store.js'
import { generateToken, hashSessionId, isWellFormedToken, newPublicId } from './session.token.js'

/**
 * Activity is written at most once a minute per session, so the request path stays read-only;
 * the idle timeout is therefore exact to within this interval.
 */
export const TOUCH_INTERVAL_MS = 60_000

export interface StartedSession {
  /** The secret for the `sessionid` cookie; never logged, never stored. */
  sessionId: string
  csrfSecret: string
  expiresAt: number
  persistent: boolean
}

export interface StartOptions {
  ip: string
  userAgent: string
  /** "Remember me"; default true (Django's default: the cookie outlives the browser). */
  persistent?: boolean
}

export interface ValidSession extends SessionWithUser {
  idHash: string
}

/** Where a request came from, for the audit log. */
export interface SessionRequestMeta {
  ip: string
  userAgent: string
}

/** Who ends the sessions and from where, for the audit log. */
export interface RevocationOptions {
  via?: 'api' | 'cli'
  /** The logged-in user who did it (absent for the CLI). */
  actor?: AuthUser | null
  ip?: string
  userAgent?: string
}

/**
 * The writes below take an optional `scope`: the transaction of the change they belong to
 * (db/transaction.ts). The SQL store writes inside it; a store that cannot join it (Redis) writes
 * after the commit, and what the caller needs before (a count, whether a session exists) is read
 * at the call (docs/decisions/0007-atomic-writes.md).
 */
export interface SessionService {
  /** A new session; the password was just entered, so it starts re-authenticated. */
  start(user: AuthUser, options: StartOptions, scope?: TransactionScope): Promise<StartedSession>
  validate(sessionId: string | undefined): Promise<ValidSession | null>
  /** Ends a session without an audit event (a login replacing the browser's old session). */
  end(idHash: string): Promise<void>
  /**
   * Ends every session of the user, but `exceptIdHash`'s when given; returns how many. In
   * `scope`, for a change that bumps `auth_version` in that transaction: with Redis the sessions
   * are deleted after the commit (the bump has already revoked them).
   */
  endAllForUser(userId: number, exceptIdHash?: string, scope?: TransactionScope): Promise<number>
  /**
   * Ends every session of the user, recorded as `session_revoked` (scope `all`) in one
   * transaction ("log out everywhere": an admin or `sesame revoke-sessions`); how many.
   */
  revokeAll(user: AuthUser, options: RevocationOptions): Promise<number>
  /** Ends one of the user's sessions by public id; false when the user has no such session. */
  endByPublicId(userId: number, publicId: string): Promise<boolean>
  /** Logout: ends this session, recorded as `logout`. */
  logout(auth: ValidSession, meta: SessionRequestMeta): Promise<void>
  /**
   * The user ends one of their sessions by public id (`current`: this one), recorded as
   * `session_revoked`; false (nothing recorded) when the user has no such session.
   */
  revokeOne(auth: ValidSession, publicId: string, meta: SessionRequestMeta): Promise<boolean>
  /** The user ends every session of theirs but this one, recorded as `session_revoked`. */
  revokeOthers(auth: ValidSession, meta: SessionRequestMeta): Promise<number>
  /** The user's live sessions, most recently active first. */
  listForUser(userId: number): Promise<ListedSession[]>
  /** Records that the password was entered again in this session, now. */
  markReauthenticated(idHash: string, scope?: TransactionScope): Promise<number>
  /** Until when the session may do password-protected actions without asking again. */
  reauthenticatedUntil(session: { reauthenticatedAt: number }): number
  isReauthenticated(session: { reauthenticatedAt: number }): boolean
  clearExpired(): Promise<number>
}

export interface SessionServiceOptions {
  store: SessionStore
  audit: AuditService
  clock: Clock
  idleTimeoutMs: number
  absoluteTimeoutMs: number
  /** How long a password entry covers sensitive actions (REAUTH_WINDOW). */
  reauthWindowMs: number
}

/** Bounds what we keep of client-controlled strings. */
const MAX_USER_AGENT_LENGTH = 512

export function createSessionService(options: SessionServiceOptions): SessionService {
  const { store, audit, clock, idleTimeoutMs, absoluteTimeoutMs, reauthWindowMs } = options
  const isLive = (session: { expiresAt: number; lastSeenAt: number }, now: number): boolean =>
    now < session.expiresAt && now < session.lastSeenAt + idleTimeoutMs
  // With a very short idle timeout, activity must be recorded well within it, or an active
  // session would be ended for looking idle.
  const touchIntervalMs = Math.min(TOUCH_INTERVAL_MS, Math.floor(idleTimeoutMs / 2))

  /** The store inside `scope` (the SQL store joins it), or null when it cannot join (Redis). */
  const joinedStore = (scope: TransactionScope): SessionStore | null =>
    store.joinTransaction?.(scope.db) ?? null

  /**
   * A store write that is part of `scope`: in the transaction when the store can join it, else
   * (Redis) after the commit (a session granted or an auth_version bump's cleanup: nothing of a
   * rolled-back change may stay). Without a scope, at once.
   */
  async function write(
    scope: TransactionScope | undefined,
    step: (target: SessionStore) => Promise<unknown>,
  ): Promise<void> {
    const joined = scope ? joinedStore(scope) : store
    if (joined) await step(joined)
    else scope?.afterCommit(() => step(store))
  }

  async function endAll(
    userId: number,
    exceptIdHash: string | undefined,
    scope: TransactionScope | undefined,
  ): Promise<number> {
    const joined = scope ? joinedStore(scope) : store
    if (joined) return joined.deleteAllForUser(userId, exceptIdHash)
    // The audit event, written before the commit, counts the sessions there now.
    const count = (await store.listForUser(userId)).filter(
      (session) => session.idHash !== exceptIdHash,
    ).length
    scope?.afterCommit(() => store.deleteAllForUser(userId, exceptIdHash))
    return count
  }

  return {
    async start(user, meta, scope): Promise<StartedSession> {
      const now = clock()
      const sessionId = generateToken()
      const csrfSecret = generateToken()
      const expiresAt = now + absoluteTimeoutMs
      const persistent = meta.persistent ?? true
      const idHash = hashSessionId(sessionId)
      const record = {
        publicId: newPublicId(),
        userId: user.id,
        authVersion: user.authVersion,
        csrfSecret,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: meta.ip.slice(0, 64),
        userAgent: meta.userAgent.slice(0, MAX_USER_AGENT_LENGTH),
        persistent,
        reauthenticatedAt: now,
      }
      await write(scope, (target) => target.create(idHash, record))
      return { sessionId, csrfSecret, expiresAt, persistent }
    },

    async validate(sessionId): Promise<ValidSession | null> {
      // Garbage never reaches the store: no lookup for a value we could not have issued.
      if (sessionId === undefined || !isWellFormedToken(sessionId)) return null
      const idHash = hashSessionId(sessionId)
      const found = await store.findWithUser(idHash)
      if (!found) return null
      const { session, user } = found
      const now = clock()
      const expired = !isLive(session, now)
      const revoked = !user.isActive || user.authVersion !== session.authVersion
      if (expired || revoked) {
        await store.delete(idHash)
        return null
      }
      if (now - session.lastSeenAt >= touchIntervalMs) {
        await store.touch(idHash, now)
        session.lastSeenAt = now
      }
      return { idHash, session, user }
    },

    async end(idHash): Promise<void> {
      await store.delete(idHash)
    },

    endAllForUser: endAll,

    async endByPublicId(userId, publicId): Promise<boolean> {
      return store.deleteByPublicId(userId, publicId)
    },

    // Pure revocations end the sessions first, outside any transaction, on every store: if the
    // event then fails to be stored, the client gets a 500 but the sessions stay ended. A
    // revocation without its record beats a record-less failure that leaves a session alive
    // (docs/decisions/0007-atomic-writes.md).
    async logout(auth, meta): Promise<void> {
      const { user } = auth
      await store.delete(auth.idHash)
      await audit.record('logout', {
        actor: user,
        userId: user.id,
        username: user.username,
        ...meta,
      })
    },

    async revokeOne(auth, publicId, meta): Promise<boolean> {
      const { user } = auth
      const current = publicId === auth.session.publicId
      if (!(await store.deleteByPublicId(user.id, publicId))) return false
      await audit.record('session_revoked', {
        actor: user,
        userId: user.id,
        username: user.username,
        ...meta,
        detail: { via: 'api', scope: 'one', session: publicId, current },
      })
      return true
    },

    async revokeAll(user, options): Promise<number> {
      const revoked = await store.deleteAllForUser(user.id)
      await audit.record('session_revoked', {
        actor: options.actor ?? null,
        userId: user.id,
        username: user.username,
        ip: options.ip ?? null,
        userAgent: options.userAgent ?? null,
        detail: { via: options.via ?? 'api', scope: 'all', sessionsRevoked: revoked },
      })
      return revoked
    },

    async revokeOthers(auth, meta): Promise<number> {
      const { user } = auth
      const revoked = await store.deleteAllForUser(user.id, auth.idHash)
      await audit.record('session_revoked', {
        actor: user,
        userId: user.id,
        username: user.username,
        ...meta,
        detail: { via: 'api', scope: 'others', sessionsRevoked: revoked },
      })
      return revoked
    },

    async listForUser(userId): Promise<ListedSession[]> {
      const now = clock()
      return (await store.listForUser(userId)).filter((session) => isLive(session, now))
    },

    async markReauthenticated(idHash, scope): Promise<number> {
      const now = clock()
      await write(scope, (target) => target.markReauthenticated(idHash, now))
      return now
    },

    reauthenticatedUntil(session): number {
      return session.reauthenticatedAt + reauthWindowMs
    },

    isReauthenticated(session): boolean {
      return clock() < session.reauthenticatedAt + reauthWindowMs
    },

    async clearExpired(): Promise<number> {
      return store.deleteExpired(clock(), idleTimeoutMs)
    },
  }
}
