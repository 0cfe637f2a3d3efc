/**
 * SQL for groups, their permissions and memberships (CONTRIBUTING.md, Layers): on the database
 * or the caller's transaction, never one of its own (group.service.ts and user.service.ts open it).
 */
import { isUniqueViolation, type Executor } from '../db/database.js'

export interface GroupRow {
  id: number
  name: string
  permissions: string[]
}

/** The named permissions a user holds through groups; read on every check, never cached. */
export async function groupPermissionsOfUser(db: Executor, userId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('user_groups')
    .innerJoin('group_permissions', 'group_permissions.group_id', 'user_groups.group_id')
    .select('group_permissions.permission')
    .distinct()
    .where('user_groups.user_id', '=', userId)
    .execute()
  return rows.map((row) => row.permission)
}

/** Group names per user, for a page of users in one query. */
export async function groupNamesOfUsers(
  db: Executor,
  userIds: readonly number[],
): Promise<Map<number, string[]>> {
  const names = new Map<number, string[]>(userIds.map((id) => [id, []]))
  if (userIds.length === 0) return names
  const rows = await db
    .selectFrom('user_groups')
    .innerJoin('groups', 'groups.id', 'user_groups.group_id')
    .select(['user_groups.user_id', 'groups.name'])
    .where('user_groups.user_id', 'in', [...userIds])
    .orderBy('groups.name')
    .execute()
  for (const row of rows) names.get(row.user_id)?.push(row.name)
  return names
}

export async function listGroups(db: Executor): Promise<GroupRow[]> {
  const groups = await db.selectFrom('groups').select(['id', 'name']).orderBy('name').execute()
  const permissions = await db
    .selectFrom('group_permissions')
    .select(['group_id', 'permission'])
    .orderBy('permission')
    .execute()
  return groups.map((group) => ({
    ...group,
    permissions: permissions
      .filter((row) => row.group_id === group.id)
      .map((row) => row.permission),
  }))
}

export async function findGroup(db: Executor, id: number): Promise<GroupRow | null> {
  const group = await db
    .selectFrom('groups')
    .select(['id', 'name'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!group) return null
  const permissions = await db
    .selectFrom('group_permissions')
    .select('permission')
    .where('group_id', '=', id)
    .orderBy('permission')
    .execute()
  return { ...group, permissions: permissions.map((row) => row.permission) }
}

/** The ids of the named groups; names that do not exist are missing from the map. */
export async function groupIdsByName(
  db: Executor,
  names: readonly string[],
): Promise<Map<string, number>> {
  if (names.length === 0) return new Map()
  const rows = await db
    .selectFrom('groups')
    .select(['id', 'name'])
    .where('name', 'in', [...names])
    .execute()
  return new Map(rows.map((row) => [row.name, row.id]))
}

/** Inserts a group; null when the name is taken. */
export async function insertGroup(db: Executor, name: string): Promise<number | null> {
  const row = await db
    .insertInto('groups')
    .values({ name })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id ?? null
}

/** Renames a group; false when another group has the name. */
export async function renameGroup(db: Executor, id: number, name: string): Promise<boolean> {
  try {
    await db.updateTable('groups').set({ name }).where('id', '=', id).execute()
    return true
  } catch (error) {
    if (isUniqueViolation(error)) return false
    throw error
  }
}

/** Makes the group's permissions exactly `permissions`; two statements: run it in a transaction. */
export async function setGroupPermissions(
  db: Executor,
  groupId: number,
  permissions: readonly string[],
): Promise<void> {
  await db.deleteFrom('group_permissions').where('group_id', '=', groupId).execute()
  if (permissions.length) {
    await db
      .insertInto('group_permissions')
      .values([...new Set(permissions)].map((permission) => ({ group_id: groupId, permission })))
      .execute()
  }
}

export async function deleteGroup(db: Executor, id: number): Promise<boolean> {
  const result = await db.deleteFrom('groups').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** Makes the user's memberships exactly `groupIds`; two statements: run it in a transaction. */
export async function setUserGroups(
  db: Executor,
  userId: number,
  groupIds: readonly number[],
): Promise<void> {
  await db.deleteFrom('user_groups').where('user_id', '=', userId).execute()
  if (groupIds.length) {
    await db
      .insertInto('user_groups')
      .values([...new Set(groupIds)].map((groupId) => ({ user_id: userId, group_id: groupId })))
      .execute()
  }
}
