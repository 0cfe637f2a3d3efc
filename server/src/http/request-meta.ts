/** Where a request came from, as sessions and the audit log keep it. */
import type { FastifyRequest } from 'fastify'
import type { RequestMeta } from '../auth/login.service.js'

export function requestMeta(request: FastifyRequest): RequestMeta {
  const userAgent = request.headers['user-agent']
  return { ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : '' }
}
