/** SQL for groups, their permissions and memberships (CONTRIBUTING.md, Layers). */
import { isUniqueViolation, type Db } from '../db/database.js'

export interface GroupRow {
  id: number
  name: string
  permissions: string[]
}

/** The named permissions a user holds through groups; read on every check, never cached. */
export async function groupPermissionsOfUser(db: Db, userId: number): Promise<string[]> {
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
  db: Db,
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

export async function listGroups(db: Db): Promise<GroupRow[]> {
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

export async function findGroup(db: Db, id: number): Promise<GroupRow | null> {
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
  db: Db,
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
export async function insertGroup(db: Db, name: string): Promise<number | null> {
  const row = await db
    .insertInto('groups')
    .values({ name })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id ?? null
}

/** Renames a group; false when another group has the name. */
export async function renameGroup(db: Db, id: number, name: string): Promise<boolean> {
  try {
    await db.updateTable('groups').set({ name }).where('id', '=', id).execute()
    return true
  } catch (error) {
    if (isUniqueViolation(error)) return false
    throw error
  }
}

export async function setGroupPermissions(
  db: Db,
  groupId: number,
  permissions: readonly string[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('group_permissions').where('group_id', '=', groupId).execute()
    if (permissions.length) {
      await trx
        .insertInto('group_permissions')
        .values([...new Set(permissions)].map((permission) => ({ group_id: groupId, permission })))
        .execute()
    }
  })
}

export async function deleteGroup(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('groups').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** Makes the user's memberships exactly `groupIds`. */
export async function setUserGroups(
  db: Db,
  userId: number,
  groupIds: readonly number[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_groups').where('user_id', '=', userId).execute()
    if (groupIds.length) {
      await trx
        .insertInto('user_groups')
        .values([...new Set(groupIds)].map((groupId) => ({ user_id: userId, group_id: groupId })))
        .execute()
    }
  })
}
