/**
 * SQL for `sesame import-django-users`: users matched by `username_key` and written with every
 * field Django has, groups upserted by name, and exact sets of group permissions and memberships.
 * Called by `django-import.service.ts` inside the import's transaction, so `db` is usually a
 * Kysely transaction.
 */
import type { Db } from '../db/database.js'

export interface ImportedUser {
  email: string
  passwordHash: string
  isActive: boolean
  isStaff: boolean
  isSuperuser: boolean
  lastLogin: number | null
  dateJoined: number
}

export interface StoredUser extends ImportedUser {
  id: number
  username: string
}

export async function findUserForImport(db: Db, usernameKey: string): Promise<StoredUser | null> {
  const row = await db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'email',
      'password_hash',
      'is_active',
      'is_staff',
      'is_superuser',
      'last_login',
      'date_joined',
    ])
    .where('username_key', '=', usernameKey)
    .executeTakeFirst()
  if (!row) return null
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    passwordHash: row.password_hash,
    isActive: row.is_active === 1,
    isStaff: row.is_staff === 1,
    isSuperuser: row.is_superuser === 1,
    lastLogin: row.last_login,
    dateJoined: row.date_joined,
  }
}

function columns(user: ImportedUser): {
  email: string
  password_hash: string
  is_active: number
  is_staff: number
  is_superuser: number
  last_login: number | null
  date_joined: number
} {
  return {
    email: user.email,
    password_hash: user.passwordHash,
    is_active: user.isActive ? 1 : 0,
    is_staff: user.isStaff ? 1 : 0,
    is_superuser: user.isSuperuser ? 1 : 0,
    last_login: user.lastLogin,
    date_joined: user.dateJoined,
  }
}

/** Inserts a new user and returns its id. */
export async function insertImportedUser(
  db: Db,
  user: ImportedUser & { username: string; usernameKey: string },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      ...columns(user),
      username: user.username,
      username_key: user.usernameKey,
      auth_version: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/**
 * Writes every imported field. With `revoke`, `auth_version` is bumped: every session from before
 * fails its next request, whichever store holds it (the command then deletes them through the
 * session service).
 */
export async function updateImportedUser(
  db: Db,
  id: number,
  user: ImportedUser,
  options: { revoke: boolean },
): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({
      ...columns(user),
      ...(options.revoke ? { auth_version: eb('auth_version', '+', 1) } : {}),
    }))
    .where('id', '=', id)
    .execute()
}

/** The group's id, creating the group when no group has that name. */
export async function upsertGroup(db: Db, name: string): Promise<{ id: number; created: boolean }> {
  const inserted = await db
    .insertInto('groups')
    .values({ name })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .executeTakeFirst()
  if (inserted) return { id: inserted.id, created: true }
  const row = await db
    .selectFrom('groups')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow()
  return { id: row.id, created: false }
}

export async function findGroupPermissions(db: Db, groupId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('group_permissions')
    .select('permission')
    .where('group_id', '=', groupId)
    .execute()
  return rows.map((row) => row.permission)
}

export async function changeGroupPermissions(
  db: Db,
  groupId: number,
  change: { add: readonly string[]; remove: readonly string[] },
): Promise<void> {
  if (change.remove.length) {
    await db
      .deleteFrom('group_permissions')
      .where('group_id', '=', groupId)
      .where('permission', 'in', change.remove)
      .execute()
  }
  if (change.add.length) {
    await db
      .insertInto('group_permissions')
      .values(change.add.map((permission) => ({ group_id: groupId, permission })))
      .execute()
  }
}

export async function findUserGroupIds(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('user_groups')
    .select('group_id')
    .where('user_id', '=', userId)
    .execute()
  return rows.map((row) => row.group_id)
}

export async function changeUserGroups(
  db: Db,
  userId: number,
  change: { add: readonly number[]; remove: readonly number[] },
): Promise<void> {
  if (change.remove.length) {
    await db
      .deleteFrom('user_groups')
      .where('user_id', '=', userId)
      .where('group_id', 'in', change.remove)
      .execute()
  }
  if (change.add.length) {
    await db
      .insertInto('user_groups')
      .values(change.add.map((groupId) => ({ user_id: userId, group_id: groupId })))
      .execute()
  }
}
