/**
 * User rules shared by the HTTP routes and the CLI: creation with validation, admin changes,
 * groups and the permissions they carry; the password flows are in password.service.ts.
 *
 * Revocation rules (docs/security.md, "Instant revocation"): a password change or set, a deactivation and
 * a "log out everywhere" bump `auth_version` and/or delete the session rows, so every older session
 * fails on its very next request on every instance. Permissions and staff/superuser flags are
 * read live on every request, so a change to them needs no revocation to take effect.
 */
import type { AuditService } from '../audit/audit.service.js'
import type { Clock } from '../core/clock.js'
import { hasControlCharacter } from '../core/contract.js'
import { isForeignKeyViolation, type Db, type Executor } from '../db/database.js'
import { inTransaction } from '../db/transaction.js'
import { accountThrottleKeys } from '../security/login.throttle.js'
import type { ThrottleStore } from '../security/throttle.store.js'
import type { SessionService } from '../sessions/session.service.js'
import {
  groupIdsByName,
  groupNamesOfUsers,
  groupPermissionsOfUser,
  setUserGroups,
} from './group.repository.js'
import type { LoginService } from './login.service.js'
import { defaultPasswordHasher, type PasswordHasher } from './password.hasher.js'
import { createPasswordFlows, type PasswordFlows } from './password.service.js'
import {
  auditOf,
  strongerAccount,
  type ChangeOptions,
  type FieldErrors,
  type Result,
} from './results.js'
import { validatePassword } from './password.validation.js'
import { runUserCreatedHook, type UserCreatedHook } from './user-created.js'
import { effectivePermissions } from './permissions.js'
import {
  countUsers,
  deleteUserRow,
  findAuthUserById,
  findUserByKey,
  insertUser,
  listUsers,
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

/** Other rows still refer to the user (a table without `on delete cascade`): nothing is deleted. */
class StillReferenced extends Error {}

const STILL_REFERENCED =
  'Other records still refer to this user (a table without on delete cascade): deactivate the ' +
  'user instead, or remove those records first.'

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const EMAIL_MAX_LENGTH = 254

export interface UserService extends PasswordFlows {
  create(input: NewUserInput, options?: ChangeOptions): Promise<Result<AuthUser>>
  /** Applies an admin's changes; null when there is no such user. */
  update(
    userId: number,
    patch: UserPatch,
    options?: ChangeOptions,
  ): Promise<Result<UserWithGroups> | null>
  /**
   * Deletes a user: their sessions end (on every instance: a Redis store after the commit), their
   * memberships and the app's rows that refer to them with `on delete cascade` go too, and
   * `user_deleted` keeps their name in the audit log (older events keep it too, their id becomes
   * null). How many sessions ended, or null when there is no such user. A row of another table
   * that refers to the user without `on delete cascade` (an app's) refuses it: nothing changes,
   * and `fields.user` says why.
   */
  delete(userId: number, options?: ChangeOptions): Promise<Result<{ sessionsEnded: number }> | null>
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
  /** Every permission name a superuser holds: Sesame's and the app's. Default: Sesame's. */
  knownPermissions?: readonly string[]
  /** The app's "user created" hook (user-created.ts), run in the creating transaction. */
  onUserCreated?: UserCreatedHook
}

function validateEmail(email: string): string[] {
  const control = hasControlCharacter(email)
  return email && (control || email.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(email))
    ? ['Enter a valid email address.']
    : []
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

  /** The deletion's one transaction; a foreign key still pointing at the user rolls it back. */
  function deleteInTransaction(
    userId: number,
    options: ChangeOptions,
  ): Promise<Result<{ sessionsEnded: number }> | null> {
    return inTransaction(db, async (scope) => {
      const user = await findUser(userId, scope.db)
      if (!user) return null
      const sessionsEnded = await sessions.endAllForUser(user.id, undefined, scope)
      // Recorded before the row goes: the event's user id then reads null, like every older
      // event of this user, and the name stays.
      await audit.record(
        'user_deleted',
        {
          ...auditOf(options),
          userId: user.id,
          username: user.username,
          detail: { sessionsEnded, isStaff: user.isStaff, isSuperuser: user.isSuperuser },
        },
        scope,
      )
      try {
        if (!(await deleteUserRow(scope.db, user.id))) return null
      } catch (error) {
        // Thrown on, so the transaction rolls back: sessions, event and all (PostgreSQL has
        // aborted it anyway).
        throw isForeignKeyViolation(error) ? new StillReferenced() : error
      }
      return { ok: true, value: { sessionsEnded } }
    })
  }

  function findUser(userId: number, executor: Executor = db): Promise<AuthUser | null> {
    return findAuthUserById(executor, userId)
  }

  return {
    ...createPasswordFlows({ db, sessions, login, audit, hasher }),

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
        await runUserCreatedHook(deps.onUserCreated, scope.db, user, options.via ?? 'api')
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

    async delete(userId, options = {}) {
      try {
        return await deleteInTransaction(userId, options)
      } catch (error) {
        if (!(error instanceof StillReferenced)) throw error
        return { ok: false, fields: { user: [STILL_REFERENCED] } }
      }
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
      const granted = await groupPermissionsOfUser(db, user.id)
      return effectivePermissions(user, granted, deps.knownPermissions)
    },

    count(): Promise<number> {
      return countUsers(db)
    },
  }
}
