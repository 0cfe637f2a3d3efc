/**
 * The admin API for users (`/api/admin/users/…`; groups are in admin-groups.routes.ts), Django's rules: staff status first, then the named permission
 * (a superuser holds every one); writes also need the password entered within REAUTH_WINDOW.
 * Granting staff, superuser status or groups is for superusers only, and only a superuser may
 * change a staff or superuser account (else a staff member could take over a stronger account by
 * setting its password).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { GroupService } from '../auth/group.service.js'
import type { AuthUser } from '../users/user.types.js'
import type { UserService, UserWithGroups } from '../auth/user.service.js'
import { ApiError } from '../core/errors.js'
import type { SessionService } from '../sessions/session.service.js'
import {
  adminSetPasswordBodySchema,
  adminSetPasswordResponseSchema,
  adminUserCreateBodySchema,
  adminUserListQuerySchema,
  adminUserListResponseSchema,
  adminUserPatchBodySchema,
  adminUserSchema,
  revokedResponseSchema,
  sessionListResponseSchema,
  idParamsSchema,
  USER_ORDER_FIELDS,
  type UserOrderField,
  type UserOrdering,
} from './api.schemas.js'
import { permittedOrThrow } from './guards.js'
import {
  adminChangeOptions,
  adminErrors,
  adminWriterOrThrow,
  superuserOnly,
  type AdminRequest,
} from './admin.access.js'
import { toAdminUser, toSessionInfo } from './presenters.js'

export interface AdminRoutesOptions {
  users: UserService
  groups: GroupService
  sessions: SessionService
  /** Every permission name a superuser holds (Sesame's and the app's). */
  knownPermissions: readonly string[]
}

/** `-email` → email, descending (the query schema lets only the listed orderings through). */
function userOrderOf(ordering: UserOrdering): { field: UserOrderField; descending: boolean } {
  const descending = ordering.startsWith('-')
  const name = descending ? ordering.slice(1) : ordering
  return { field: USER_ORDER_FIELDS.find((field) => field === name) ?? 'username', descending }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = [...new Set(a)].sort()
  const right = [...new Set(b)].sort()
  return left.length === right.length && left.every((item, index) => item === right[index])
}

/** Only a superuser touches a staff or superuser account. */
function assertMayChange(actor: AuthUser, target: AuthUser): void {
  if (!actor.isSuperuser && (target.isStaff || target.isSuperuser)) {
    throw new ApiError('permission_denied', {
      message: 'Only a superuser may manage a staff or superuser account.',
    })
  }
}

export const adminRoutes: FastifyPluginAsyncZod<AdminRoutesOptions> = async (app, options) => {
  const { users, groups, sessions, knownPermissions: known } = options
  const errors = adminErrors
  const changeOptions = adminChangeOptions

  async function targetOrThrow(id: number): Promise<UserWithGroups> {
    const user = await users.findById(id)
    if (!user) throw new ApiError('not_found')
    return user
  }

  const writerOrThrow = (
    request: AdminRequest,
    permission: Parameters<typeof permittedOrThrow>[2],
  ): Promise<AuthUser> => adminWriterOrThrow(request, options, permission)

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
      return { results: found.map((user) => toAdminUser(user, allGroups, known)), count }
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
      return reply.code(201).send(toAdminUser(created, await groups.list(), known))
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
      return toAdminUser(await targetOrThrow(request.params.id), await groups.list(), known)
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
      return toAdminUser(result.value, await groups.list(), known)
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

  app.delete(
    '/api/admin/users/:id/',
    {
      schema: {
        summary: 'Delete a user; their sessions end at once (recorded as user_deleted)',
        tags: ['admin'],
        params: idParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const actor = await writerOrThrow(request, 'auth.delete_user')
      const target = await targetOrThrow(request.params.id)
      if (target.id === actor.id) {
        // Nobody deletes their own account from the console by accident; another admin can.
        throw new ApiError('invalid_request', { message: 'You cannot delete your own account.' })
      }
      assertMayChange(actor, target)
      const deleted = await users.delete(target.id, changeOptions(actor, request))
      if (!deleted) throw new ApiError('not_found')
      if (!deleted.ok) {
        throw new ApiError('conflict', { message: deleted.fields.user?.[0] })
      }
      return reply.code(204).send(null)
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
}
