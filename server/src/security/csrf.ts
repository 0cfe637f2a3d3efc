/**
 * CSRF, both layers (docs/security.md, CSRF layers 1 and 2):
 *   1. `checkOrigin` on every unsafe request, before the body is even read (onRequest);
 *   2. for requests that carry a valid session, `X-CSRFToken` must equal that session's secret
 *      (constant-time), except on routes marked `config: { csrf: 'origin-only' }` (login, which
 *      the Django reference client calls without a token, docs/README.md; layer 1 still guards
 *      it against login CSRF).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ApiError } from '../core/errors.js'
import type { ValidSession } from '../sessions/session.service.js'
import { secretsEqual } from '../sessions/session.token.js'
import { checkOrigin, isUnsafeMethod, type OriginCheckFailure } from './origin-check.js'

export const CSRF_HEADER = 'x-csrftoken'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'origin-only' skips layer 2 (the token) for this route; layer 1 always applies. */
    csrf?: 'origin-only'
  }
}

export interface CsrfOptions {
  publicOrigin: string | null
  trustedOrigins: readonly string[]
}

/** The origin the browser sees us at: configured, or derived from this request. */
export function expectedOrigin(request: FastifyRequest, publicOrigin: string | null): string {
  return publicOrigin ?? `${request.protocol}://${request.host}`
}

/**
 * Layer 1 on this request's headers, whatever its method: null when it may proceed, else why not
 * (for the log, never the client). The hook below applies it to unsafe methods; forward auth to
 * the method of the request a proxy checks.
 */
export function checkRequestOrigin(
  request: FastifyRequest,
  options: CsrfOptions,
): OriginCheckFailure | null {
  return checkOrigin({
    secFetchSite: header(request, 'sec-fetch-site'),
    origin: header(request, 'origin'),
    referer: header(request, 'referer'),
    expectedOrigin: expectedOrigin(request, options.publicOrigin),
    trustedOrigins: options.trustedOrigins,
  })
}

export function registerOriginCheck(app: FastifyInstance, options: CsrfOptions): void {
  app.addHook('onRequest', async (request) => {
    if (!isUnsafeMethod(request.method)) return
    const failure = checkRequestOrigin(request, options)
    if (failure) {
      request.log.warn({ reason: failure }, 'csrf check failed')
      throw new ApiError('csrf_failed')
    }
  })
}

/** Layer 2; called once the session is known. Throws `csrf_failed` on a missing or wrong token. */
export function checkCsrfTokenOrThrow(request: FastifyRequest, auth: ValidSession): void {
  if (!isUnsafeMethod(request.method) || request.routeOptions.config.csrf === 'origin-only') {
    return
  }
  const failure = checkCsrfToken(request, auth)
  if (failure) {
    request.log.warn({ reason: failure }, 'csrf check failed')
    throw new ApiError('csrf_failed')
  }
}

/**
 * Whether `X-CSRFToken` equals the session's secret (constant-time): null when it does, else why
 * not (for the log, never the client). Whatever the method: callers decide when it applies.
 */
export function checkCsrfToken(
  request: FastifyRequest,
  auth: ValidSession,
): 'token_missing' | 'token_mismatch' | null {
  const token = header(request, CSRF_HEADER)
  if (token === undefined) return 'token_missing'
  return secretsEqual(token, auth.session.csrfSecret) ? null : 'token_mismatch'
}

/** A request header's value; the first one when it was sent several times. */
export function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}
