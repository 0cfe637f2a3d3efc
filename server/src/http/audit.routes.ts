/**
 * The audit log for staff (`/api/admin/audit/…`): the paged list, the event types, and the CSV
 * export. Reading needs staff status and `audit.view_event` (a superuser holds every permission);
 * nothing here writes but the export's own `audit_exported` event.
 */
import { Readable } from 'node:stream'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AUDIT_EVENT_TYPES } from '../audit/audit.events.js'
import type { AuditEvent, AuditFilter, AuditService } from '../audit/audit.service.js'
import type { UserService } from '../auth/user.service.js'
import { AUDIT_EXPORT_MAX_ROWS } from '../core/contract.js'
import { ApiError } from '../core/errors.js'
import type { auditFilterQuerySchema } from './api.schemas.js'
import { toAuditEventInfo } from './presenters.js'
import {
  auditExportQuerySchema,
  auditListQuerySchema,
  auditListResponseSchema,
  auditTypesResponseSchema,
  commonErrors,
  errorSchema,
} from './api.schemas.js'
import { UTF8_BOM, csvRecord } from './csv.js'
import { permittedOrThrow, sameSiteNavigationOrThrow } from './guards.js'
import { requestMeta } from './request-meta.js'

export interface AuditRoutesOptions {
  users: UserService
  audit: AuditService
  /** TRUSTED_ORIGINS: pages there may start an export (`checkFetchSite`). */
  trustedOrigins: readonly string[]
}

const errors = { 401: errorSchema, ...commonErrors }

export { AUDIT_EXPORT_MAX_ROWS }

/** The export's columns, in order (docs/admin-api.md). */
const AUDIT_CSV_HEADER = [
  'id',
  'at',
  'type',
  'actor_id',
  'actor_username',
  'target_id',
  'target_username',
  'ip',
  'user_agent',
  'detail',
] as const

/**
 * What the export answers with, for the OpenAPI document: CSV text. The handler sends a stream,
 * which Fastify pipes as it is (no JSON serializer runs for `text/csv`).
 */
const auditExportResponse = {
  description:
    `CSV (RFC 4180, CRLF line ends, every text cell quoted), header row first: ` +
    `${AUDIT_CSV_HEADER.join(',')}; with bom=1 a UTF-8 byte order mark before it`,
  content: { 'text/csv': { schema: z.instanceof(Readable).meta({ type: 'string' }) } },
}

/** The audit query parameters as the service takes them; an empty text parameter is no filter. */
function auditFilterOf(query: z.infer<typeof auditFilterQuerySchema>): AuditFilter {
  const username = query.username?.trim()
  return {
    ...(query.user !== undefined ? { userId: query.user } : {}),
    ...(username ? { username } : {}),
    ...(query.type ? { event: query.type } : {}),
    ...(query.since ? { since: Date.parse(query.since) } : {}),
    ...(query.until ? { until: Date.parse(query.until) } : {}),
  }
}

function auditCsvRecord(event: AuditEvent): string {
  return csvRecord([
    event.id,
    new Date(event.at).toISOString(),
    event.event,
    event.actor?.id,
    event.actor?.username,
    event.userId,
    event.username,
    event.ip,
    event.userAgent,
    event.detail ? JSON.stringify(event.detail) : null,
  ])
}

/** The header row (after a byte order mark if asked), then one chunk per batch of events. */
async function* auditCsv(
  batches: AsyncIterable<AuditEvent[]>,
  bom: boolean,
): AsyncGenerator<string> {
  yield `${bom ? UTF8_BOM : ''}${csvRecord(AUDIT_CSV_HEADER)}`
  for await (const events of batches) yield events.map(auditCsvRecord).join('')
}

/** `20261201T061500Z`: ISO 8601's basic format, UTC, fit for a file name. */
function fileTimestamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

export const auditRoutes: FastifyPluginAsyncZod<AuditRoutesOptions> = async (app, options) => {
  const { users, audit, trustedOrigins } = options

  app.get(
    '/api/admin/audit/',
    {
      schema: {
        summary: 'The audit log, newest first',
        tags: ['admin'],
        querystring: auditListQuerySchema,
        response: { 200: auditListResponseSchema, ...errors },
      },
    },
    async (request) => {
      const auth = await permittedOrThrow(request, users, 'audit.view_event')
      const { page, pageSize } = request.query
      const query = {
        ...auditFilterOf(request.query),
        offset: (page - 1) * pageSize,
        limit: pageSize,
      }
      // Without addresses on events about staff unless the caller is a superuser.
      const { events, count } = await audit.page(query, auth.user)
      return { count, results: events.map(toAuditEventInfo) }
    },
  )

  app.get(
    '/api/admin/audit/types/',
    {
      schema: {
        summary: 'Every audit event type Sesame writes, sorted',
        tags: ['admin'],
        response: { 200: auditTypesResponseSchema, ...errors },
      },
    },
    async (request) => {
      await permittedOrThrow(request, users, 'audit.view_event')
      return { types: [...AUDIT_EVENT_TYPES].sort() }
    },
  )

  app.get(
    '/api/admin/audit/export/',
    {
      // A HEAD would count, write `audit_exported` and send nothing: only GET exports.
      exposeHeadRoute: false,
      schema: {
        summary: `The audit log as CSV, newest first; at most ${AUDIT_EXPORT_MAX_ROWS} events`,
        tags: ['admin'],
        querystring: auditExportQuerySchema,
        response: { 200: auditExportResponse, ...errors },
      },
    },
    async (request, reply) => {
      // A GET that writes (`audit_exported`): never on a navigation from another site.
      sameSiteNavigationOrThrow(request, trustedOrigins)
      const auth = await permittedOrThrow(request, users, 'audit.view_event')
      const exported = await audit.exportEvents(auditFilterOf(request.query), {
        actor: auth.user,
        ...requestMeta(request),
        maxRows: AUDIT_EXPORT_MAX_ROWS,
      })
      if (!exported.ok) {
        throw new ApiError('invalid_request', {
          message:
            `${exported.count} events match; an export holds at most ${AUDIT_EXPORT_MAX_ROWS}. ` +
            'Narrow the date range (since, until) or add filters.',
        })
      }
      // Streamed: one query per batch of 1,000 events, read as the client takes the previous
      // one, so memory stays at one batch however large the export. A database failure half way
      // aborts the download (an incomplete transfer the browser reports), never a short file.
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="sesame-audit-${fileTimestamp(exported.at)}.csv"`,
        )
        .header('cache-control', 'no-store')
        .send(Readable.from(auditCsv(exported.batches, request.query.bom === '1')))
    },
  )
}
