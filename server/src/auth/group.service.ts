/**
 * Groups and the named permissions they carry. Only superusers change them (the routes say so):
 * a group is a bundle of permissions, so editing one is granting them.
 */
import type { AuditService } from '../audit/audit.service.js'
import type { Db } from '../db/database.js'
import { inTransaction, type TransactionScope } from '../db/transaction.js'
import {
  deleteGroup,
  findGroup,
  insertGroup,
  listGroups,
  renameGroup,
  setGroupPermissions,
  type GroupRow,
} from './group.repository.js'
import { isValidPermissionName } from './permissions.js'
import type { ChangeOptions, FieldErrors, Result } from './results.js'

export interface GroupService {
  list(): Promise<GroupRow[]>
  create(
    input: { name: string; permissions: readonly string[] },
    options: ChangeOptions,
  ): Promise<Result<GroupRow>>
  /** null when there is no such group. */
  update(
    id: number,
    patch: { name?: string; permissions?: readonly string[] },
    options: ChangeOptions,
  ): Promise<Result<GroupRow> | null>
  delete(id: number, options: ChangeOptions): Promise<boolean>
}

/** A rename to a name another group has: thrown out of the transaction to roll it back. */
class NameTaken extends Error {}

function validate(input: { name?: string; permissions?: readonly string[] }): FieldErrors {
  const fields: FieldErrors = {}
  if (input.name !== undefined && input.name.trim() === '') fields.name = ['Enter a name.']
  const bad = (input.permissions ?? []).filter((name) => !isValidPermissionName(name))
  if (bad.length) {
    fields.permissions = bad.map(
      (name) => `"${name.slice(0, 100)}" is not a permission name (app_label.codename).`,
    )
  }
  return fields
}

export function createGroupService(deps: { db: Db; audit: AuditService }): GroupService {
  const { db, audit } = deps
  const record = async (
    event: 'group_created' | 'group_changed' | 'group_deleted',
    group: GroupRow,
    options: ChangeOptions,
    scope: TransactionScope,
  ): Promise<void> => {
    await audit.record(
      event,
      {
        actor: options.actor ?? null,
        ip: options.ip ?? null,
        userAgent: options.userAgent ?? null,
        detail: { via: options.via ?? 'api', group: group.name, permissions: group.permissions },
      },
      scope,
    )
  }

  // Each write is one transaction with its event: the group, its permissions (and, through the
  // foreign keys, its memberships) change together with the audit row, or not at all.
  return {
    list: () => listGroups(db),

    async create(input, options) {
      const fields = validate(input)
      if (Object.keys(fields).length) return { ok: false, fields }
      return inTransaction(db, async (scope): Promise<Result<GroupRow>> => {
        const id = await insertGroup(scope.db, input.name.trim())
        if (id === null)
          return { ok: false, fields: { name: ['A group with that name already exists.'] } }
        await setGroupPermissions(scope.db, id, input.permissions)
        const group = (await findGroup(scope.db, id)) as GroupRow
        await record('group_created', group, options, scope)
        return { ok: true, value: group }
      })
    },

    async update(id, patch, options) {
      if (!(await findGroup(db, id))) return null
      const fields = validate(patch)
      if (Object.keys(fields).length) return { ok: false, fields }
      try {
        return await inTransaction(db, async (scope): Promise<Result<GroupRow> | null> => {
          // A taken name fails the statement, and on PostgreSQL the whole transaction with it:
          // out of it, rolled back, then answered.
          if (patch.name !== undefined && !(await renameGroup(scope.db, id, patch.name.trim()))) {
            throw new NameTaken()
          }
          if (patch.permissions !== undefined) {
            await setGroupPermissions(scope.db, id, patch.permissions)
          }
          const group = await findGroup(scope.db, id)
          if (!group) return null
          await record('group_changed', group, options, scope)
          return { ok: true, value: group }
        })
      } catch (error) {
        if (!(error instanceof NameTaken)) throw error
        return { ok: false, fields: { name: ['A group with that name already exists.'] } }
      }
    },

    async delete(id, options) {
      return inTransaction(db, async (scope) => {
        const group = await findGroup(scope.db, id)
        if (!group || !(await deleteGroup(scope.db, id))) return false
        await record('group_deleted', group, options, scope)
        return true
      })
    },
  }
}
