/**
 * The logged-in user's own account: password change, re-authentication, and their sessions
 * (list, end one, end all others). Sensitive actions need the password entered within
 * REAUTH_WINDOW (`reauthenticatedOrThrow`).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { LoginService } from '../auth/login.service.js'
import type { UserService } from '../auth/user.service.js'
import type { Clock } from '../core/clock.js'
import { ApiError, tooManyAttempts } from '../core/errors.js'
import type { SessionService } from '../sessions/session.service.js'
import { authOrThrow } from './session.plugin.js'
import {
  commonErrors,
  errorSchema,
  passwordChangeBodySchema,
  passwordChangeResponseSchema,
  reauthenticateBodySchema,
  reauthenticateResponseSchema,
  revokedResponseSchema,
  sessionIdParamsSchema,
  sessionListResponseSchema,
} from './api.schemas.js'
import {
  clearSessionCookie,
  setAnonymousCsrfCookie,
  setSessionCookies,
  type CookieSettings,
} from './cookies.js'
import { reauthenticatedOrThrow } from './guards.js'
import { iso, toSessionInfo } from './presenters.js'
import { requestMeta } from './request-meta.js'
import { z } from 'zod'

export interface AccountRoutesOptions {
  login: LoginService
  users: UserService
  sessions: SessionService
  clock: Clock
  cookies: CookieSettings
}

/** A throttled or wrong password, or one changed meanwhile, as the API answers it. */
export function refusal(
  result:
    | { reason: 'invalid_credentials' }
    | { reason: 'throttled'; retryAfterSeconds: number }
    | { reason: 'conflict' },
  field: string,
): ApiError {
  if (result.reason === 'throttled') return tooManyAttempts(result.retryAfterSeconds)
  if (result.reason === 'conflict') {
    return new ApiError('conflict', {
      message:
        'Your password was changed by another request at the same time; this change was not applied.',
    })
  }
  return new ApiError('invalid_credentials', {
    message: 'Wrong password.',
    fields: { [field]: ['Wrong password.'] },
  })
}

export const accountRoutes: FastifyPluginAsyncZod<AccountRoutesOptions> = async (app, options) => {
  const { login, users, sessions, clock, cookies } = options
  const authErrors = { 401: errorSchema, ...commonErrors }

  app.post(
    '/api/password/change/',
    {
      schema: {
        summary: 'Change your password: other sessions end, this one gets a new id',
        tags: ['account'],
        body: passwordChangeBodySchema,
        response: { 200: passwordChangeResponseSchema, ...authErrors, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const auth = reauthenticatedOrThrow(request, sessions)
      const result = await users.changeOwnPassword(auth, request.body, requestMeta(request))
      if (!result.ok) {
        if (result.reason === 'invalid') {
          throw new ApiError('invalid_request', {
            message: 'The new password is not acceptable.',
            fields: result.fields,
          })
        }
        throw refusal(result, 'currentPassword')
      }
      setSessionCookies(request, reply, result.session, { ...cookies, now: clock() })
      return { detail: 'Password changed.' }
    },
  )

  app.post(
    '/api/reauthenticate/',
    {
      schema: {
        summary: 'Enter your password again to unlock sensitive actions for REAUTH_WINDOW',
        tags: ['account'],
        body: reauthenticateBodySchema,
        response: { 200: reauthenticateResponseSchema, ...authErrors },
      },
    },
    async (request) => {
      const auth = authOrThrow(request)
      const result = await login.reauthenticate(auth, request.body.password, requestMeta(request))
      if (!result.ok) throw refusal(result, 'password')
      return {
        reauthenticatedUntil: iso(sessions.reauthenticatedUntil({ reauthenticatedAt: result.at })),
      }
    },
  )

  app.get(
    '/api/sessions/',
    {
      schema: {
        summary: 'Your live sessions, most recently active first',
        tags: ['account'],
        response: { 200: sessionListResponseSchema, 401: errorSchema },
      },
    },
    async (request) => {
      const auth = authOrThrow(request)
      const listed = await sessions.listForUser(auth.user.id)
      return { sessions: listed.map((session) => toSessionInfo(session, auth.idHash)) }
    },
  )

  app.delete(
    '/api/sessions/:id/',
    {
      schema: {
        summary:
          "End one of your sessions (404 for anyone else's); another than this one needs re-authentication",
        tags: ['account'],
        params: sessionIdParamsSchema,
        response: { 204: z.null(), 401: errorSchema, 403: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const auth = authOrThrow(request)
      const { id } = request.params
      const current = id === auth.session.publicId
      // Ending another session is "log out that device": like revoke-others, a stolen session
      // must not be able to log the owner out everywhere without the password. Ending one's own
      // is a logout.
      if (!current) reauthenticatedOrThrow(request, sessions)
      const ended = await sessions.revokeOne(auth, id, requestMeta(request))
      // Another user's session answers exactly like one that never existed.
      if (!ended) throw new ApiError('not_found')
      if (current) {
        clearSessionCookie(request, reply, cookies)
        setAnonymousCsrfCookie(request, reply, cookies)
      }
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/sessions/revoke-others/',
    {
      schema: {
        summary: 'End every session of yours but this one ("log out all other devices")',
        tags: ['account'],
        response: { 200: revokedResponseSchema, ...authErrors },
      },
    },
    async (request) => {
      const auth = reauthenticatedOrThrow(request, sessions)
      return { revoked: await sessions.revokeOthers(auth, requestMeta(request)) }
    },
  )
}
