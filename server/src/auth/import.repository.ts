/**
 * SQL for `sesame import-django-users`: users found by the Django user they were created from
 * (`django_id`) or by `username_key`, and written with every field Django has, groups upserted by name, and exact sets of group permissions and memberships.
 * Called by `django-import.service.ts` inside the import's transaction, so `db` is usually a
 * Kysely transaction.
 */
import type { Executor } from '../db/database.js'
import { skeletonsOf } from '../users/username.js'

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
  usernameKey: string
  /** The Django user an import created this account from; null: created in Sesame. */
  djangoId: number | null
}

/** The account with this username key, or the one an import created from Django user `djangoId`. */
export async function findUserForImport(
  db: Executor,
  by: { usernameKey: string } | { djangoId: number },
): Promise<StoredUser | null> {
  const row = await db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'username_key',
      'django_id',
      'email',
      'password_hash',
      'is_active',
      'is_staff',
      'is_superuser',
      'last_login',
      'date_joined',
    ])
    .where((eb) =>
      'usernameKey' in by
        ? eb('username_key', '=', by.usernameKey)
        : eb('django_id', '=', by.djangoId),
    )
    .executeTakeFirst()
  if (!row) return null
  return {
    id: row.id,
    username: row.username,
    usernameKey: row.username_key,
    djangoId: row.django_id,
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

/**
 * Inserts a new user created from Django user `djangoId` and returns its id, or null when the name
 * is taken or looks like one that is (a unique violation, which leaves the transaction usable).
 */
export async function insertImportedUser(
  db: Executor,
  user: ImportedUser & { username: string; usernameKey: string; djangoId: number },
): Promise<number | null> {
  const skeletons = skeletonsOf(user.username)
  const row = await db
    .insertInto('users')
    .values({
      ...columns(user),
      username: user.username,
      username_key: user.usernameKey,
      auth_version: 1,
      django_id: user.djangoId,
      username_skeleton: skeletons.lower,
      username_skeleton_upper: skeletons.upper,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id ?? null
}

/** Records that an account an earlier import created came from Django user `djangoId`. */
export async function setDjangoId(db: Executor, id: number, djangoId: number): Promise<void> {
  await db.updateTable('users').set({ django_id: djangoId }).where('id', '=', id).execute()
}

/**
 * Writes every imported field. With `revoke`, `auth_version` is bumped: every session from before
 * fails its next request, whichever store holds it (the command then deletes them through the
 * session service).
 */
export async function updateImportedUser(
  db: Executor,
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
export async function upsertGroup(
  db: Executor,
  name: string,
): Promise<{ id: number; created: boolean }> {
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

/** The names of these groups, sorted. */
export async function findGroupNames(db: Executor, ids: readonly number[]): Promise<string[]> {
  if (!ids.length) return []
  const rows = await db
    .selectFrom('groups')
    .select('name')
    .where('id', 'in', ids)
    .orderBy('name')
    .execute()
  return rows.map((row) => row.name)
}

export async function findGroupPermissions(db: Executor, groupId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('group_permissions')
    .select('permission')
    .where('group_id', '=', groupId)
    .execute()
  return rows.map((row) => row.permission)
}

export async function changeGroupPermissions(
  db: Executor,
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

export async function findUserGroupIds(db: Executor, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('user_groups')
    .select('group_id')
    .where('user_id', '=', userId)
    .execute()
  return rows.map((row) => row.group_id)
}

export async function changeUserGroups(
  db: Executor,
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
