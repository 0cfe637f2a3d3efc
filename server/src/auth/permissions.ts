/**
 * Named permissions, Django-style (`app_label.codename`): groups carry them, users get them
 * through their groups, a superuser has every one. They are read from the database on every
 * request that checks one, never cached in a cookie or a session, so removing one takes effect
 * on the very next request.
 */
import type { AuthUser } from '../users/user.types.js'

/** The permissions Sesame itself checks (the admin API); groups may carry any others too. */
export const PERMISSIONS = {
  'auth.view_user': 'See users and their sessions',
  'auth.add_user': 'Create users',
  'auth.change_user': "Change users' email and active flag, set passwords, end sessions",
  'auth.delete_user': 'Delete users',
  'auth.view_group': 'See groups and their permissions',
  'audit.view_event': 'Read the audit log',
} as const

export type Permission = keyof typeof PERMISSIONS

/** Django's shape: an app label and a codename; Django's own names (`auth.change_user`) fit. */
const PERMISSION_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/
const PERMISSION_MAX_LENGTH = 100

export function isValidPermissionName(name: string): boolean {
  return name.length <= PERMISSION_MAX_LENGTH && PERMISSION_PATTERN.test(name)
}

/** A permission as `GET /api/admin/permissions/` lists it. */
export interface PermissionInfo {
  name: string
  description: string
  /** Who declared it: `sesame` for Sesame's own, else the app's name. */
  declaredBy: string
}

/** Every permission this server knows: Sesame's own, then those the app declared. */
export interface PermissionRegistry {
  readonly names: readonly string[]
  list(): PermissionInfo[]
}

/**
 * Sesame's permissions plus the app's (`app.permissions`, name → description). Throws on a
 * malformed name or one Sesame already declares, so a typo fails at start-up, not at a request.
 */
export function createPermissionRegistry(
  app: { name: string; permissions: Readonly<Record<string, string>> } | null = null,
): PermissionRegistry {
  const infos: PermissionInfo[] = Object.entries(PERMISSIONS).map(([name, description]) => ({
    name,
    description,
    declaredBy: 'sesame',
  }))
  for (const [name, description] of Object.entries(app?.permissions ?? {})) {
    if (!isValidPermissionName(name)) {
      throw new Error(`Permission "${name}" is not of the form app_label.codename`)
    }
    if (Object.hasOwn(PERMISSIONS, name)) {
      throw new Error(`Permission "${name}" is Sesame's own; give the app's another name`)
    }
    infos.push({ name, description, declaredBy: app?.name ?? 'app' })
  }
  infos.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const names = infos.map((info) => info.name)
  return { names, list: () => infos.map((info) => ({ ...info })) }
}

/**
 * What the user may do: their groups' permissions, plus every known one (`known`: Sesame's and
 * the app's) for a superuser.
 */
export function effectivePermissions(
  user: Pick<AuthUser, 'isActive' | 'isSuperuser'>,
  groupPermissions: readonly string[],
  known: readonly string[] = Object.keys(PERMISSIONS),
): string[] {
  if (!user.isActive) return []
  const all = new Set(groupPermissions)
  if (user.isSuperuser) for (const name of known) all.add(name)
  return [...all].sort()
}
