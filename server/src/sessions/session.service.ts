/**
 * Session lifecycle: start at login, validate on every request, end at logout or revocation.
 *
 * A session is valid only while all of these hold; any failure returns null and never says which:
 * the token is well formed, its hash is in the store, it is within its absolute and idle
 * lifetimes, its user is active, and the user's `auth_version` still equals the one captured at
 * login (password change, deactivation and permission change bump it: instant revocation).
 */
import type { AuthUser } from '../auth/user.types.js'
import type { Clock } from '../clock.js'
import type { SessionStore, SessionWithUser } from './session.store.js'
import { generateToken, hashSessionId, isWellFormedToken } from './session.token.js'

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
}

export interface ValidSession extends SessionWithUser {
  idHash: string
}

export interface SessionService {
  start(user: AuthUser, meta: { ip: string; userAgent: string }): Promise<StartedSession>
  validate(sessionId: string | undefined): Promise<ValidSession | null>
  end(idHash: string): Promise<void>
  endAllForUser(userId: number): Promise<number>
  clearExpired(): Promise<number>
}

export interface SessionServiceOptions {
  store: SessionStore
  clock: Clock
  idleTimeoutMs: number
  absoluteTimeoutMs: number
}

/** Bounds what we keep of client-controlled strings. */
const MAX_USER_AGENT_LENGTH = 512

export function createSessionService(options: SessionServiceOptions): SessionService {
  const { store, clock, idleTimeoutMs, absoluteTimeoutMs } = options
  // With a very short idle timeout, activity must be recorded well within it, or an active
  // session would be ended for looking idle.
  const touchIntervalMs = Math.min(TOUCH_INTERVAL_MS, Math.floor(idleTimeoutMs / 2))

  return {
    async start(user, meta): Promise<StartedSession> {
      const now = clock()
      const sessionId = generateToken()
      const csrfSecret = generateToken()
      const expiresAt = now + absoluteTimeoutMs
      await store.create(hashSessionId(sessionId), {
        userId: user.id,
        authVersion: user.authVersion,
        csrfSecret,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: meta.ip.slice(0, 64),
        userAgent: meta.userAgent.slice(0, MAX_USER_AGENT_LENGTH),
      })
      return { sessionId, csrfSecret, expiresAt }
    },

    async validate(sessionId): Promise<ValidSession | null> {
      // Garbage never reaches the store: no lookup for a value we could not have issued.
      if (sessionId === undefined || !isWellFormedToken(sessionId)) return null
      const idHash = hashSessionId(sessionId)
      const found = await store.findWithUser(idHash)
      if (!found) return null
      const { session, user } = found
      const now = clock()
      const expired = now >= session.expiresAt || now >= session.lastSeenAt + idleTimeoutMs
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

    async endAllForUser(userId): Promise<number> {
      return store.deleteAllForUser(userId)
    },

    async clearExpired(): Promise<number> {
      return store.deleteExpired(clock(), idleTimeoutMs)
    },
  }
}
