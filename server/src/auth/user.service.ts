/**
 * User rules shared by the HTTP routes and the CLI: creation with validation, password changes
 * with revocation of every session, admin changes, groups and the permissions they carry.
 *
 * Revocation rules (docs/security.md, "Instant revocation"): a password change or set, a deactivation and
 * a "log out everywhere" bump `auth_version` and/or delete the session rows, so every older session
 * fails on its very next request on every instance. Permissions and staff/superuser flags are
 * read live on every request, so a change to them needs no revocation to take effect.
 */
import type { AuditService } from '../audit/audit.service.js'
import type { Clock } from '../core/clock.js'
import { hasControlCharacter } from '../core/contract.js'
import type { Db, Executor } from '../db/database.js'
import { inTransaction } from '../db/transaction.js'
import { ApiError } from '../core/errors.js'
import { accountThrottleKeys } from '../security/login.throttle.js'
import type { ThrottleStore } from '../security/throttle.store.js'
import type { SessionService, StartedSession, ValidSession } from '../sessions/session.service.js'
import {
  groupIdsByName,
  groupNamesOfUsers,
  groupPermissionsOfUser,
  setUserGroups,
} from './group.repository.js'
import type { LoginService, RequestMeta } from './login.service.js'
import { defaultPasswordHasher, type PasswordHasher } from './password.hasher.js'
import { validatePassword } from './password.validation.js'
import { effectivePermissions } from './permissions.js'
import {
  countUsers,
  findUserById,
  findUserByKey,
  insertUser,
  listUsers,
  replacePassword,
  updateUser,
  type UserChanges,
  type UserOrder,
} from './user.repository.js'
import type { AuthUser } from '../users/user.types.js'
import { findLookAlike } from './username-skeleton.repository.js'
import {
  LOOKS_LIKE_EXISTING,
  normalizeUsername,
  usernameKey,
  validateNewUsername,
} from '../users/username.js'

export type FieldErrors = Record<string, string[]>

export type Result<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors }

export interface NewUserInput {
  username: string
  email?: string
  password: string
  isActive?: boolean
  isStaff?: boolean
  isSuperuser?: boolean
  groups?: readonly string[]
}

export interface UserPatch extends UserChanges {
  groups?: readonly string[]
}

/** A user with what an admin sees besides: group names. */
export interface UserWithGroups extends AuthUser {
  groups: string[]
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const EMAIL_MAX_LENGTH = 254

/** Who made a change and from where, for the audit log. */
export interface ChangeOptions {
  via?: 'api' | 'cli'
  /** The logged-in user who did it (absent for the CLI). */
  actor?: AuthUser | null
  ip?: string
  userAgent?: string
  /**
   * Write only if the target is neither staff nor superuser at the moment of the write (an
   * admin who is not a superuser): closes the gap between the route's check and the write.
   */
  onlyOrdinaryTarget?: boolean
}

export type OwnPasswordChangeResult =
  | { ok: true; session: StartedSession; sessionsRevoked: number }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | { ok: false; reason: 'invalid'; fields: FieldErrors }
  /** Another change of this user's password (or a revocation) won the race. */
  | { ok: false; reason: 'conflict' }

export interface UserService {
  create(input: NewUserInput, options?: ChangeOptions): Promise<Result<AuthUser>>
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
  /** Applies an admin's changes; null when there is no such user. */
  update(
    userId: number,
    patch: UserPatch,
    options?: ChangeOptions,
  ): Promise<Result<UserWithGroups> | null>
  /** Ends every session of a user ("log out everywhere"); null when there is no such user. */
  revokeSessions(userId: number, options?: ChangeOptions): Promise<number | null>
  /**
   * Clears the login throttling of an account from every address (`sesame unlock`), recorded as
   * `login_unlocked`; works for any name, existing or not. How many counters were cleared.
   */
  unlock(username: string, options?: ChangeOptions): Promise<number>
  findByUsername(username: string): Promise<AuthUser | null>
  findById(userId: number): Promise<UserWithGroups | null>
  /** A page of users, by username unless `order` says otherwise (ties by id). */
  list(query: {
    search: string
    offset: number
    limit: number
    order?: UserOrder
  }): Promise<{ users: UserWithGroups[]; count: number }>
  /** The user's effective permissions, read now (never cached). */
  permissionsOf(user: AuthUser): Promise<string[]>
  count(): Promise<number>
}

export interface UserServiceDeps {
  db: Db
  sessions: SessionService
  login: LoginService
  audit: AuditService
  throttle: ThrottleStore
  clock: Clock
  /** Default: `defaultPasswordHasher`, the OWASP cost (the tests pass a cheap one). */
  hasher?: PasswordHasher
}

/** The target became staff or superuser between an admin's check and the write. */
function strongerAccount(): ApiError {
  return new ApiError('permission_denied', {
    message: 'Only a superuser may manage a staff or superuser account.',
  })
}

function validateEmail(email: string): string[] {
  const control = hasControlCharacter(email)
  return email && (control || email.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(email))
    ? ['Enter a valid email address.']
    : []
}

/** The audit fields every change shares. */
function auditOf(options: ChangeOptions): {
  actor: AuthUser | null
  ip: string | null
  userAgent: string | null
} {
  return {
    actor: options.actor ?? null,
    ip: options.ip ?? null,
    userAgent: options.userAgent ?? null,
  }
}

export function createUserService(deps: UserServiceDeps): UserService {
  const { db, sessions, login, audit, throttle, clock } = deps
  const hasher = deps.hasher ?? defaultPasswordHasher

  /** Group ids for names, or the field error naming the unknown ones. */
  async function resolveGroups(
    names: readonly string[],
  ): Promise<{ ok: true; ids: number[] } | { ok: false; fields: FieldErrors }> {
    const ids = await groupIdsByName(db, names)
    const unknown = [...new Set(names)].filter((name) => !ids.has(name))
    if (unknown.length) {
      return { ok: false, fields: { groups: unknown.map((name) => `No group named "${name}".`) } }
    }
    return { ok: true, ids: [...ids.values()] }
  }

  async function withGroups(user: AuthUser, executor: Executor = db): Promise<UserWithGroups> {
    const names = await groupNamesOfUsers(executor, [user.id])
    return { ...user, groups: names.get(user.id) ?? [] }
  }

  async function findUser(userId: number, executor: Executor = db): Promise<AuthUser | null> {
    const found = await findUserById(executor, userId)
    if (!found) return null
    const { passwordHash: _hash, ...user } = found
    return user
  }

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
    async create(input, options = {}): Promise<Result<AuthUser>> {
      const username = normalizeUsername(input.username)
      const email = (input.email ?? '').trim()
      const fields: FieldErrors = {}
      const usernameErrors = validateNewUsername(username)
      if (usernameErrors.length) fields.username = usernameErrors
      const emailErrors = validateEmail(email)
      if (emailErrors.length) fields.email = emailErrors
      const passwordErrors = validatePassword(input.password, { username, email })
      if (passwordErrors.length) fields.password = passwordErrors
      const groups = await resolveGroups(input.groups ?? [])
      if (!groups.ok) Object.assign(fields, groups.fields)
      if (Object.keys(fields).length || !groups.ok) return { ok: false, fields }

      const passwordHash = await hasher.hash(input.password)
      // The user, their groups and `user_created`: all of them or none.
      return inTransaction(db, async (scope): Promise<Result<AuthUser>> => {
        const user = await insertUser(scope.db, {
          username,
          usernameKey: usernameKey(username),
          email,
          passwordHash,
          isActive: input.isActive ?? true,
          isStaff: input.isStaff ?? false,
          isSuperuser: input.isSuperuser ?? false,
          dateJoined: clock(),
        })
        if (!user) {
          const taken = await findUserByKey(scope.db, usernameKey(username))
          // Not the name itself: one that looks the same (issue #13 item 12). Which one is not
          // said: an admin can look it up, and a message naming it would list accounts.
          if (!taken && (await findLookAlike(scope.db, username))) {
            return { ok: false, fields: { username: [LOOKS_LIKE_EXISTING] } }
          }
          return { ok: false, fields: { username: ['A user with that username already exists.'] } }
        }
        if (groups.ids.length) await setUserGroups(scope.db, user.id, groups.ids)
        await audit.record(
          'user_created',
          {
            ...auditOf(options),
            userId: user.id,
            username: user.username,
            detail: {
              via: options.via ?? 'api',
              isActive: user.isActive,
              isStaff: user.isStaff,
              isSuperuser: user.isSuperuser,
              ...(input.groups?.length ? { groups: [...input.groups] } : {}),
            },
          },
          scope,
        )
        return { ok: true, value: user }
      })
    },

    async changePassword(username, password, options = {}) {
      const user = await findUserByKey(db, usernameKey(username))
      if (!user) return { ok: false, fields: { username: [`User "${username}" does not exist.`] } }
      return setPasswordOf(user, password, options)
    },

    async setPassword(userId, password, options = {}) {
      const user = await findUser(userId)
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

    async update(userId, patch, options = {}) {
      const before = await findUser(userId)
      if (!before) return null
      const fields: FieldErrors = {}
      const email = patch.email?.trim()
      if (email !== undefined) {
        const emailErrors = validateEmail(email)
        if (emailErrors.length) fields.email = emailErrors
      }
      const groups = patch.groups ? await resolveGroups(patch.groups) : null
      if (groups && !groups.ok) Object.assign(fields, groups.fields)
      if (Object.keys(fields).length) return { ok: false, fields }

      const changes: UserChanges = {}
      if (email !== undefined && email !== before.email) changes.email = email
      if (patch.isActive !== undefined && patch.isActive !== before.isActive) {
        changes.isActive = patch.isActive
      }
      if (patch.isStaff !== undefined && patch.isStaff !== before.isStaff) {
        changes.isStaff = patch.isStaff
      }
      if (patch.isSuperuser !== undefined && patch.isSuperuser !== before.isSuperuser) {
        changes.isSuperuser = patch.isSuperuser
      }
      const beforeGroups = (await withGroups(before)).groups
      const groupsChanged =
        patch.groups !== undefined &&
        [...new Set(patch.groups)].sort().join('\n') !== [...beforeGroups].sort().join('\n')

      // A deactivation revokes: the sessions die now and stay dead after a reactivation.
      const deactivated = changes.isActive === false
      // The row, the groups, the end of the sessions and the event: all of them or none.
      return inTransaction(db, async (scope): Promise<Result<UserWithGroups> | null> => {
        const written = await updateUser(scope.db, userId, changes, {
          revoke: deactivated,
          onlyOrdinary: options.onlyOrdinaryTarget ?? false,
        })
        if (!written) throw strongerAccount()
        if (groups?.ok && groupsChanged) await setUserGroups(scope.db, userId, groups.ids)
        const sessionsRevoked = deactivated
          ? await sessions.endAllForUser(userId, undefined, scope)
          : 0

        const changed = [...Object.keys(changes), ...(groupsChanged ? ['groups'] : [])]
        if (changed.length) {
          const event =
            changes.isActive === false
              ? 'user_deactivated'
              : changes.isActive === true
                ? 'user_reactivated'
                : 'user_changed'
          await audit.record(
            event,
            {
              ...auditOf(options),
              userId,
              username: before.username,
              detail: {
                via: options.via ?? 'api',
                changed,
                ...(changes.isStaff !== undefined ? { isStaff: changes.isStaff } : {}),
                ...(changes.isSuperuser !== undefined ? { isSuperuser: changes.isSuperuser } : {}),
                ...(groupsChanged ? { groups: [...new Set(patch.groups)].sort() } : {}),
                ...(deactivated ? { sessionsRevoked } : {}),
              },
            },
            scope,
          )
        }
        const after = await findUser(userId, scope.db)
        return after ? { ok: true, value: await withGroups(after, scope.db) } : null
      })
    },

    async revokeSessions(userId, options = {}) {
      const user = await findUser(userId)
      if (!user) return null
      return sessions.revokeAll(user, options)
    },

    async unlock(username, options = {}) {
      const key = usernameKey(username)
      const { keys, prefixes } = accountThrottleKeys(key)
      return inTransaction(db, async (scope) => {
        // Counters in Redis cannot join the transaction: they are cleared at once, so an unlock
        // whose event then fails to be stored has still unlocked (it grants nothing).
        const counters = throttle.joinTransaction?.(scope.db) ?? throttle
        const cleared = await counters.clearMatching(keys, prefixes)
        const user = await findUserByKey(scope.db, key)
        await audit.record(
          'login_unlocked',
          {
            ...auditOf(options),
            userId: user?.id ?? null,
            username: user?.username ?? username,
            detail: { via: options.via ?? 'api', countersCleared: cleared },
          },
          scope,
        )
        return cleared
      })
    },

    async findByUsername(username): Promise<AuthUser | null> {
      const user = await findUserByKey(db, usernameKey(username))
      if (!user) return null
      const { passwordHash: _hash, ...rest } = user
      return rest
    },

    async findById(userId) {
      const user = await findUser(userId)
      return user ? withGroups(user) : null
    },

    async list(query) {
      const { users, count } = await listUsers(db, query)
      const names = await groupNamesOfUsers(
        db,
        users.map((user) => user.id),
      )
      return { users: users.map((user) => ({ ...user, groups: names.get(user.id) ?? [] })), count }
    },

    async permissionsOf(user): Promise<string[]> {
      return effectivePermissions(user, await groupPermissionsOfUser(db, user.id))
    },

    count(): Promise<number> {
      return countUsers(db)
    },
  }
}
