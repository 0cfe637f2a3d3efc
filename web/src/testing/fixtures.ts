/** Shapes shared by the specs, typed by the server's schemas. */
import type { ApiUser } from '../../../server/src/http/api.schemas.js'

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
