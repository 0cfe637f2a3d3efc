/**
 * GET /api/auth/verify/: forward auth (docs/forward-auth.md). A reverse proxy (nginx
 * `auth_request`) asks it, before each request to a protected upstream written in any language,
 * "who is this, and may this request go through?", passing the browser's own headers (cookies,
 * `Origin`, `Referer`, `Sec-Fetch-Site`, `X-CSRFToken`) and the original method and URI.
 *
 * Answers:
 * - 204 with the user in `X-Sesame-*` headers: the proxy copies them to the upstream.
 * - 401 `not_authenticated`: no valid session.
 * - 403 `csrf_failed`: the original method is not safe and either CSRF layer fails (the same two
 *   layers as Sesame's own routes: the request's origin, then the session's token).
 * - 403 `permission_denied`: the proxy's location asks for a permission
 *   (`X-Sesame-Require-Permission`) the user lacks; read live, like every permission check.
 * - 400 `invalid_request`: no or a malformed `X-Original-Method`, or a malformed permission. The
 *   proxy turns any answer other than 2xx, 401 and 403 into an error: a proxy configured without
 *   the original method fails closed instead of letting an unsafe request pass as a GET.
 * 401 and 403 carry their code in `X-Sesame-Error` too, so the proxy can answer a JSON body of its
 * own.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isValidPermissionName } from '../auth/permissions.js'
import type { UserService } from '../auth/user.service.js'
import { ApiError, type ErrorCode } from '../core/errors.js'
import { checkCsrfToken, checkRequestOrigin, header } from '../security/csrf.js'
import { isUnsafeMethod } from '../security/origin-check.js'

export const VERIFY_PATH = '/api/auth/verify/'

/** An HTTP method token (RFC 9110 `token`, upper case as proxies send it). */
const METHOD = /^[A-Z][A-Z0-9_-]{0,31}$/

/** The response headers, also what the shipped nginx configuration copies to the upstream. */
export const USER_HEADERS = {
  id: 'x-sesame-user-id',
  username: 'x-sesame-username',
  email: 'x-sesame-email',
  isStaff: 'x-sesame-is-staff',
  isSuperuser: 'x-sesame-is-superuser',
  permissions: 'x-sesame-permissions',
} as const
export const ERROR_HEADER = 'x-sesame-error'
export const REQUIRE_PERMISSION_HEADER = 'x-sesame-require-permission'

export interface ForwardAuthOptions {
  users: UserService
  publicOrigin: string | null
  trustedOrigins: readonly string[]
}

/** 401/403 with the code in `X-Sesame-Error` as well as in the body. */
function refusal(code: ErrorCode): ApiError {
  return new ApiError(code, { headers: { [ERROR_HEADER]: code } })
}

export async function forwardAuthRoutes(
  app: FastifyInstance,
  options: ForwardAuthOptions,
): Promise<void> {
  const { users } = options

  app.get(
    VERIFY_PATH,
    {
      schema: {
        summary: 'Forward auth for a reverse proxy: who is this, may the request go through?',
        tags: ['auth'],
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('cache-control', 'no-store')
      const method = header(request, 'x-original-method')
      if (method === undefined || !METHOD.test(method)) {
        throw new ApiError('invalid_request', {
          message: 'X-Original-Method must name the method of the request being checked.',
        })
      }
      const required = header(request, REQUIRE_PERMISSION_HEADER)
      if (required !== undefined && required !== '' && !isValidPermissionName(required)) {
        throw new ApiError('invalid_request', {
          message: 'X-Sesame-Require-Permission must be one permission, app_label.codename.',
        })
      }
      const auth = request.auth
      if (!auth) throw refusal('not_authenticated')

      if (isUnsafeMethod(method)) {
        const failure = checkRequestOrigin(request, options) ?? checkCsrfToken(request, auth)
        if (failure) {
          request.log.warn({ reason: failure, method }, 'forward auth: csrf check failed')
          throw refusal('csrf_failed')
        }
      }

      const { user } = auth
      const permissions = await users.permissionsOf(user)
      // Django's rule: an active superuser holds every permission, an app's own ones too.
      if (required && !user.isSuperuser && !permissions.includes(required)) {
        throw refusal('permission_denied')
      }

      reply
        .header(USER_HEADERS.id, String(user.id))
        // Percent-encoded (encodeURIComponent): a header value cannot carry every character a
        // username or an address may hold.
        .header(USER_HEADERS.username, encodeURIComponent(user.username))
        .header(USER_HEADERS.email, encodeURIComponent(user.email))
        .header(USER_HEADERS.isStaff, String(user.isStaff))
        .header(USER_HEADERS.isSuperuser, String(user.isSuperuser))
        .header(USER_HEADERS.permissions, permissions.join(','))
      return reply.code(204).send()
    },
  )
}
