/**
 * How `sesame import-django-users` brings an existing account in step with Django (called by
 * `django-import.service.ts` inside the import's transaction): everything for an account the
 * import created, and never a gain for a Sesame account merged with `--merge-existing`.
 */
import type { Executor } from '../db/database.js'
import type { ImportReport } from './django-import.report.js'
import type { DjangoUser } from './django.reader.js'
import {
  changeUserGroups,
  findGroupNames,
  findUserGroupIds,
  updateImportedUser,
  type ImportedUser,
  type StoredUser,
} from './import.repository.js'
import { djangoPbkdf2Iterations, UNUSABLE_PASSWORD } from './password.hasher.js'

// A change to any of these must end the user's sessions (docs/security.md, "Instant revocation").
const REVOKING_CHANGES = new Set(['password_hash', 'is_active', 'is_staff', 'is_superuser'])

/**
 * Brings an existing account in step with Django. `import`: an account the import created gets
 * everything Django has. `merge`: a Sesame account gets Django's email and dates, and its flags
 * and groups only go down (never gains a privilege); what it was not given is reported.
 */
export async function update(
  db: Executor,
  stored: StoredUser,
  user: DjangoUser,
  wantedGroups: readonly number[],
  report: ImportReport,
  mode: 'import' | 'merge',
): Promise<void> {
  const currentGroups = await findUserGroupIds(db, stored.id)
  let next = merged(stored, user)
  let groupsAfter: readonly number[] = wantedGroups
  if (mode === 'merge') {
    next = {
      ...next,
      isActive: stored.isActive && user.isActive,
      isStaff: stored.isStaff && user.isStaff,
      isSuperuser: stored.isSuperuser && user.isSuperuser,
    }
    groupsAfter = currentGroups.filter((id) => wantedGroups.includes(id))
    const withheld = [
      ...flagsLost(
        {
          ...stored,
          isActive: user.isActive,
          isStaff: user.isStaff,
          isSuperuser: user.isSuperuser,
        },
        next,
      ),
      ...(await groupNames(
        db,
        wantedGroups.filter((id) => !currentGroups.includes(id)),
      )),
    ]
    report.users.merged += 1
    report.merged.push({ username: stored.username, withheld })
  }
  if (next.passwordHash === UNUSABLE_PASSWORD && user.passwordHash === UNUSABLE_PASSWORD) {
    report.withoutUsablePassword += 1
  }
  const changed = changedColumns(stored, next)
  const groups = difference(currentGroups, groupsAfter)
  if (groups.add.length || groups.remove.length) changed.push('groups')
  const lost = [...flagsLost(stored, next), ...(await groupNames(db, groups.remove))]
  if (lost.length) report.demoted.push({ username: stored.username, lost })
  if (!changed.length) {
    if (mode === 'import') report.users.unchanged += 1
    return
  }
  const revoke = changed.some((column) => REVOKING_CHANGES.has(column))
  await updateImportedUser(db, stored.id, next, { revoke })
  await changeUserGroups(db, stored.id, groups)
  if (mode === 'import') report.users.updated += 1
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
    ...(mode === 'merge' ? { merged: true } : {}),
  })
}

/** The flags `before` has and `after` has not, as the report names them. */
function flagsLost(before: ImportedUser, after: ImportedUser): string[] {
  return [
    ...(before.isActive && !after.isActive ? ['active'] : []),
    ...(before.isStaff && !after.isStaff ? ['staff'] : []),
    ...(before.isSuperuser && !after.isSuperuser ? ['superuser'] : []),
  ]
}

async function groupNames(db: Executor, ids: readonly number[]): Promise<string[]> {
  return (await findGroupNames(db, ids)).map((name) => `group ${name}`)
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
export function difference<T>(
  current: readonly T[],
  wanted: readonly T[],
): { add: T[]; remove: T[] } {
  const have = new Set(current)
  const want = new Set(wanted)
  return {
    add: [...want].filter((item) => !have.has(item)),
    remove: [...have].filter((item) => !want.has(item)),
  }
}
