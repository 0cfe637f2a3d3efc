/** Shapes shared by the specs, typed by the server's schemas. */
import type { AdminUser, ApiUser, AuditEventInfo, SessionInfo } from '@sesame/server/api'

/** A plain user, as `GET /api/session/` and `POST /api/login/` return it. */
export const alice: ApiUser = {
  id: 1,
  username: 'alice',
  email: '',
  isStaff: false,
  isSuperuser: false,
  lastLogin: null,
  dateJoined: '2026-01-01T00:00:00.000Z',
  permissions: [],
}

/** This browser's session, as `GET /api/sessions/` lists it. */
export const thisSession: SessionInfo = {
  id: 'session-here',
  createdAt: '2026-03-01T09:00:00.000Z',
  lastSeenAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2026-03-15T09:00:00.000Z',
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0',
  browser: 'Chrome',
  os: 'Linux',
  persistent: false,
  current: true,
}

/** Another device's session of the same user. */
export const phoneSession: SessionInfo = {
  id: 'session-phone',
  createdAt: '2026-02-20T18:00:00.000Z',
  lastSeenAt: '2026-02-28T20:30:00.000Z',
  expiresAt: '2026-03-20T18:00:00.000Z',
  ip: '198.51.100.23',
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1',
  browser: 'Safari',
  os: 'iOS',
  persistent: true,
  current: false,
}

/** A superuser, as `GET /api/session/` returns them (a superuser holds every permission). */
export const root: ApiUser = {
  id: 10,
  username: 'root',
  email: 'root@example.com',
  isStaff: true,
  isSuperuser: true,
  lastLogin: '2026-03-01T08:00:00.000Z',
  dateJoined: '2025-12-01T00:00:00.000Z',
  permissions: ['audit.view_event', 'auth.add_user', 'auth.change_user', 'auth.view_user'],
}

/** Staff who may view and change ordinary accounts and read the audit log, but not add users. */
export const staffer: ApiUser = {
  id: 11,
  username: 'sam',
  email: 'sam@example.com',
  isStaff: true,
  isSuperuser: false,
  lastLogin: '2026-03-01T08:30:00.000Z',
  dateJoined: '2026-01-15T00:00:00.000Z',
  permissions: ['audit.view_event', 'auth.change_user', 'auth.view_user'],
}

/** An ordinary account as the admin API shows it. */
export const bob: AdminUser = {
  id: 2,
  username: 'bob',
  email: 'bob@example.com',
  isStaff: false,
  isSuperuser: false,
  isActive: true,
  lastLogin: '2026-02-28T20:30:00.000Z',
  dateJoined: '2026-01-02T00:00:00.000Z',
  permissions: [],
  groups: ['support'],
}

/** bob's failed login, as `GET /api/admin/audit/` lists it. */
export const bobLoginFailed: AuditEventInfo = {
  id: 41,
  at: '2026-03-01T09:15:00.000Z',
  type: 'login_failed',
  actor: null,
  target: { id: 2, username: 'bob' },
  ip: '198.51.100.23',
  userAgent: 'Mozilla/5.0',
  detail: { reason: 'bad_password' },
}
