/**
 * The Django reference setup's endpoints (docs/README.md, Where Sesame comes from),
 * wire-compatible with Django's session auth, plus the SPA's bootstrap:
 * GET /api/session/, POST /api/login/, POST /api/logout/ (GET /api/hello/, the default server's
 * demo route, is in hello.routes.ts: apps built on the plugin bring their own).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { LoginService } from '../auth/login.service.js'
import type { UserService } from '../auth/user.service.js'
import type { Clock } from '../core/clock.js'
import { ApiError, tooManyAttempts } from '../core/errors.js'
import type { SessionService } from '../sessions/session.service.js'
import {
  CSRF_COOKIE,
  clearSessionCookie,
  setAnonymousCsrfCookie,
  sessionCookieMaxAge,
  setCsrfCookie,
  setSessionCookies,
  type CookieSettings,
} from './cookies.js'
import {
  commonErrors,
  errorSchema,
  loginBodySchema,
  loginResponseSchema,
  logoutResponseSchema,
  sessionResponseSchema,
} from './api.schemas.js'
import { toApiUser } from './presenters.js'
import { isWellFormedToken, secretsEqual } from '../sessions/session.token.js'
import { requestMeta as meta } from './request-meta.js'

export interface AuthRoutesOptions {
  login: LoginService
  users: UserService
  sessions: SessionService
  clock: Clock
  cookies: CookieSettings
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, options) => {
  const { login, users, sessions, clock, cookies } = options

  app.get(
    '/api/session/',
    {
      schema: {
        summary: 'Who is logged in; also sets the csrftoken cookie (the SPA bootstrap)',
        tags: ['auth'],
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) => {
      // The SPA reads the CSRF cookie by this name; sent only when it is not Django's default.
      const named = cookies.csrfName === CSRF_COOKIE ? {} : { csrfCookieName: cookies.csrfName }
      // Our cookie names sent twice (tossed from a sibling subdomain): anonymous, and no cookie
      // is set or cleared, so the victim's own cookies survive the toss (issue #13 item 2).
      if (request.ambiguousCookies) return { user: null, ...named }
      const auth = request.auth
      const cookie = request.cookies[cookies.csrfName]
      if (auth) {
        // Re-send the session's token if the browser lost or replaced it.
        if (cookie === undefined || !secretsEqual(cookie, auth.session.csrfSecret)) {
          setCsrfCookie(request, reply, auth.session.csrfSecret, {
            ...cookies,
            maxAge: sessionCookieMaxAge(auth.session, clock()),
          })
        }
        return { user: toApiUser(auth.user, await users.permissionsOf(auth.user)), ...named }
      }
      if (cookie === undefined) setAnonymousCsrfCookie(request, reply, cookies)
      const stale = request.cookies[cookies.sessionName]
      if (stale !== undefined) {
        // A session cookie that no longer works is dropped. One we could have issued belonged to
        // a session that ended (elsewhere, revoked, expired): say so once, the SPA tells the user.
        clearSessionCookie(request, reply, cookies)
        if (isWellFormedToken(stale)) return { user: null, sessionEnded: true, ...named }
      }
      return { user: null, ...named }
    },
  )

  app.post(
    '/api/login/',
    {
      config: { csrf: 'origin-only' },
      schema: {
        summary: 'Log in with username and password; sets a new sessionid and csrftoken',
        tags: ['auth'],
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const previous = request.auth
      const result = await login.login(request.body, meta(request))
      if (!result.ok) {
        if (result.reason === 'throttled') throw tooManyAttempts(result.retryAfterSeconds)
        throw new ApiError('invalid_credentials')
      }
      // Session fixation: whatever session the browser had is ended; the new id is fresh.
      if (previous) await sessions.end(previous.idHash)
      setSessionCookies(request, reply, result.session, { ...cookies, now: clock() })
      return { user: toApiUser(result.user, await users.permissionsOf(result.user)) }
    },
  )

  app.post(
    '/api/logout/',
    {
      schema: {
        summary: 'Log out: the session is destroyed on the server',
        tags: ['auth'],
        response: { 200: logoutResponseSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const auth = request.auth
      if (auth) await sessions.logout(auth, meta(request))
      clearSessionCookie(request, reply, cookies)
      // A new anonymous token: the old one belonged to the ended session.
      setAnonymousCsrfCookie(request, reply, cookies)
      return { detail: 'Logged out.' }
    },
  )
}
