/**
 * The merge rules of `sesame import-django-users`: what `django.reader.ts` read from Django,
 * written into Sesame's database through `import.repository.ts` in one transaction with the
 * sessions it ends and its audit events, idempotent; the rules are above `importDjangoExport`
 * and `importUser`.
 */
import type { AuditService } from '../audit/audit.service.js'
import type { Db, Executor } from '../db/database.js'
import { inTransaction, type TransactionScope } from '../db/transaction.js'
import type { SessionService } from '../sessions/session.service.js'
import type { DjangoExport, DjangoGroup, DjangoUser } from './django.reader.js'
import type { ImportOptions, ImportReport } from './django-import.report.js'
import { difference, update } from './django-import.update.js'
import {
  changeGroupPermissions,
  changeUserGroups,
  findGroupPermissions,
  findUserForImport,
  insertImportedUser,
  setDjangoId,
  upsertGroup,
  type StoredUser,
} from './import.repository.js'
import { djangoPbkdf2Iterations, UNUSABLE_PASSWORD } from './password.hasher.js'
import { findAuthUserById } from './user.repository.js'
import { findLookAlike } from './username-skeleton.repository.js'
import { validateNewUsername } from '../users/username.js'
import { runUserCreatedHook, type UserCreatedHook } from './user-created.js'

export type * from './django-import.report.js'

export interface DjangoImportDeps {
  db: Db
  sessions: SessionService
  audit: AuditService
  /** The app's "user created" hook, run for each created user in the import's transaction. */
  onUserCreated?: UserCreatedHook
}

/**
 * Writes the export into Sesame's database in one transaction: all of it lands, with the end of
 * the sessions of every user signed out and one audit event per created or changed user and
 * group, or none of it. Running it again with the same export changes nothing.
 *
 * Which account a Django user updates (issue #13 item 1): only the one an import created from
 * that same Django user (`users.django_id`), and only while its name is still the same. A Sesame
 * account of the same name that no import created is left alone and reported as skipped, unless
 * `mergeExisting` (see `ImportOptions`). Matching by name alone let a staff member create `OPS`
 * with their own password and have the next import make it Django's superuser `ops`.
 *
 * Passwords: a new user gets Django's hash as is. An existing user's hash follows Django only
 * while it is still a Django `pbkdf2_sha256` hash (the user has not logged in to Sesame since the
 * last import, which would have rehashed it). An argon2id hash (set or rehashed in Sesame) and
 * `!` (no usable password) are never replaced: Sesame owns the password from then on.
 */
export async function importDjangoExport(
  deps: DjangoImportDeps,
  data: DjangoExport,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { db, sessions, audit } = deps
  const report: ImportReport = {
    users: { created: 0, updated: 0, unchanged: 0, merged: 0, skipped: 0 },
    groups: { created: 0, updated: 0, unchanged: 0 },
    withoutUsablePassword: 0,
    signedOut: 0,
    sessionsEnded: 0,
    userOutcomes: [],
    groupOutcomes: [],
    skipped: [],
    merged: [],
    demoted: [],
    adopted: [],
  }
  await inTransaction(db, async (scope) => {
    const groupIds = await importGroups(scope.db, data.groups, report)
    for (const user of data.users)
      await importUser(scope.db, user, groupIds, report, options, deps.onUserCreated)
    // Through the session service: in this transaction with the SQL store; with Redis after the
    // commit (the auth_version bump above has already signed them out).
    for (const outcome of report.userOutcomes) {
      if (!outcome.signedOut) continue
      outcome.sessionsEnded = await sessions.endAllForUser(outcome.userId, undefined, scope)
      report.sessionsEnded += outcome.sessionsEnded
    }
    await recordAudit(audit, report, scope)
  })
  return report
}

/** One event per created or changed group and user, in the import's transaction. */
async function recordAudit(
  audit: AuditService,
  report: ImportReport,
  scope: TransactionScope,
): Promise<void> {
  for (const group of report.groupOutcomes) {
    await audit.record(
      group.event,
      {
        detail: {
          via: 'cli',
          source: 'django',
          group: group.name,
          added: group.added,
          removed: group.removed,
        },
      },
      scope,
    )
  }
  for (const user of report.userOutcomes) {
    await audit.record(
      user.event,
      {
        userId: user.userId,
        username: user.username,
        detail: {
          via: 'cli',
          source: 'django',
          ...(user.merged ? { merged: true } : {}),
          ...(user.changed.length ? { changed: user.changed } : {}),
          ...(user.sessionsEnded ? { sessionsRevoked: user.sessionsEnded } : {}),
        },
      },
      scope,
    )
  }
}

async function importGroups(
  db: Executor,
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

/**
 * One Django user: the account imported from it is updated; a new name is created; a Sesame
 * account of that name is skipped or, with `mergeExisting`, merged without gaining anything.
 *
 * Upgrade: accounts created by an import before `django_id` existed have none. Such an account is
 * recognised, and from then on treated as imported, only while its stored hash is still exactly
 * the Django user's `pbkdf2_sha256` hash: a salted hash nobody can set through Sesame. One whose
 * owner has logged in to Sesame since (argon2id now), or that had no usable password, cannot be
 * told from an account created in Sesame, so it is skipped like one (merge it to keep it in step).
 */
async function importUser(
  db: Executor,
  user: DjangoUser,
  groupIds: ReadonlyMap<string, number>,
  report: ImportReport,
  options: ImportOptions,
  onUserCreated: UserCreatedHook | undefined,
): Promise<void> {
  const wantedGroups = user.groups.flatMap((name) => groupIds.get(name) ?? [])
  const imported = await findUserForImport(db, { djangoId: user.djangoId })
  if (imported) {
    if (imported.usernameKey === user.usernameKey) {
      return update(db, imported, user, wantedGroups, report, 'import')
    }
    return skip(
      report,
      user,
      `imported as "${imported.username}" (Django user #${user.djangoId}); ` +
        'renamed in Django only: left alone.',
    )
  }
  const named = await findUserForImport(db, { usernameKey: user.usernameKey })
  if (!named) return create(db, user, wantedGroups, report, onUserCreated)
  if (named.djangoId === null && isEarlierImport(named, user)) {
    await setDjangoId(db, named.id, user.djangoId)
    report.adopted.push(named.username)
    return update(db, named, user, wantedGroups, report, 'import')
  }
  if (options.mergeExisting) return update(db, named, user, wantedGroups, report, 'merge')
  return skip(
    report,
    user,
    named.djangoId === null
      ? `an account "${named.username}" exists in Sesame and no import created it: left alone ` +
          '(--merge-existing merges it, without giving it any privilege).'
      : `the account "${named.username}" was imported from another Django user ` +
          `(#${named.djangoId}): left alone.`,
  )
}

function isEarlierImport(stored: StoredUser, user: DjangoUser): boolean {
  return (
    djangoPbkdf2Iterations(stored.passwordHash) !== null &&
    stored.passwordHash === user.passwordHash
  )
}

function skip(report: ImportReport, user: DjangoUser, reason: string): void {
  report.users.skipped += 1
  report.skipped.push({ username: user.username, reason })
}

async function create(
  db: Executor,
  user: DjangoUser,
  wantedGroups: readonly number[],
  report: ImportReport,
  onUserCreated: UserCreatedHook | undefined,
): Promise<void> {
  // Only for a new account: one imported before these rules keeps being updated.
  const refused = validateNewUsername(user.username).at(0)
  if (refused !== undefined) return skip(report, user, refused)
  const id = await insertImportedUser(db, user)
  if (id === null) {
    const like = await findLookAlike(db, user.username)
    return skip(
      report,
      user,
      like === null
        ? 'the name is taken: left alone.'
        : `looks like the existing user "${like}": left alone.`,
    )
  }
  await changeUserGroups(db, id, { add: wantedGroups, remove: [] })
  const created = onUserCreated ? await findAuthUserById(db, id) : null
  if (created) await runUserCreatedHook(onUserCreated, db, created, 'django-import')
  report.users.created += 1
  if (user.passwordHash === UNUSABLE_PASSWORD) report.withoutUsablePassword += 1
  report.userOutcomes.push({
    event: 'user_created',
    userId: id,
    username: user.username,
    changed: [],
    signedOut: false,
    sessionsEnded: 0,
  })
}
