/**
 * Table types for Kysely. Timestamps are epoch milliseconds (integers) so the same code runs on
 * SQLite and PostgreSQL and every comparison uses the injectable clock. Flags are 0/1 integers
 * because better-sqlite3 cannot bind booleans.
 */
import type { Generated } from 'kysely'

export interface UsersTable {
  id: Generated<number>
  username: string
  /** `username` NFKC-normalized and lower-cased: the unique, case-insensitive login key. */
  username_key: string
  email: string
  /** argon2id PHC string, a Django `pbkdf2_sha256$…` hash, or `!` for "no usable password". */
  password_hash: string
  is_active: number
  is_staff: number
  is_superuser: number
  /** Bumped by a password change or set and by deactivation: sessions from before die. */
  auth_version: number
  last_login: number | null
  date_joined: number
  /** `auth_user.id` of the Django user an import created this account from; null otherwise. */
  django_id: number | null
  /**
   * UTS #39 skeletons of the username's lower- and upper-case forms: a new name whose skeleton
   * one of these holds looks like an existing one (unique; null until computed, or for the newer
   * of two look-alikes a database held before they were checked).
   */
  username_skeleton: string | null
  username_skeleton_upper: string | null
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session id in the cookie; the id itself is never stored. */
  id_hash: string
  user_id: number
  auth_version: number
  csrf_secret: string
  created_at: number
  last_seen_at: number
  /** Absolute expiry: created_at + SESSION_ABSOLUTE_TIMEOUT. */
  expires_at: number
  ip: string
  user_agent: string
  /**
   * Random; what users and admins see and revoke by. Unrelated to the secret. Null only for a
   * session an instance on older code created during an upgrade (assigned when first listed).
   */
  public_id: string | null
  /** 1: "remember me" (cookie with Max-Age); 0: a browser-session cookie. */
  persistent: number
  /** When the password was last entered in this session (login or re-authentication). */
  reauthenticated_at: number
}

export interface ThrottleCountersTable {
  key: string
  failures: number
  last_failure_at: number
  /** End of the blocking period whose first refusal was audited (0: none). */
  refusal_logged_until: Generated<number>
  /** How many of `failures` are attempts still being verified (issue #13 item 8). */
  in_flight: Generated<number>
  /** When the last in-flight attempt was counted (epoch ms). */
  in_flight_at: Generated<number>
}

/** Server secrets made once by a migration, the same on every instance (`audit_username_key`). */
export interface SecretsTable {
  name: string
  value: string
}

export interface AuditEventsTable {
  id: Generated<number>
  at: number
  event: string
  user_id: number | null
  username: string | null
  ip: string | null
  user_agent: string | null
  detail: string | null
  /** Who did it (null: the system, the CLI, or an anonymous client); user_id is the target. */
  actor_id: number | null
  actor_username: string | null
}

export interface GroupsTable {
  id: Generated<number>
  name: string
}

export interface GroupPermissionsTable {
  group_id: number
  /** `app_label.codename`, as Django names permissions (`auth.change_user`). */
  permission: string
}

export interface UserGroupsTable {
  user_id: number
  group_id: number
}

export interface Database {
  users: UsersTable
  sessions: SessionsTable
  throttle_counters: ThrottleCountersTable
  audit_events: AuditEventsTable
  groups: GroupsTable
  group_permissions: GroupPermissionsTable
  user_groups: UserGroupsTable
  secrets: SecretsTable
}
