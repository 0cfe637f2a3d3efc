/**
 * The two cookies of the wire contract: `sessionid` (HttpOnly) and `csrftoken` (readable by the
 * SPA, which echoes it in `X-CSRFToken`). Both host-only (no Domain), SameSite=Lax, Path=/; their
 * names are settings (SESSION_COOKIE_NAME, CSRF_COOKIE_NAME; `__Host-` names on HTTPS).
 * `csrftoken` is deliberately the only cookie JavaScript can read: the Django reference client
 * (docs/README.md, Where Sesame comes from) reads the first cookie it sees as the token.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { generateToken } from '../sessions/session.token.js'

/** The default names, Django's. */
export const SESSION_COOKIE = 'sessionid'
export const CSRF_COOKIE = 'csrftoken'

/** An anonymous `csrftoken` lives a year, as Django's does; it guards nothing until login. */
const ANONYMOUS_CSRF_MAX_AGE_SECONDS = 365 * 24 * 60 * 60

export type CookieSecurity = boolean | 'auto'

/** How this server names and secures its cookies (from the configuration). */
export interface CookieSettings {
  readonly security: CookieSecurity
  readonly sessionName: string
  readonly csrfName: string
}

/** Secure when configured so, or in 'auto' mode when the request reached us over HTTPS. */
export function isSecureRequest(request: FastifyRequest, security: CookieSecurity): boolean {
  return security === 'auto' ? request.protocol === 'https' : security
}

/**
 * The Max-Age of a session's cookies: up to the absolute expiry with "remember me", none (a
 * browser-session cookie) without.
 */
export function sessionCookieMaxAge(
  session: { expiresAt: number; persistent: boolean },
  now: number,
): number | undefined {
  if (!session.persistent) return undefined
  return Math.max(0, Math.floor((session.expiresAt - now) / 1000))
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { sessionId: string; csrfSecret: string; expiresAt: number; persistent: boolean },
  options: CookieSettings & { now: number },
): void {
  const secure = isSecureRequest(request, options.security)
  const maxAge = sessionCookieMaxAge(session, options.now)
  reply.setCookie(options.sessionName, session.sessionId, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge,
  })
  setCsrfCookie(request, reply, session.csrfSecret, { ...options, maxAge })
}

/** Sets `csrftoken`, the one cookie the SPA can read (`httpOnly: false` on purpose). */
export function setCsrfCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  options: CookieSettings & { maxAge: number | undefined },
): void {
  reply.setCookie(options.csrfName, token, {
    path: '/',
    httpOnly: false,
    sameSite: 'lax',
    secure: isSecureRequest(request, options.security),
    maxAge: options.maxAge,
  })
}

/** Gives an anonymous visitor a `csrftoken` so the SPA always has one to send. */
export function setAnonymousCsrfCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  options: CookieSettings,
): void {
  setCsrfCookie(request, reply, generateToken(), {
    ...options,
    maxAge: ANONYMOUS_CSRF_MAX_AGE_SECONDS,
  })
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  options: CookieSettings,
): void {
  reply.clearCookie(options.sessionName, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(request, options.security),
  })
}
