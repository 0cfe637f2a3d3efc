/**
 * Password flows (part of the user service, createUserService spreads them in): the CLI's
 * `changepassword`, an admin setting a password, and a user changing their own. Every one ends
 * the user's sessions in the same transaction as the new hash and its `password_changed` event
 * (docs/security.md, "Instant revocation"; docs/decisions/0007-atomic-writes.md).
 */
import type { AuditService } from '../audit/audit.service.js'
import type { Db } from '../db/database.js'
import { inTransaction } from '../db/transaction.js'
import type { SessionService, StartedSession, ValidSession } from '../sessions/session.service.js'
import type { AuthUser } from '../users/user.types.js'
import { usernameKey } from '../users/username.js'
import type { LoginService, RequestMeta } from './login.service.js'
import type { PasswordHasher } from './password.hasher.js'
import { validatePassword } from './password.validation.js'
import {
  auditOf,
  strongerAccount,
  type ChangeOptions,
  type FieldErrors,
  type Result,
} from './results.js'
import { findUserById, findUserByKey, replacePassword } from './user.repository.js'

export type OwnPasswordChangeResult =
  | { ok: true; session: StartedSession; sessionsRevoked: number }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | { ok: false; reason: 'invalid'; fields: FieldErrors }
  /** Another change of this user's password (or a revocation) won the race. */
  | { ok: false; reason: 'conflict' }

export interface PasswordFlows {
  /** Sets a new password and revokes every session of the user (auth_version bump). */
  changePassword(
    username: string,
    password: string,
    options?: ChangeOptions,
  ): Promise<Result<{ sessionsRevoked: number }>>
  /** An admin sets a user's password: every session of that user ends. */
  setPassword(
    userId: number,
    password: string,
    options?: ChangeOptions,
  ): Promise<Result<{ sessionsRevoked: number }> | null>
  /**
   * The logged-in user changes their own password: the current one is checked (throttled like a
   * login), every other session ends, and this one continues under a new id. Serialised per user:
   * the write is a compare-and-swap on the `auth_version` the request was authenticated with, so
   * of parallel changes one wins and the others get `conflict`.
   */
  changeOwnPassword(
    auth: ValidSession,
    passwords: { currentPassword: string; newPassword: string },
    meta: RequestMeta,
  ): Promise<OwnPasswordChangeResult>
}

export interface PasswordFlowDeps {
  db: Db
  sessions: SessionService
  login: LoginService
  audit: AuditService
  hasher: PasswordHasher
}

export function createPasswordFlows(deps: PasswordFlowDeps): PasswordFlows {
  const { db, sessions, login, audit, hasher } = deps

  async function setPasswordOf(
    user: AuthUser,
    password: string,
    options: ChangeOptions,
  ): Promise<Result<{ sessionsRevoked: number }>> {
    const errors = validatePassword(password, { username: user.username, email: user.email })
    if (errors.length) return { ok: false, fields: { password: errors } }
    // Hashed before the transaction: it takes a while, and on SQLite a transaction holds the
    // database's one connection.
    const passwordHash = await hasher.hash(password)
    return inTransaction(db, async (scope) => {
      const version = await replacePassword(scope.db, user.id, passwordHash, {
        onlyOrdinary: options.onlyOrdinaryTarget ?? false,
      })
      if (version === null) throw strongerAccount()
      // The auth_version bump already kills every session on the next request; deleting the rows
      // too keeps the table honest for session lists.
      const sessionsRevoked = await sessions.endAllForUser(user.id, undefined, scope)
      await audit.record(
        'password_changed',
        {
          ...auditOf(options),
          userId: user.id,
          username: user.username,
          detail: { via: options.via ?? 'api', sessionsRevoked },
        },
        scope,
      )
      return { ok: true, value: { sessionsRevoked } }
    })
  }

  /** A password change that another change (or a revocation) overtook: nothing was written. */
  async function lostRace(user: AuthUser, meta: RequestMeta): Promise<void> {
    await audit.record('password_change_failed', {
      actor: user,
      userId: user.id,
      username: user.username,
      ...meta,
      detail: { reason: 'conflict' },
    })
  }

  return {
    async changePassword(username, password, options = {}) {
      const user = await findUserByKey(db, usernameKey(username))
      if (!user) return { ok: false, fields: { username: [`User "${username}" does not exist.`] } }
      return setPasswordOf(user, password, options)
    },

    async setPassword(userId, password, options = {}) {
      const user = await findUserById(db, userId)
      return user ? setPasswordOf(user, password, options) : null
    },

    async changeOwnPassword(auth, passwords, meta): Promise<OwnPasswordChangeResult> {
      const { user, session } = auth
      const checked = await login.confirmPassword(user, passwords.currentPassword, {
        ...meta,
        purpose: 'password_change',
        sessionIdHash: auth.idHash,
        expectedAuthVersion: user.authVersion,
      })
      if (!checked.ok) {
        if (checked.reason === 'conflict') await lostRace(user, meta)
        return checked
      }
      const errors = validatePassword(passwords.newPassword, {
        username: user.username,
        email: user.email,
      })
      if (errors.length) return { ok: false, reason: 'invalid', fields: { newPassword: errors } }
      const passwordHash = await hasher.hash(passwords.newPassword)
      // The password, the end of every session, the new one and `password_changed`: all or none.
      const changed = await inTransaction(db, async (scope) => {
        const version = await replacePassword(scope.db, user.id, passwordHash, {
          expectedAuthVersion: user.authVersion,
        })
        if (version === null) return null
        // Every session ends, this one included: it continues under a new id (and the new
        // auth_version, as this very write left it), so a copy of the old cookie is worth nothing.
        // (With Redis both happen after the commit, in this order.)
        const ended = await sessions.endAllForUser(user.id, undefined, scope)
        const next = await sessions.start(
          { ...user, authVersion: version },
          { ...meta, persistent: session.persistent },
          scope,
        )
        const sessionsRevoked = Math.max(0, ended - 1)
        await audit.record(
          'password_changed',
          {
            actor: user,
            userId: user.id,
            username: user.username,
            ...meta,
            detail: { via: 'api', sessionsRevoked },
          },
          scope,
        )
        return { session: next, sessionsRevoked }
      })
      if (!changed) {
        await lostRace(user, meta)
        return { ok: false, reason: 'conflict' }
      }
      return { ok: true, ...changed }
    },
  }
}
