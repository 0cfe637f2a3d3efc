/**
 * `sesame import-django-users`: the users, groups and group permissions of a Django project's
 * SQLite database (`django.contrib.auth` with the default user model), written into Sesame's.
 *
 * Reading: the file is opened read-only and must exist, so the import never writes to, or
 * creates, the database it reads. Everything is read up front into plain values and the file is
 * closed before Sesame's database is written. One bad row (a username Sesame cannot accept, two
 * usernames that are one account here) becomes a warning naming it, never the end of the import.
 *
 * Writing (`importDjangoExport`): one transaction, idempotent; the rules are above that function.
 */
import { statSync } from 'node:fs'
import SqliteDatabase from 'better-sqlite3'
import type { Db } from '../db/database.js'
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
import { normalizeUsername, usernameKey, validateUsername } from './username.js'

/** The file cannot be read as a Django database; the message is one line for the terminal. */
export class DjangoImportError extends Error {
  override readonly name = 'DjangoImportError'
}

export interface DjangoUser {
  /** NFKC-normalized, as Sesame stores usernames. */
  username: string
  usernameKey: string
  /** The Django hash when it is a `pbkdf2_sha256$…` hash Sesame verifies, else `!` (unusable). */
  passwordHash: string
  email: string
  isActive: boolean
  isStaff: boolean
  isSuperuser: boolean
  lastLogin: number | null
  dateJoined: number
  /** Names of the user's groups, sorted. */
  groups: string[]
}

export interface DjangoGroup {
  name: string
  /** `app_label.codename`, as `user.get_all_permissions()` names them; sorted. */
  permissions: string[]
}

export interface DjangoExport {
  users: DjangoUser[]
  groups: DjangoGroup[]
  /** What was left out, each with the reason, for the operator. */
  skipped: string[]
  /** Users of `auth_user` left out. */
  skippedUsers: number
  /** Rows of `auth_user_user_permissions`: Sesame grants permissions through groups only. */
  directPermissions: number
}

const REQUIRED_TABLES = [
  'auth_user',
  'auth_group',
  'auth_user_groups',
  'auth_group_permissions',
  'auth_permission',
  'django_content_type',
]
// Sesame's column sizes (PostgreSQL enforces them; Django's own are the same or smaller).
const PERMISSION_MAX_LENGTH = 100
const GROUP_NAME_MAX_LENGTH = 150
const EMAIL_MAX_LENGTH = 254
const PASSWORD_HASH_MAX_LENGTH = 255

// SQLite columns hold whatever was written; only Django's writes are trusted to be well typed.
interface UserRow {
  id: number
  password: unknown
  last_login: unknown
  is_superuser: unknown
  username: unknown
  email: unknown
  is_staff: unknown
  is_active: unknown
  date_joined: unknown
}

/** Reads everything the import needs; throws `DjangoImportError` when the file is not usable. */
export function readDjangoDatabase(path: string): DjangoExport {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) throw new DjangoImportError(`${path} does not exist.`)
  if (!stat.isFile()) throw new DjangoImportError(`${path} is not a file.`)
  let database: SqliteDatabase.Database
  try {
    database = new SqliteDatabase(path, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new DjangoImportError(`Cannot open ${path}: ${messageOf(error)}`)
  }
  try {
    return readOpened(database, path)
  } catch (error) {
    if (error instanceof DjangoImportError) throw error
    // SQLite reads the header lazily: a file that is not a database fails at the first query.
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') {
      throw new DjangoImportError(`${path} is not a SQLite database.`)
    }
    throw new DjangoImportError(`Cannot read ${path}: ${messageOf(error)}`)
  } finally {
    database.close()
  }
}

function readOpened(database: SqliteDatabase.Database, path: string): DjangoExport {
  const tables = new Set(
    (
      database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string
      }[]
    ).map((row) => row.name),
  )
  const missing = REQUIRED_TABLES.filter((table) => !tables.has(table))
  if (missing.length) {
    throw new DjangoImportError(
      `${path} is not a Django database with django.contrib.auth's default user model ` +
        `(missing tables: ${missing.join(', ')}).`,
    )
  }
  const { groups, skipped } = readGroups(database)
  const groupsOf = new Map<number, string[]>()
  const memberships = database
    .prepare(
      `SELECT ug.user_id, g.name FROM auth_user_groups ug
       JOIN auth_group g ON g.id = ug.group_id ORDER BY g.name`,
    )
    .all() as { user_id: number; name: string }[]
  for (const { user_id, name } of memberships) {
    groupsOf.set(user_id, [...(groupsOf.get(user_id) ?? []), name])
  }
  const rows = database
    .prepare(
      `SELECT id, password, last_login, is_superuser, username, email, is_staff, is_active,
         date_joined FROM auth_user ORDER BY id`,
    )
    .all() as UserRow[]
  const users = toUsers(rows, groupsOf)
  const direct = tables.has('auth_user_user_permissions')
    ? (database.prepare('SELECT count(*) AS n FROM auth_user_user_permissions').get() as Count)
    : { n: 0 }
  return {
    ...users,
    groups,
    skipped: [...users.skipped, ...skipped],
    directPermissions: direct.n,
  }
}

type Count = { n: number }

function readGroups(database: SqliteDatabase.Database): {
  groups: DjangoGroup[]
  skipped: string[]
} {
  const groups = new Map<number, DjangoGroup>()
  const skipped: string[] = []
  const rows = database.prepare('SELECT id, name FROM auth_group ORDER BY name').all() as {
    id: number
    name: string
  }[]
  for (const { id, name } of rows) {
    if (name.length <= GROUP_NAME_MAX_LENGTH) groups.set(id, { name, permissions: [] })
    else skipped.push(`group ${shown(name)}: longer than ${GROUP_NAME_MAX_LENGTH} characters.`)
  }
  // Django names a permission `<app_label>.<codename>` (ModelBackend._get_permissions).
  const permissions = database
    .prepare(
      `SELECT gp.group_id, ct.app_label || '.' || p.codename AS permission
       FROM auth_group_permissions gp
       JOIN auth_permission p ON p.id = gp.permission_id
       JOIN django_content_type ct ON ct.id = p.content_type_id
       ORDER BY permission`,
    )
    .all() as { group_id: number; permission: string }[]
  for (const { group_id, permission } of permissions) {
    const group = groups.get(group_id)
    if (!group) continue
    if (permission.length <= PERMISSION_MAX_LENGTH) group.permissions.push(permission)
    else skipped.push(`permission ${shown(permission)} of group ${shown(group.name)}: too long.`)
  }
  return { groups: [...groups.values()], skipped }
}

function toUsers(
  rows: UserRow[],
  groupsOf: Map<number, string[]>,
): Pick<DjangoExport, 'users' | 'skipped' | 'skippedUsers'> {
  const skipped: string[] = []
  let skippedUsers = 0
  const byKey = new Map<string, DjangoUser[]>()
  for (const row of rows) {
    const name = String(row.username)
    const problem = userProblem(row, name)
    if (problem !== null) {
      skipped.push(`user ${shown(name)}: ${problem}`)
      skippedUsers += 1
      continue
    }
    const username = normalizeUsername(name)
    const user: DjangoUser = {
      username,
      usernameKey: usernameKey(username),
      passwordHash: usableHash(row.password),
      email: String(row.email ?? ''),
      isActive: isTrue(row.is_active),
      isStaff: isTrue(row.is_staff),
      isSuperuser: isTrue(row.is_superuser),
      lastLogin: row.last_login === null ? null : parseDjangoDateTime(row.last_login),
      dateJoined: parseDjangoDateTime(row.date_joined) ?? 0,
      groups: groupsOf.get(row.id) ?? [],
    }
    byKey.set(user.usernameKey, [...(byKey.get(user.usernameKey) ?? []), user])
  }
  const users: DjangoUser[] = []
  for (const same of byKey.values()) {
    const [only] = same
    if (same.length === 1 && only) {
      users.push(only)
      continue
    }
    // Django usernames are case-sensitive, Sesame's are not: `Alice` and `alice` would be one
    // account here. Choosing one would hand an account to the wrong person, so both are left out.
    const names = same.map((user) => shown(user.username)).join(', ')
    skipped.push(`users ${names}: one account in Sesame (usernames ignore case); merge them first.`)
    skippedUsers += same.length
  }
  return { users, skipped, skippedUsers }
}

/** Why a row cannot become a Sesame user, or null when it can. */
function userProblem(row: UserRow, name: string): string | null {
  if (typeof row.username !== 'string') return 'the username is not text.'
  const invalid = validateUsername(name).at(0)
  if (invalid !== undefined) return invalid
  if (parseDjangoDateTime(row.date_joined) === null) return 'date_joined is not a date.'
  if (row.last_login !== null && parseDjangoDateTime(row.last_login) === null) {
    return 'last_login is not a date.'
  }
  if (String(row.email ?? '').length > EMAIL_MAX_LENGTH) {
    return `the email address is longer than ${EMAIL_MAX_LENGTH} characters.`
  }
  return null
}

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
    const outcome = { userId: id, username: user.username, changed: [], sessionsEnded: 0 }
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
  const sessionsEnded = await updateImportedUser(db, stored.id, next, { revoke })
  await changeUserGroups(db, stored.id, groups)
  report.users.updated += 1
  if (revoke) {
    report.signedOut += 1
    report.sessionsEnded += sessionsEnded
  }
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
    sessionsEnded,
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

/**
 * Only `pbkdf2_sha256$…` hashes are carried over: they are what Sesame verifies (and rehashes
 * with argon2id at the next login). Anything else (`!…` unusable, empty, `md5$`, `argon2$`,
 * `bcrypt_sha256$`, …) becomes `!`: the user exists but needs a new password.
 */
function usableHash(password: unknown): string {
  return typeof password === 'string' &&
    password.length <= PASSWORD_HASH_MAX_LENGTH &&
    djangoPbkdf2Iterations(password) !== null
    ? password
    : UNUSABLE_PASSWORD
}

// Django's SQLite backend stores booleans as 0/1 integers.
function isTrue(value: unknown): boolean {
  return value === 1 || value === 1n || value === '1' || value === true
}

const DJANGO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:?\d{2})?$/

/**
 * Epoch milliseconds of a datetime as Django's SQLite backend writes it
 * (`2024-05-01 12:34:56.123456`, UTC when USE_TZ = True; an explicit offset is honoured), or null.
 * Microseconds are cut to milliseconds.
 */
export function parseDjangoDateTime(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const match = DJANGO_DATETIME.exec(value.trim())
  if (!match) return null
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match
  const parts = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const [y, mo, d, h, mi, s] = parts
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3))
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms)
  const check = new Date(utc)
  // Date.UTC rolls 2024-02-30 over into March; a date that does not exist is unreadable.
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return null
  }
  if (zone === 'Z') return utc
  const sign = zone.startsWith('-') ? -1 : 1
  const offsetMinutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))
  return utc - sign * offsetMinutes * 60_000
}

/**
 * A username as the warning shows it: quoted, control characters escaped (a rejected name may
 * hold terminal escape sequences), and cut short.
 */
function shown(username: string): string {
  const cut = username.length > 60 ? `${username.slice(0, 60)}…` : username
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n').join(' ')
}
