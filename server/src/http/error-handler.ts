/**
 * One shape for every error (docs/errors.md): `{"error": {"code", "message", "fields"?}}`.
 * Client mistakes map to their 4xx code; anything unexpected is a 500 whose body says nothing
 * and whose details go to the log only.
 */
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { ApiError, errorBody, type ErrorCode } from '../core/errors.js'
import { drainUnreadBody } from './drain.js'
import { isSpaPath, type SpaFallback } from './spa.js'
import { isUnavailableError, UNAVAILABLE_RETRY_AFTER_SECONDS } from './unavailable.js'

/** Fastify's own client-error codes and what they mean in our vocabulary. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_request',
}

/** A validation failure of Fastify's default (ajv) compiler: `validation` lists the issues. */
function isSchemaValidationError(
  error: FastifyError,
): error is FastifyError & { validation: Array<{ instancePath: string; message?: string }> } {
  return (
    error.code === 'FST_ERR_VALIDATION' &&
    Array.isArray(error.validation) &&
    error.validation.every((issue) => typeof issue.instancePath === 'string')
  )
}

export function registerErrorHandlers(
  app: FastifyInstance,
  options: { spa: SpaFallback | null },
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // Refused before its body was read: read it away (bounded) so the client gets this answer.
    drainUnreadBody(request, reply)
    if (error instanceof ApiError) {
      return reply.code(error.status).headers(error.headers).send(error.toBody())
    }
    // zod's (Sesame's routes) or Fastify's own JSON Schema validation (an app's routes).
    if (hasZodFastifySchemaValidationErrors(error) || isSchemaValidationError(error)) {
      const fields: Record<string, string[]> = {}
      for (const issue of error.validation) {
        // Fastify's JSON Schema names a missing property in `params`, not in the path.
        const missing = (issue.params as { missingProperty?: unknown } | undefined)?.missingProperty
        const at = issue.instancePath + (typeof missing === 'string' ? `/${missing}` : '')
        const path = at.replace(/^\//, '').replaceAll('/', '.') || 'body'
        ;(fields[path] ??= []).push(issue.message ?? 'Invalid value.')
      }
      return reply.code(400).send(new ApiError('invalid_request', { fields }).toBody())
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined
    if (mapped) {
      const apiError = new ApiError(mapped)
      return reply.code(apiError.status).send(apiError.toBody())
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.warn({ code: error.code }, 'unmapped client error')
      return reply.code(400).send(errorBody('invalid_request'))
    }
    if (isUnavailableError(error)) {
      // The database or Redis is down or overloaded: retry later, never a 500 (issue #6).
      request.log.error({ err: error }, 'backing service unavailable')
      return reply
        .code(503)
        .header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS))
        .send(errorBody('unavailable'))
    }
    request.log.error({ err: error }, 'unhandled error')
    return reply.code(500).send(errorBody('internal_error'))
  })

  app.setNotFoundHandler((request, reply) => {
    if (options.spa && isSpaPath(request.method, request.url)) {
      return options.spa(reply, request.url)
    }
    return reply.code(404).send(errorBody('not_found'))
  })
}

/**
 * Headers for errors answered before routing, where the security-header hooks do not run: the
 * body is JSON, so nothing may render, frame or sniff it.
 */
const BARE_ERROR_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
}

/**
 * Fastify's `frameworkErrors`: a URL that cannot be decoded (`/api/%zz`) and similar failures
 * before routing get our error shape instead of Fastify's, which echoes the URL back.
 */
export function frameworkErrorHandler(
  _error: FastifyError,
  _request: unknown,
  reply: FastifyReply,
): void {
  void reply.code(400).headers(BARE_ERROR_HEADERS).send(errorBody('invalid_request'))
}

/**
 * Node's `clientError`: requests too broken for HTTP parsing (a non-numeric Content-Length,
 * headers over the size limit) are answered on the raw socket, in our error shape.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (socket.destroyed || !socket.writable) return
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400
  const body = JSON.stringify(errorBody('invalid_request'))
  const headers = Object.entries({
    ...BARE_ERROR_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n')
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${headers}\r\n\r\n${body}`)
}
