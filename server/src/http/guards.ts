/**
 * Route guards beyond "logged in": fresh re-authentication and named permissions. Both read the
 * current state (the session row, the user's groups) on every request: nothing is cached, so a
 * change takes effect on the very next request, on every instance.
 */
import type { FastifyRequest } from 'fastify'
import type { UserService } from '../auth/user.service.js'
import type { Permission } from '../auth/permissions.js'
import { ApiError } from '../core/errors.js'
import { header } from '../security/csrf.js'
import { checkFetchSite } from '../security/origin-check.js'
import type { SessionService, ValidSession } from '../sessions/session.service.js'
import { authOrThrow } from './session.plugin.js'

/** The caller's session if the password was entered within REAUTH_WINDOW; else 403. */
export function reauthenticatedOrThrow(
  request: FastifyRequest,
  sessions: SessionService,
): ValidSession {
  const auth = authOrThrow(request)
  if (!sessions.isReauthenticated(auth.session)) throw new ApiError('reauthentication_required')
  return auth
}

/**
 * The caller's session if they may use the admin API for this: Django's rule, staff status
 * first, then the permission (a superuser holds every one). 401 anonymous, 403 otherwise.
 */
export async function permittedOrThrow(
  request: FastifyRequest,
  users: UserService,
  permission: Permission,
): Promise<ValidSession> {
  if (!authOrThrow(request).user.isStaff) throw new ApiError('permission_denied')
  return heldPermissionOrThrow(request, users, permission)
}

/**
 * The caller's session if the user holds `permission` now (an app's routes: Django's `has_perm`,
 * no staff rule; a superuser holds every one). 401 anonymous, 403 `permission_denied` otherwise.
 */
export async function heldPermissionOrThrow(
  request: FastifyRequest,
  users: UserService,
  permission: string,
): Promise<ValidSession> {
  const auth = authOrThrow(request)
  if (auth.user.isSuperuser) return auth
  if (!(await users.permissionsOf(auth.user)).includes(permission)) {
    throw new ApiError('permission_denied')
  }
  return auth
}

/**
 * For a `GET` with a side effect: 403 `csrf_failed` when a browser says the request comes from
 * another site (`Sec-Fetch-Site` other than `same-origin` or `none`, unless from a trusted
 * origin; see `checkFetchSite`).
 */
export function sameSiteNavigationOrThrow(
  request: FastifyRequest,
  trustedOrigins: readonly string[],
): void {
  const failure = checkFetchSite({
    secFetchSite: header(request, 'sec-fetch-site'),
    origin: header(request, 'origin'),
    trustedOrigins,
  })
  if (failure) {
    request.log.warn({ reason: failure }, 'csrf check failed')
    throw new ApiError('csrf_failed')
  }
}
