/**
 * The merge rules of `sesame import-django-users`: what `django.reader.ts` read from Django,
 * written into Sesame's database through `import.repository.ts` in one transaction, idempotent;
 * the rules are above `importDjangoExport`.
 */
import type { Db } from '../db/database.js'
import type { DjangoExport, DjangoGroup, DjangoUser } from './django.reader.js'
import {
  changeGroupPermissions,
  changeUserGroups,
  findGroupPermissions,
  findUserForImport,
  findUserGroupIds,
  insertImportedUser,
  updateImportedUser,
  upsertGroup,
  type ImportedUser,
  type StoredUser,
} from './import.repository.js'
import { djangoPbkdf2Iterations, UNUSABLE_PASSWORD } from './password.hasher.js'

export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
}

/** What the import did to one user, for the audit log. */
export interface UserOutcome {
  event: 'user_created' | 'user_changed' | 'user_deactivated' | 'user_reactivated'
  userId: number
  username: string
  /** Sesame column names that changed (plus `groups`); empty for a created user. */
  changed: string[]
  /** Its sessions must end (flags or password changed); the caller ends them. */
  signedOut: boolean
  sessionsEnded: number
}

export interface GroupOutcome {
  event: 'group_created' | 'group_changed'
  name: string
  added: string[]
  removed: string[]
}

export interface ImportReport {
  users: ImportCounts
  groups: ImportCounts
  /** Users left with no usable password because Django had none Sesame can verify. */
  withoutUsablePassword: number
  /** Users signed out because their flags or password changed. */
  signedOut: number
  /** Sessions ended; filled in by the import command, which ends them. */
  sessionsEnded: number
  userOutcomes: UserOutcome[]
  groupOutcomes: GroupOutcome[]
}

// A change to any of these must end the user's sessions (DESIGN.md, "Instant revocation").
const REVOKING_CHANGES = new Set(['password_hash', 'is_active', 'is_staff', 'is_superuser'])

/**
 * Writes the export into Sesame's database in one transaction: all of it lands, or none. Users
 * are matched by `username_key`; running it again with the same export changes nothing.
 *
 * Passwords: a new user gets Django's hash as is. An existing user's hash follows Django only
 * while it is still a Django `pbkdf2_sha256` hash (the user has not logged in to Sesame since the
 * last import, which would have rehashed it). An argon2id hash (set or rehashed in Sesame) and
 * `!` (no usable password) are never replaced: Sesame owns the password from then on.
 */
export async function importDjangoExport(db: Db, data: DjangoExport): Promise<ImportReport> {
  const report: ImportReport = {
    users: { created: 0, updated: 0, unchanged: 0 },
    groups: { created: 0, updated: 0, unchanged: 0 },
    withoutUsablePassword: 0,
    signedOut: 0,
    sessionsEnded: 0,
    userOutcomes: [],
    groupOutcomes: [],
  }
  await db.transaction().execute(async (trx) => {
    const groupIds = await importGroups(trx, data.groups, report)
    for (const user of data.users) await importUser(trx, user, groupIds, report)
  })
  return report
}

async function importGroups(
  db: Db,
  groups: readonly DjangoGroup[],
  report: ImportReport,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const group of groups) {
    const { id, created } = await upsertGroup(db, group.name)
    ids.set(group.name, id)
    const current = created ? [] : await findGroupPermissions(db, id)
    const change = difference(current, group.permissions)
    await changeGroupPermissions(db, id, change)
    if (created) report.groups.created += 1
    else if (change.add.length || change.remove.length) report.groups.updated += 1
    else report.groups.unchanged += 1
    if (created || change.add.length || change.remove.length) {
      report.groupOutcomes.push({
        event: created ? 'group_created' : 'group_changed',
        name: group.name,
        added: change.add,
        removed: change.remove,
      })
    }
  }
  return ids
}

async function importUser(
  db: Db,
  user: DjangoUser,
  groupIds: ReadonlyMap<string, number>,
  report: ImportReport,
): Promise<void> {
  const wantedGroups = user.groups.flatMap((name) => groupIds.get(name) ?? [])
  const stored = await findUserForImport(db, user.usernameKey)
  if (!stored) {
    const id = await insertImportedUser(db, user)
    await changeUserGroups(db, id, { add: wantedGroups, remove: [] })
    report.users.created += 1
    if (user.passwordHash === UNUSABLE_PASSWORD) report.withoutUsablePassword += 1
    const outcome = {
      userId: id,
      username: user.username,
      changed: [],
      signedOut: false,
      sessionsEnded: 0,
    }
    report.userOutcomes.push({ event: 'user_created', ...outcome })
    return
  }
  const next = merged(stored, user)
  if (next.passwordHash === UNUSABLE_PASSWORD && user.passwordHash === UNUSABLE_PASSWORD) {
    report.withoutUsablePassword += 1
  }
  const changed = changedColumns(stored, next)
  const groups = difference(await findUserGroupIds(db, stored.id), wantedGroups)
  if (groups.add.length || groups.remove.length) changed.push('groups')
  if (!changed.length) {
    report.users.unchanged += 1
    return
  }
  const revoke = changed.some((column) => REVOKING_CHANGES.has(column))
  await updateImportedUser(db, stored.id, next, { revoke })
  await changeUserGroups(db, stored.id, groups)
  report.users.updated += 1
  if (revoke) report.signedOut += 1
  const event =
    stored.isActive === next.isActive
      ? 'user_changed'
      : next.isActive
        ? 'user_reactivated'
        : 'user_deactivated'
  report.userOutcomes.push({
    event,
    userId: stored.id,
    username: stored.username,
    changed,
    signedOut: revoke,
    sessionsEnded: 0,
  })
}

/** The existing user as the import leaves it (see `importDjangoExport` for the password rule). */
function merged(stored: StoredUser, user: DjangoUser): ImportedUser {
  const followsDjango = djangoPbkdf2Iterations(stored.passwordHash) !== null
  return {
    email: user.email,
    passwordHash: followsDjango ? user.passwordHash : stored.passwordHash,
    isActive: user.isActive,
    isStaff: user.isStaff,
    isSuperuser: user.isSuperuser,
    // A login to Sesame since the last import is newer than anything Django knows.
    lastLogin: latest(stored.lastLogin, user.lastLogin),
    dateJoined: user.dateJoined,
  }
}

function changedColumns(stored: ImportedUser, next: ImportedUser): string[] {
  const pairs: Array<[string, unknown, unknown]> = [
    ['email', stored.email, next.email],
    ['password_hash', stored.passwordHash, next.passwordHash],
    ['is_active', stored.isActive, next.isActive],
    ['is_staff', stored.isStaff, next.isStaff],
    ['is_superuser', stored.isSuperuser, next.isSuperuser],
    ['last_login', stored.lastLogin, next.lastLogin],
    ['date_joined', stored.dateJoined, next.dateJoined],
  ]
  return pairs.filter(([, before, after]) => before !== after).map(([column]) => column)
}

function latest(a: number | null, b: number | null): number | null {
  if (a === null) return b
  if (b === null) return a
  return Math.max(a, b)
}

/** What to add to and remove from `current` to make it exactly `wanted`. */
function difference<T>(current: readonly T[], wanted: readonly T[]): { add: T[]; remove: T[] } {
  const have = new Set(current)
  const want = new Set(wanted)
  return {
    add: [...want].filter((item) => !have.has(item)),
    remove: [...have].filter((item) => !want.has(item)),
  }
}
