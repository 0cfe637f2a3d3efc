/**
 * User rules shared by the HTTP routes and the CLI: creation with validation, password change
 * with revocation of every session.
 */
import type { AuditService } from '../audit/audit.service.js'
import type { Clock } from '../clock.js'
import type { Db } from '../db/database.js'
import type { SessionService } from '../sessions/session.service.js'
import { hashPassword } from './password.hasher.js'
import { validatePassword } from './password.validation.js'
import { countUsers, findUserByKey, insertUser, replacePassword } from './user.repository.js'
import type { AuthUser } from './user.types.js'
import { normalizeUsername, usernameKey, validateUsername } from './username.js'

export type FieldErrors = Record<string, string[]>

export type Result<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors }

export interface NewUserInput {
  username: string
  email?: string
  password: string
  isStaff?: boolean
  isSuperuser?: boolean
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const EMAIL_MAX_LENGTH = 254

/** Where a change came from, for the audit log. */
export interface ChangeOptions {
  via?: 'api' | 'cli'
}

export interface UserService {
  create(input: NewUserInput, options?: ChangeOptions): Promise<Result<AuthUser>>
  /** Sets a new password and revokes every session of the user (auth_version bump). */
  changePassword(
    username: string,
    password: string,
    options?: ChangeOptions,
  ): Promise<Result<{ sessionsRevoked: number }>>
  findByUsername(username: string): Promise<AuthUser | null>
  count(): Promise<number>
}

export interface UserServiceDeps {
  db: Db
  sessions: SessionService
  audit: AuditService
  clock: Clock
}

export function createUserService(deps: UserServiceDeps): UserService {
  const { db, sessions, audit, clock } = deps
  return {
    async create(input, { via = 'api' } = {}): Promise<Result<AuthUser>> {
      const username = normalizeUsername(input.username)
      const email = (input.email ?? '').trim()
      const fields: FieldErrors = {}
      const usernameErrors = validateUsername(username)
      if (usernameErrors.length) fields.username = usernameErrors
      if (email && (email.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(email))) {
        fields.email = ['Enter a valid email address.']
      }
      const passwordErrors = validatePassword(input.password, { username, email })
      if (passwordErrors.length) fields.password = passwordErrors
      if (Object.keys(fields).length) return { ok: false, fields }

      const user = await insertUser(db, {
        username,
        usernameKey: usernameKey(username),
        email,
        passwordHash: await hashPassword(input.password),
        isStaff: input.isStaff ?? false,
        isSuperuser: input.isSuperuser ?? false,
        dateJoined: clock(),
      })
      if (!user) {
        return { ok: false, fields: { username: ['A user with that username already exists.'] } }
      }
      await audit.record('user_created', {
        userId: user.id,
        username: user.username,
        detail: { via, isStaff: user.isStaff, isSuperuser: user.isSuperuser },
      })
      return { ok: true, value: user }
    },

    async changePassword(
      username,
      password,
      { via = 'api' } = {},
    ): Promise<Result<{ sessionsRevoked: number }>> {
      const user = await findUserByKey(db, usernameKey(username))
      if (!user) return { ok: false, fields: { username: [`User "${username}" does not exist.`] } }
      const errors = validatePassword(password, { username: user.username, email: user.email })
      if (errors.length) return { ok: false, fields: { password: errors } }
      await replacePassword(db, user.id, await hashPassword(password))
      // The auth_version bump already kills every session on the next request; deleting the rows
      // too keeps the table honest for session lists.
      const sessionsRevoked = await sessions.endAllForUser(user.id)
      await audit.record('password_changed', {
        userId: user.id,
        username: user.username,
        detail: { via, sessionsRevoked },
      })
      return { ok: true, value: { sessionsRevoked } }
    },

    async findByUsername(username): Promise<AuthUser | null> {
      const user = await findUserByKey(db, usernameKey(username))
      if (!user) return null
      const { passwordHash: _hash, ...rest } = user
      return rest
    },

    count(): Promise<number> {
      return countUsers(db)
    },
  }
}
