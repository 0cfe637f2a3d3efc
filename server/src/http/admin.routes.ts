/**
 * The admin API (`/api/admin/…`), Django's rules: staff status first, then the named permission
 * (a superuser holds every one); writes also need the password entered within REAUTH_WINDOW.
 * Granting staff, superuser status or groups is for superusers only, and only a superuser may
 * change a staff or superuser account (else a staff member could take over a stronger account by
 * setting its password).
 */
import { Readable } from 'node:stream'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AUDIT_EVENT_TYPES } from '../audit/audit.events.js'
import type { AuditEvent, AuditFilter, AuditService } from '../audit/audit.service.js'
import type { GroupService } from '../auth/group.service.js'
import type { GroupRow } from '../auth/group.repository.js'
import { effectivePermissions } from '../auth/permissions.js'
import type { AuthUser } from '../auth/user.types.js'
import type { ChangeOptions, UserService, UserWithGroups } from '../auth/user.service.js'
import { ApiError } from '../errors.js'
import type { SessionService } from '../sessions/session.service.js'
import { toSessionInfo } from './account.routes.js'
import {
  adminSetPasswordBodySchema,
  adminSetPasswordResponseSchema,
  adminUserCreateBodySchema,
  adminUserListQuerySchema,
  adminUserListResponseSchema,
  adminUserPatchBodySchema,
  adminUserSchema,
  auditFilterQuerySchema,
  auditListQuerySchema,
  auditListResponseSchema,
  auditTypesResponseSchema,
  commonErrors,
  errorSchema,
  groupBodySchema,
  groupListResponseSchema,
  groupPatchBodySchema,
  groupSchema,
  revokedResponseSchema,
  sessionListResponseSchema,
  toApiUser,
  idParamsSchema,
  USER_ORDER_FIELDS,
  type AdminUser,
  type AuditEventInfo,
  type UserOrderField,
  type UserOrdering,
} from './api.schemas.js'
import { csvRecord } from './csv.js'
import { permittedOrThrow, reauthenticatedOrThrow } from './guards.js'
import { requestMeta } from './request-meta.js'

export interface AdminRoutesOptions {
  users: UserService
  groups: GroupService
  sessions: SessionService
  audit: AuditService
}

const errors = { 401: errorSchema, 404: errorSchema, ...commonErrors }

/** Most events one export may hold: when more match, it is refused (400), never cut short. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000

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
  description: `CSV (RFC 4180, CRLF line ends), header row first: ${AUDIT_CSV_HEADER.join(',')}`,
  content: { 'text/csv': { schema: z.instanceof(Readable).meta({ type: 'string' }) } },
}

/** `-email` → email, descending (the query schema lets only the listed orderings through). */
function userOrderOf(ordering: UserOrdering): { field: UserOrderField; descending: boolean } {
  const descending = ordering.startsWith('-')
  const name = descending ? ordering.slice(1) : ordering
  return { field: USER_ORDER_FIELDS.find((field) => field === name) ?? 'username', descending }
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

function toAuditEventInfo(event: AuditEvent): AuditEventInfo {
  return {
    id: event.id,
    at: new Date(event.at).toISOString(),
    type: event.event,
    actor: event.actor,
    target:
      event.userId === null && event.username === null
        ? null
        : { id: event.userId, username: event.username },
    ip: event.ip,
    userAgent: event.userAgent,
    detail: event.detail,
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

/** The header row, then one chunk per batch of events. */
async function* auditCsv(batches: AsyncIterable<AuditEvent[]>): AsyncGenerator<string> {
  yield csvRecord(AUDIT_CSV_HEADER)
  for await (const events of batches) yield events.map(auditCsvRecord).join('')
}

/** `20261201T061500Z`: ISO 8601's basic format, UTC, fit for a file name. */
function fileTimestamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

function toAdminUser(user: UserWithGroups, groups: readonly GroupRow[]): AdminUser {
  const granted = groups
    .filter((group) => user.groups.includes(group.name))
    .flatMap((group) => group.permissions)
  return {
    ...toApiUser(user, effectivePermissions(user, granted)),
    isActive: user.isActive,
    groups: user.groups,
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = [...new Set(a)].sort()
  const right = [...new Set(b)].sort()
  return left.length === right.length && left.every((item, index) => item === right[index])
}

const superuserOnly = (): ApiError =>
  new ApiError('permission_denied', {
    message: 'Only a superuser may grant staff or superuser status or change groups.',
  })

/** Only a superuser touches a staff or superuser account. */
function assertMayChange(actor: AuthUser, target: AuthUser): void {
  if (!actor.isSuperuser && (target.isStaff || target.isSuperuser)) {
    throw new ApiError('permission_denied', {
      message: 'Only a superuser may manage a staff or superuser account.',
    })
  }
}

export const adminRoutes: FastifyPluginAsyncZod<AdminRoutesOptions> = async (app, options) => {
  const { users, groups, sessions, audit } = options
  const changeOptions = (
    actor: AuthUser,
    request: Parameters<typeof requestMeta>[0],
  ): ChangeOptions => ({
    via: 'api',
    actor,
    ...requestMeta(request),
    onlyOrdinaryTarget: !actor.isSuperuser,
  })

  async function targetOrThrow(id: number): Promise<UserWithGroups> {
    const user = await users.findById(id)
    if (!user) throw new ApiError('not_found')
    return user
  }

  /** A permitted caller with a fresh password entry: what every admin write needs. */
  async function writerOrThrow(
    request: Parameters<typeof requestMeta>[0],
    permission: Parameters<typeof permittedOrThrow>[2],
  ): Promise<AuthUser> {
    await permittedOrThrow(request, users, permission)
    return reauthenticatedOrThrow(request, sessions).user
  }

  app.get(
    '/api/admin/users/',
    {
      schema: {
        summary:
          'Users, by username unless ?ordering= says otherwise; search matches username or email',
        tags: ['admin'],
        querystring: adminUserListQuerySchema,
        response: { 200: adminUserListResponseSchema, ...errors },
      },
    },
    async (request) => {
      await permittedOrThrow(request, users, 'auth.view_user')
      const { search, ordering, page, pageSize } = request.query
      const { users: found, count } = await users.list({
        search: search.trim(),
        order: userOrderOf(ordering),
        offset: (page - 1) * pageSize,
        limit: pageSize,
      })
      const allGroups = await groups.list()
      return { results: found.map((user) => toAdminUser(user, allGroups)), count }
    },
  )

  app.post(
    '/api/admin/users/',
    {
      schema: {
        summary: 'Create a user',
        tags: ['admin'],
        body: adminUserCreateBodySchema,
        response: { 201: adminUserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await writerOrThrow(request, 'auth.add_user')
      const body = request.body
      if (!actor.isSuperuser && (body.isStaff || body.isSuperuser || body.groups?.length)) {
        throw superuserOnly()
      }
      const result = await users.create(body, changeOptions(actor, request))
      if (!result.ok) throw new ApiError('invalid_request', { fields: result.fields })
      const created = await targetOrThrow(result.value.id)
      return reply.code(201).send(toAdminUser(created, await groups.list()))
    },
  )

  app.get(
    '/api/admin/users/:id/',
    {
      schema: {
        summary: 'One user',
        tags: ['admin'],
        params: idParamsSchema,
        response: { 200: adminUserSchema, ...errors },
      },
    },
    async (request) => {
      await permittedOrThrow(request, users, 'auth.view_user')
      return toAdminUser(await targetOrThrow(request.params.id), await groups.list())
    },
  )

  app.patch(
    '/api/admin/users/:id/',
    {
      schema: {
        summary: 'Change a user; deactivation ends their sessions at once, for good',
        tags: ['admin'],
        params: idParamsSchema,
        body: adminUserPatchBodySchema,
        response: { 200: adminUserSchema, ...errors },
      },
    },
    async (request) => {
      const actor = await writerOrThrow(request, 'auth.change_user')
      const target = await targetOrThrow(request.params.id)
      assertMayChange(actor, target)
      const patch = request.body
      const grants =
        (patch.isStaff !== undefined && patch.isStaff !== target.isStaff) ||
        (patch.isSuperuser !== undefined && patch.isSuperuser !== target.isSuperuser) ||
        (patch.groups !== undefined && !sameSet(patch.groups, target.groups))
      if (grants && !actor.isSuperuser) throw superuserOnly()
      if (target.id === actor.id) {
        // Nobody locks themselves out by accident; another superuser can do it.
        const own: Record<string, string[]> = {}
        if (patch.isActive === false) own.isActive = ['You cannot deactivate your own account.']
        if (patch.isStaff === false) own.isStaff = ['You cannot remove your own staff status.']
        if (patch.isSuperuser === false) {
          own.isSuperuser = ['You cannot remove your own superuser status.']
        }
        if (Object.keys(own).length) throw new ApiError('invalid_request', { fields: own })
      }
      const result = await users.update(target.id, patch, changeOptions(actor, request))
      if (!result) throw new ApiError('not_found')
      if (!result.ok) throw new ApiError('invalid_request', { fields: result.fields })
      return toAdminUser(result.value, await groups.list())
    },
  )

  app.post(
    '/api/admin/users/:id/password/',
    {
      schema: {
        summary: "Set a user's password; every session of theirs ends",
        tags: ['admin'],
        params: idParamsSchema,
        body: adminSetPasswordBodySchema,
        response: { 200: adminSetPasswordResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = await writerOrThrow(request, 'auth.change_user')
      const target = await targetOrThrow(request.params.id)
      assertMayChange(actor, target)
      if (target.id === actor.id) {
        // It would end the caller's own session without a new one: the account page does it right.
        throw new ApiError('invalid_request', {
          message: 'Change your own password with POST /api/password/change/.',
          fields: { password: ['Change your own password on your account page.'] },
        })
      }
      const result = await users.setPassword(
        target.id,
        request.body.password,
        changeOptions(actor, request),
      )
      if (!result) throw new ApiError('not_found')
      if (!result.ok) throw new ApiError('invalid_request', { fields: result.fields })
      return result.value
    },
  )

  app.post(
    '/api/admin/users/:id/revoke-sessions/',
    {
      schema: {
        summary: 'End every session of a user at once (a compromised account)',
        tags: ['admin'],
        params: idParamsSchema,
        response: { 200: revokedResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = await writerOrThrow(request, 'auth.change_user')
      const target = await targetOrThrow(request.params.id)
      if (target.id !== actor.id) assertMayChange(actor, target)
      const revoked = await users.revokeSessions(target.id, changeOptions(actor, request))
      if (revoked === null) throw new ApiError('not_found')
      return { revoked }
    },
  )

  app.get(
    '/api/admin/users/:id/sessions/',
    {
      schema: {
        summary: "A user's live sessions",
        tags: ['admin'],
        params: idParamsSchema,
        response: { 200: sessionListResponseSchema, ...errors },
      },
    },
    async (request) => {
      const auth = await permittedOrThrow(request, users, 'auth.view_user')
      const target = await targetOrThrow(request.params.id)
      // Where and from what a stronger account is logged in is for superusers (and its owner).
      if (target.id !== auth.user.id) assertMayChange(auth.user, target)
      const listed = await sessions.listForUser(target.id)
      return { sessions: listed.map((session) => toSessionInfo(session, auth.idHash)) }
    },
  )

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
      await permittedOrThrow(request, users, 'audit.view_event')
      const { page, pageSize } = request.query
      const { events, count } = await audit.page({
        ...auditFilterOf(request.query),
        offset: (page - 1) * pageSize,
        limit: pageSize,
      })
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
        querystring: auditFilterQuerySchema,
        response: { 200: auditExportResponse, ...errors },
      },
    },
    async (request, reply) => {
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
        .send(Readable.from(auditCsv(exported.batches)))
    },
  )

  app.get(
    '/api/admin/groups/',
    {
      schema: {
        summary: 'Groups and their permissions',
        tags: ['admin'],
        response: { 200: groupListResponseSchema, ...errors },
      },
    },
    async (request) => {
      await permittedOrThrow(request, users, 'auth.view_group')
      return { results: await groups.list() }
    },
  )

  /** Group writes: superusers only (a group is a bundle of permissions). */
  async function superuserWriterOrThrow(
    request: Parameters<typeof requestMeta>[0],
  ): Promise<AuthUser> {
    const actor = await writerOrThrow(request, 'auth.view_group')
    if (!actor.isSuperuser) throw superuserOnly()
    return actor
  }

  app.post(
    '/api/admin/groups/',
    {
      schema: {
        summary: 'Create a group (superusers)',
        tags: ['admin'],
        body: groupBodySchema,
        response: { 201: groupSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await superuserWriterOrThrow(request)
      const result = await groups.create(request.body, changeOptions(actor, request))
      if (!result.ok) throw new ApiError('invalid_request', { fields: result.fields })
      return reply.code(201).send(result.value)
    },
  )

  app.patch(
    '/api/admin/groups/:id/',
    {
      schema: {
        summary: 'Rename a group or replace its permissions (superusers)',
        tags: ['admin'],
        params: idParamsSchema,
        body: groupPatchBodySchema,
        response: { 200: groupSchema, ...errors },
      },
    },
    async (request) => {
      const actor = await superuserWriterOrThrow(request)
      const result = await groups.update(
        request.params.id,
        request.body,
        changeOptions(actor, request),
      )
      if (!result) throw new ApiError('not_found')
      if (!result.ok) throw new ApiError('invalid_request', { fields: result.fields })
      return result.value
    },
  )

  app.delete(
    '/api/admin/groups/:id/',
    {
      schema: {
        summary: 'Delete a group (superusers)',
        tags: ['admin'],
        params: idParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const actor = await superuserWriterOrThrow(request)
      if (!(await groups.delete(request.params.id, changeOptions(actor, request)))) {
        throw new ApiError('not_found')
      }
      return reply.code(204).send(null)
    },
  )
}
