/**
 * Resolves `request.auth` from the session cookie (`sessionid`, or SESSION_COOKIE_NAME) before
 * validation, then applies CSRF layer 2. One store read per request that carries a cookie, and no
 * write on most requests. A request whose Cookie header holds the name twice is anonymous
 * (security/cookie-tossing.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ApiError } from '../core/errors.js'
import { checkCsrfTokenOrThrow } from '../security/csrf.js'
import type { SessionService, ValidSession } from '../sessions/session.service.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's valid session and user, or null for anonymous requests. */
    auth: ValidSession | null
  }
  interface FastifyContextConfig {
    /** false: this route never looks at the session (health checks, static files). */
    session?: false
  }
}

export function registerSessionResolution(
  app: FastifyInstance,
  sessions: SessionService,
  cookieName: string,
): void {
  app.decorateRequest('auth', null)
  app.addHook('preValidation', async (request) => {
    if (request.ambiguousCookies || request.routeOptions.config.session === false) return
    const auth = await sessions.validate(request.cookies[cookieName])
    request.auth = auth
    if (auth) checkCsrfTokenOrThrow(request, auth)
  })
}

/** The caller's session, or a 401 `not_authenticated`. */
export function authOrThrow(request: FastifyRequest): ValidSession {
  if (!request.auth) throw new ApiError('not_authenticated')
  return request.auth
}
