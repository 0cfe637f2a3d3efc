/** Shapes shared by the specs, typed by the server's schemas. */
import type { ApiUser, SessionInfo } from '../../../server/src/http/api.schemas.js'

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
