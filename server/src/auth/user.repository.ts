/**
 * SQL for users (the Django import's bulk writes live in import.repository.ts). The columns every
 * user read selects, and their mapping to `AuthUser`, are in users/user.columns.ts: the session
 * stores read users too.
 */
import { PostgresAdapter, sql, type RawBuilder } from 'kysely'
import type { UserOrderField } from '../core/contract.js'
import type { Executor } from '../db/database.js'
import type { UsersTable } from '../db/schema.js'
import { USER_COLUMNS, toAuthUser } from '../users/user.columns.js'
import type { AuthUser } from '../users/user.types.js'
import { skeletonsOf } from '../users/username.js'

export async function findUserByKey(
  db: Executor,
  usernameKey: string,
): Promise<(AuthUser & { passwordHash: string }) | null> {
  const row = await db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'users.password_hash'])
    .where('username_key', '=', usernameKey)
    .executeTakeFirst()
  return row ? { ...toAuthUser(row), passwordHash: row.password_hash } : null
}

export interface NewUser {
  username: string
  usernameKey: string
  email: string
  passwordHash: string
  isActive?: boolean
  isStaff: boolean
  isSuperuser: boolean
  dateJoined: number
}

/**
 * Inserts a user; returns null when the username is taken or looks like one that is (a unique
 * violation of `username_key` or of a skeleton column: the database decides, so two requests at
 * once cannot both win).
 */
export async function insertUser(db: Executor, user: NewUser): Promise<AuthUser | null> {
  const skeletons = skeletonsOf(user.username)
  const row = await db
    .insertInto('users')
    .values({
      username: user.username,
      username_key: user.usernameKey,
      email: user.email,
      password_hash: user.passwordHash,
      is_active: user.isActive === false ? 0 : 1,
      is_staff: user.isStaff ? 1 : 0,
      is_superuser: user.isSuperuser ? 1 : 0,
      auth_version: 1,
      last_login: null,
      date_joined: user.dateJoined,
      username_skeleton: skeletons.lower,
      username_skeleton_upper: skeletons.upper,
    })
    .onConflict((oc) => oc.doNothing())
    .returning(USER_COLUMNS)
    .executeTakeFirst()
  return row ? toAuthUser(row) : null
}

/** Replaces the hash without revoking sessions (used to upgrade a Django hash at login). */
/**
 * Upgrades the stored hash of the same password (a rehash), only while `replacing` is still the
 * stored hash: a password change that commits meanwhile is never overwritten with the old one.
 */
export async function updatePasswordHash(
  db: Executor,
  id: number,
  passwordHash: string,
  replacing: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash })
    .where('id', '=', id)
    .where('password_hash', '=', replacing)
    .execute()
}

/**
 * Replaces the hash and bumps `auth_version`, which kills every existing session of the user.
 * Returns the new `auth_version` (read in the same statement, so two changes at once each get
 * their own), or null when no row matched: no such user, or with `onlyOrdinary` a user who is
 * staff or superuser by now.
 */
export async function replacePassword(
  db: Executor,
  id: number,
  passwordHash: string,
  options: { onlyOrdinary?: boolean; expectedAuthVersion?: number } = {},
): Promise<number | null> {
  let query = db
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, auth_version: eb('auth_version', '+', 1) }))
    .where('id', '=', id)
  if (options.onlyOrdinary) query = query.where('is_staff', '=', 0).where('is_superuser', '=', 0)
  // Compare-and-swap: no write when another change (or a revocation) got in first.
  if (options.expectedAuthVersion !== undefined) {
    query = query.where('auth_version', '=', options.expectedAuthVersion)
  }
  const row = await query.returning('auth_version').executeTakeFirst()
  return row?.auth_version ?? null
}

export async function setLastLogin(db: Executor, id: number, at: number): Promise<void> {
  await db.updateTable('users').set({ last_login: at }).where('id', '=', id).execute()
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/** One stored Django `pbkdf2_sha256$…` hash, or null when every account has moved to argon2id. */
export async function findLegacyPasswordHash(db: Executor): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('password_hash', 'like', 'pbkdf2_sha256$%')
    .limit(1)
    .executeTakeFirst()
  return row?.password_hash ?? null
}

export async function findUserById(
  db: Executor,
  id: number,
): Promise<(AuthUser & { passwordHash: string }) | null> {
  const row = await db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'users.password_hash'])
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? { ...toAuthUser(row), passwordHash: row.password_hash } : null
}

/** A user without their password hash: what services hand on (no hash leaves the auth rules). */
export async function findAuthUserById(db: Executor, id: number): Promise<AuthUser | null> {
  const row = await db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? toAuthUser(row) : null
}

/** `%` and `_` match themselves in a LIKE pattern built from user input. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}

export type UserSortField = UserOrderField

export interface UserOrder {
  field: UserSortField
  descending: boolean
}

/** The column each sort field orders by: the only way a client's choice reaches ORDER BY. */
const SORT_COLUMNS = {
  username: 'username_key',
  email: 'email',
  dateJoined: 'date_joined',
  lastLogin: 'last_login',
  isActive: 'is_active',
  isStaff: 'is_staff',
  isSuperuser: 'is_superuser',
} as const satisfies Record<UserSortField, keyof UsersTable>

function sortExpression(
  field: UserSortField,
  postgres: boolean,
): (typeof SORT_COLUMNS)[UserSortField] | RawBuilder<string> {
  if (field !== 'email') return SORT_COLUMNS[field]
  // Case-insensitive, and the same folding on both: SQLite's lower() knows ASCII only, where
  // PostgreSQL's would fold `É` too.
  return postgres
    ? sql<string>`translate(email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`
    : sql<string>`lower(email)`
}

/**
 * A page of users in `order` (by username unless told), ties by id so pages are stable;
 * optionally those whose username or email contains `search`.
 *
 * The same order on every database: text compares by code point (PostgreSQL's "C" collation,
 * SQLite's default BINARY; a PostgreSQL database in `en_US` would otherwise skip punctuation),
 * and users who never logged in come last in both directions (PostgreSQL puts NULL first when
 * descending, SQLite when ascending).
 */
export async function listUsers(
  db: Executor,
  query: { search: string; offset: number; limit: number; order?: UserOrder },
): Promise<{ users: AuthUser[]; count: number }> {
  let base = db.selectFrom('users')
  if (query.search) {
    const pattern = likeContains(query.search.toLowerCase())
    base = base.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['username_key']), 'like', sql<string>`${pattern} escape '\\'`),
        eb(eb.fn('lower', ['email']), 'like', sql<string>`${pattern} escape '\\'`),
      ]),
    )
  }
  const { field, descending } = query.order ?? { field: 'username', descending: false }
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter
  // Code point order, as SQLite's default BINARY collation compares.
  const byCodePoint = postgres && (field === 'username' || field === 'email')
  const rows = await base
    .select(USER_COLUMNS)
    .orderBy(sortExpression(field, postgres), (ob) => {
      const directed = (descending ? ob.desc() : ob.asc()).nullsLast()
      return byCodePoint ? directed.collate('C') : directed
    })
    .orderBy('id', 'asc')
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  const counted = await base
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow()
  return { users: rows.map(toAuthUser), count: Number(counted.count) }
}

export interface UserChanges {
  email?: string
  isActive?: boolean
  isStaff?: boolean
  isSuperuser?: boolean
}

/** Deletes a user; their sessions and memberships go with them (`on delete cascade`). */
export async function deleteUserRow(db: Executor, id: number): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/**
 * Applies the changes; with `revoke` the user's `auth_version` is bumped too, so every session
 * from before stops working on its next request (and stays dead after a reactivation). False when
 * no row matched (with `onlyOrdinary`: the user is staff or superuser by now).
 */
export async function updateUser(
  db: Executor,
  id: number,
  changes: UserChanges,
  options: { revoke: boolean; onlyOrdinary?: boolean },
): Promise<boolean> {
  const flag = (value: boolean | undefined): number | undefined =>
    value === undefined ? undefined : value ? 1 : 0
  if (!options.revoke && Object.values(changes).every((value) => value === undefined)) return true
  let query = db
    .updateTable('users')
    .set((eb) => ({
      ...(changes.email !== undefined ? { email: changes.email } : {}),
      ...(changes.isActive !== undefined ? { is_active: flag(changes.isActive) } : {}),
      ...(changes.isStaff !== undefined ? { is_staff: flag(changes.isStaff) } : {}),
      ...(changes.isSuperuser !== undefined ? { is_superuser: flag(changes.isSuperuser) } : {}),
      ...(options.revoke ? { auth_version: eb('auth_version', '+', 1) } : {}),
    }))
    .where('id', '=', id)
  if (options.onlyOrdinary) query = query.where('is_staff', '=', 0).where('is_superuser', '=', 0)
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}
