/**
 * The user columns every user read selects and their mapping to `AuthUser`: shared by the user
 * repository (auth/) and the session stores (sessions/), which read the user with the session in
 * one query (docs/architecture.md, The hot path). Rows never leave the layer that reads them.
 */
import type { Selectable } from 'kysely'
import type { UsersTable } from '../db/schema.js'
import type { AuthUser } from './user.types.js'

export type UserRow = Selectable<UsersTable>

export const USER_COLUMNS = [
  'users.id',
  'users.username',
  'users.email',
  'users.is_active',
  'users.is_staff',
  'users.is_superuser',
  'users.auth_version',
  'users.last_login',
  'users.date_joined',
] as const

export type UserColumns = Omit<
  UserRow,
  'password_hash' | 'username_key' | 'django_id' | 'username_skeleton' | 'username_skeleton_upper'
>

export function toAuthUser(row: UserColumns): AuthUser {
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    isActive: row.is_active === 1,
    isStaff: row.is_staff === 1,
    isSuperuser: row.is_superuser === 1,
    authVersion: row.auth_version,
    lastLogin: row.last_login,
    dateJoined: row.date_joined,
  }
}
