/**
 * What every admin route checks and passes on (admin.routes.ts for users, admin-groups.routes.ts
 * for groups): the error answers it documents, the permitted-and-recently-reauthenticated writer,
 * and the change options (actor, request meta) the services record in the audit log.
 */
import type { ChangeOptions } from '../auth/results.js'
import type { UserService } from '../auth/user.service.js'
import { ApiError } from '../core/errors.js'
import type { SessionService } from '../sessions/session.service.js'
import type { AuthUser } from '../users/user.types.js'
import { commonErrors, errorSchema } from './api.schemas.js'
import { permittedOrThrow, reauthenticatedOrThrow } from './guards.js'
import { requestMeta } from './request-meta.js'

export type AdminRequest = Parameters<typeof requestMeta>[0]

/** The error answers of every admin route, for the OpenAPI document. */
export const adminErrors = { 401: errorSchema, 404: errorSchema, ...commonErrors }

export const superuserOnly = (): ApiError =>
  new ApiError('permission_denied', {
    message: 'Only a superuser may grant staff or superuser status or change groups.',
  })

/** How an admin's change reaches a service: over the API, by this actor, from this request. */
export function adminChangeOptions(actor: AuthUser, request: AdminRequest): ChangeOptions {
  return {
    via: 'api',
    actor,
    ...requestMeta(request),
    onlyOrdinaryTarget: !actor.isSuperuser,
  }
}

/** A permitted caller with a fresh password entry: what every admin write needs. */
export async function adminWriterOrThrow(
  request: AdminRequest,
  services: { users: UserService; sessions: SessionService },
  permission: Parameters<typeof permittedOrThrow>[2],
): Promise<AuthUser> {
  await permittedOrThrow(request, services.users, permission)
  return reauthenticatedOrThrow(request, services.sessions).user
}
