/**
 * One shape for every error (DESIGN.md): `{"error": {"code", "message", "fields"?}}`.
 * Client mistakes map to their 4xx code; anything unexpected is a 500 whose body says nothing
 * and whose details go to the log only.
 */
import type { FastifyError, FastifyInstance } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { ApiError, errorBody, type ErrorCode } from '../errors.js'

/** Fastify's own client-error codes and what they mean in our vocabulary. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_request',
  FST_ERR_BAD_URL: 'invalid_request',
  FST_ERR_ASYNC_CONSTRAINT: 'invalid_request',
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.code(error.status).headers(error.headers).send(error.toBody())
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string[]> = {}
      for (const issue of error.validation) {
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'body'
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
    request.log.error({ err: error }, 'unhandled error')
    return reply.code(500).send(errorBody('internal_error'))
  })

  app.setNotFoundHandler((_request, reply) => {
    return reply.code(404).send(errorBody('not_found'))
  })
}
