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

/** What the user may do: their groups' permissions, plus every known one for a superuser. */
export function effectivePermissions(
  user: Pick<AuthUser, 'isActive' | 'isSuperuser'>,
  groupPermissions: readonly string[],
): string[] {
  if (!user.isActive) return []
  const all = new Set(groupPermissions)
  if (user.isSuperuser) for (const name of Object.keys(PERMISSIONS)) all.add(name)
  return [...all].sort()
}
