/**
 * Every event type Sesame writes to the audit log, in one list: the `AuditEventName` type, the
 * `GET /api/admin/audit/types/` answer (the admin console's type filter) and the docs follow it,
 * so a new event cannot be written without being offered as a filter.
 */
export const AUDIT_EVENT_TYPES = [
  'audit_exported',
  'group_changed',
  'group_created',
  'group_deleted',
  'login_failed',
  'login_succeeded',
  'login_throttled',
  'login_unlocked',
  'logout',
  'password_change_failed',
  'password_changed',
  'reauthenticated',
  'reauthentication_failed',
  'session_revoked',
  'user_changed',
  'user_created',
  'user_deactivated',
  'user_deleted',
  'user_reactivated',
] as const

export type AuditEventName = (typeof AUDIT_EVENT_TYPES)[number]
