/**
 * The admin API for groups (`/api/admin/groups/…`): staff with `auth.view_group` read them; only
 * superusers write them, with the password entered within REAUTH_WINDOW (a group is a bundle of
 * permissions, so creating or changing one is granting them).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { GroupService } from '../auth/group.service.js'
import type { PermissionRegistry } from '../auth/permissions.js'
import type { UserService } from '../auth/user.service.js'
import { ApiError } from '../core/errors.js'
import type { SessionService } from '../sessions/session.service.js'
import type { AuthUser } from '../users/user.types.js'
import {
  adminChangeOptions,
  adminErrors,
  adminWriterOrThrow,
  superuserOnly,
  type AdminRequest,
} from './admin.access.js'
import {
  groupBodySchema,
  groupListResponseSchema,
  groupPatchBodySchema,
  groupSchema,
  idParamsSchema,
  permissionListResponseSchema,
} from './api.schemas.js'
import { permittedOrThrow } from './guards.js'

export interface AdminGroupRoutesOptions {
  users: UserService
  groups: GroupService
  sessions: SessionService
  permissions: PermissionRegistry
}

export const adminGroupRoutes: FastifyPluginAsyncZod<AdminGroupRoutesOptions> = async (
  app,
  options,
) => {
  const { users, groups } = options

  app.get(
    '/api/admin/groups/',
    {
      schema: {
        summary: 'Groups and their permissions',
        tags: ['admin'],
        response: { 200: groupListResponseSchema, ...adminErrors },
      },
    },
    async (request) => {
      await permittedOrThrow(request, users, 'auth.view_group')
      return { results: await groups.list() }
    },
  )

  app.get(
    '/api/admin/permissions/',
    {
      schema: {
        summary: "Every permission a group may carry: Sesame's own and the app's",
        tags: ['admin'],
        response: { 200: permissionListResponseSchema, ...adminErrors },
      },
    },
    async (request) => {
      await permittedOrThrow(request, users, 'auth.view_group')
      return { results: options.permissions.list() }
    },
  )

  /** Group writes: superusers only (a group is a bundle of permissions). */
  async function superuserWriterOrThrow(request: AdminRequest): Promise<AuthUser> {
    const actor = await adminWriterOrThrow(request, options, 'auth.view_group')
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
        response: { 201: groupSchema, ...adminErrors },
      },
    },
    async (request, reply) => {
      const actor = await superuserWriterOrThrow(request)
      const result = await groups.create(request.body, adminChangeOptions(actor, request))
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
        response: { 200: groupSchema, ...adminErrors },
      },
    },
    async (request) => {
      const actor = await superuserWriterOrThrow(request)
      const result = await groups.update(
        request.params.id,
        request.body,
        adminChangeOptions(actor, request),
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
        response: { 204: z.null(), ...adminErrors },
      },
    },
    async (request, reply) => {
      const actor = await superuserWriterOrThrow(request)
      if (!(await groups.delete(request.params.id, adminChangeOptions(actor, request)))) {
        throw new ApiError('not_found')
      }
      return reply.code(204).send(null)
    },
  )
}
