/**
 * The Django side of `sesame import-django-users`: the users, groups and group permissions of a
 * Django project's SQLite database (`django.contrib.auth` with the default user model), read into
 * plain values that `django-import.service.ts` writes into Sesame's.
 *
 * The file is opened read-only and must exist, so the import never writes to, or creates, the
 * database it reads. Everything is read up front and the file is closed before Sesame's database
 * is written. One bad row (a username Sesame cannot accept, two usernames that are one account
 * here) becomes a warning naming it, never the end of the import.
 */
import { statSync } from 'node:fs'
import SqliteDatabase from 'better-sqlite3'
import { djangoPbkdf2Iterations, UNUSABLE_PASSWORD } from './password.hasher.js'
import { normalizeUsername, usernameKey, validateUsername } from '../users/username.js'

/** The file cannot be read as a Django database; the message is one line for the terminal. */
export class DjangoImportError extends Error {
  override readonly name = 'DjangoImportError'
}

export interface DjangoUser {
  /** `auth_user.id`: which Django user this is, whatever its name (stored as `users.django_id`). */
  djangoId: number
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
      djangoId: row.id,
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
  // Django's AutoField; `users.django_id` is a 32-bit integer on PostgreSQL.
  if (!Number.isInteger(row.id) || row.id < 1 || row.id > 2_147_483_647) {
    return 'the id is not a positive 32-bit integer.'
  }
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
