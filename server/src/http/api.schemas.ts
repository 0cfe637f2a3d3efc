/**
 * The API's shapes, as zod schemas: they validate requests, serialize responses, generate
 * /api/openapi.json, and the SPA imports their types with `import type` (CONTRIBUTING.md, Honest types).
 */
import { z } from 'zod'
import { hasControlCharacter, USER_ORDERINGS } from '../core/contract.js'

export {
  USER_ORDER_FIELDS,
  USER_ORDERINGS,
  type UserOrderField,
  type UserOrdering,
} from '../core/contract.js'

/** Text a client sends that we store or search: no control characters (`src/core/contract.ts`). */
const text = (max: number): z.ZodString =>
  z
    .string()
    .max(max)
    .refine((value) => !hasControlCharacter(value), 'Must not contain control characters.')
type PositiveInteger = z.ZodPipe<
  z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>,
  z.ZodNumber
>
/** A positive integer written in decimal digits only (no `0x2`, `1e0`, ` 2` or `02`). */
function positiveInteger(max: number): PositiveInteger {
  return z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, 'Expected a positive integer.')
    .transform(Number)
    .pipe(z.number().int().max(max))
}
/** A positive database id, written in decimal digits only (no `0x2`, `1e0` or ` 2`). */
const databaseId = positiveInteger(2 ** 31 - 1)

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
    }),
  })
  .meta({ id: 'Error' })

export const userSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    email: z.string(),
    isStaff: z.boolean(),
    isSuperuser: z.boolean(),
    lastLogin: z.iso.datetime().nullable(),
    dateJoined: z.iso.datetime(),
    /** Effective named permissions (groups', or every known one for a superuser), read live. */
    permissions: z.array(z.string()),
  })
  .meta({ id: 'User' })

export const loginBodySchema = z.object({
  username: z.string().min(1).max(150),
  // Bounded so nobody can make us hash megabytes; matches the password validator's maximum.
  password: z.string().min(1).max(4096),
  /**
   * false: a browser-session cookie that ends with the browser (and the idle timeout); true or
   * absent (Django's default, what the Django reference client gets, docs/README.md): a cookie
   * that lasts up to the absolute timeout.
   */
  remember: z.boolean().optional(),
})

/** Passwords as they may arrive: bounded so nobody can make us hash megabytes. */
const password = z.string().min(1).max(4096)
const isoTime = z.iso.datetime()

export const passwordChangeBodySchema = z.object({
  currentPassword: password,
  newPassword: password,
})
export const passwordChangeResponseSchema = z.object({ detail: z.string() })

export const reauthenticateBodySchema = z.object({ password })
export const reauthenticateResponseSchema = z.object({
  /** Until when password-protected actions are allowed without asking again. */
  reauthenticatedUntil: isoTime,
})

export const sessionInfoSchema = z
  .object({
    /** A public id: enough to revoke the session, useless as a cookie. */
    id: z.string(),
    createdAt: isoTime,
    lastSeenAt: isoTime,
    expiresAt: isoTime,
    ip: z.string(),
    userAgent: z.string(),
    browser: z.string(),
    os: z.string(),
    /** Remember me: the cookie outlives the browser. */
    persistent: z.boolean(),
    /** The session making this request. */
    current: z.boolean(),
  })
  .meta({ id: 'Session' })
export const sessionListResponseSchema = z.object({ sessions: z.array(sessionInfoSchema) })
/** 128 random bits, base64url: the shape every public session id has. */
export const sessionIdParamsSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'Not a session id.'),
})
export const revokedResponseSchema = z.object({ revoked: z.number().int() })

export const adminUserSchema = userSchema
  .extend({
    isActive: z.boolean(),
    groups: z.array(z.string()),
  })
  .meta({ id: 'AdminUser' })

const pageQuery = {
  page: positiveInteger(1_000_000).default(1),
  pageSize: positiveInteger(200).default(50),
}

export const adminUserListQuerySchema = z.object({
  search: text(254).default(''),
  ordering: z
    .enum(USER_ORDERINGS, { error: `Expected one of: ${USER_ORDERINGS.join(', ')}.` })
    .default('username'),
  ...pageQuery,
})
export const adminUserListResponseSchema = z.object({
  results: z.array(adminUserSchema),
  count: z.number().int(),
})
export const idParamsSchema = z.object({ id: databaseId })
const groupName = text(150).min(1)
const groupNames = z.array(groupName).max(100)
const email = text(254)
export const adminUserCreateBodySchema = z.object({
  username: z.string().min(1).max(150),
  email: email.optional(),
  password,
  isActive: z.boolean().optional(),
  isStaff: z.boolean().optional(),
  isSuperuser: z.boolean().optional(),
  groups: groupNames.optional(),
})
export const adminUserPatchBodySchema = z.strictObject({
  email: email.optional(),
  isActive: z.boolean().optional(),
  isStaff: z.boolean().optional(),
  isSuperuser: z.boolean().optional(),
  groups: groupNames.optional(),
})
export const adminSetPasswordBodySchema = z.object({ password })
export const adminSetPasswordResponseSchema = z.object({ sessionsRevoked: z.number().int() })

export const groupSchema = z
  .object({ id: z.number().int(), name: z.string(), permissions: z.array(z.string()) })
  .meta({ id: 'Group' })
export const groupListResponseSchema = z.object({ results: z.array(groupSchema) })

export const permissionInfoSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    declaredBy: z.string().describe("`sesame` for Sesame's own permissions, else the app's name"),
  })
  .meta({ id: 'Permission' })
export const permissionListResponseSchema = z.object({ results: z.array(permissionInfoSchema) })
const permissionNames = z.array(text(100).min(1)).max(200)
export const groupBodySchema = z.object({
  name: groupName,
  permissions: permissionNames.default([]),
})
export const groupPatchBodySchema = z.strictObject({
  name: groupName.optional(),
  permissions: permissionNames.optional(),
})

const auditParty = z.object({ id: z.number().int().nullable(), username: z.string().nullable() })
export const auditEventSchema = z
  .object({
    id: z.number().int(),
    at: isoTime,
    type: z.string(),
    /** Who did it: null for the system or an anonymous client (a failed login). */
    actor: auditParty.nullable(),
    /** Whom it was done to. */
    target: auditParty.nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent' })
/** The audit filters the list and the export share. */
export const auditFilterQuerySchema = z.object({
  /** A user id: events where that user is the actor or the target. */
  user: databaseId.optional(),
  /**
   * A username, exact but case-insensitive: events where it is the actor's or the target's name
   * as recorded (deleted users too).
   */
  username: text(150).optional(),
  type: text(64).optional(),
  since: isoTime.optional(),
  until: isoTime.optional(),
})
export const auditListQuerySchema = auditFilterQuerySchema.extend(pageQuery)
/** The export's query: the filters, and `bom=1` for a UTF-8 byte order mark (Excel). */
export const auditExportQuerySchema = auditFilterQuerySchema.extend({
  bom: z.enum(['0', '1']).optional(),
})
export const auditTypesResponseSchema = z.object({ types: z.array(z.string()) })
export const auditListResponseSchema = z.object({
  results: z.array(auditEventSchema),
  count: z.number().int(),
})

export const sessionResponseSchema = z.object({
  user: userSchema.nullable(),
  /**
   * true when the browser sent a session cookie that is no longer valid (ended elsewhere, revoked
   * or expired): the SPA says so on its login page. The dead cookie is cleared.
   */
  sessionEnded: z.boolean().optional(),
  /**
   * The name of the CSRF cookie, when CSRF_COOKIE_NAME is not `csrftoken` (e.g.
   * `__Host-csrftoken`): the SPA reads the token from the cookie of this name.
   */
  csrfCookieName: z.string().optional(),
})
export const loginResponseSchema = z.object({ user: userSchema })
export const logoutResponseSchema = z.object({ detail: z.string() })
export const helloResponseSchema = z.object({ message: z.string() })
export const healthResponseSchema = z.object({ status: z.string() })

export type ApiUser = z.infer<typeof userSchema>
export type ApiError = z.infer<typeof errorSchema>
export type LoginBody = z.infer<typeof loginBodySchema>
export type SessionResponse = z.infer<typeof sessionResponseSchema>
export type LoginResponse = z.infer<typeof loginResponseSchema>
export type LogoutResponse = z.infer<typeof logoutResponseSchema>
export type HelloResponse = z.infer<typeof helloResponseSchema>
export type PasswordChangeBody = z.infer<typeof passwordChangeBodySchema>
export type PasswordChangeResponse = z.infer<typeof passwordChangeResponseSchema>
export type ReauthenticateBody = z.infer<typeof reauthenticateBodySchema>
export type ReauthenticateResponse = z.infer<typeof reauthenticateResponseSchema>
export type SessionInfo = z.infer<typeof sessionInfoSchema>
export type SessionListResponse = z.infer<typeof sessionListResponseSchema>
export type RevokedResponse = z.infer<typeof revokedResponseSchema>
export type AdminUser = z.infer<typeof adminUserSchema>
export type AdminUserListResponse = z.infer<typeof adminUserListResponseSchema>
export type AdminUserCreateBody = z.input<typeof adminUserCreateBodySchema>
export type AdminUserPatchBody = z.input<typeof adminUserPatchBodySchema>
export type AdminSetPasswordResponse = z.infer<typeof adminSetPasswordResponseSchema>
export type Group = z.infer<typeof groupSchema>
export type GroupListResponse = z.infer<typeof groupListResponseSchema>
export type PermissionInfo = z.infer<typeof permissionInfoSchema>
export type PermissionListResponse = z.infer<typeof permissionListResponseSchema>
export type AuditEventInfo = z.infer<typeof auditEventSchema>
export type AuditListResponse = z.infer<typeof auditListResponseSchema>
/** The audit filters as a client writes them in the query string. */
export type AuditFilterQuery = z.input<typeof auditFilterQuerySchema>
export type AuditTypesResponse = z.infer<typeof auditTypesResponseSchema>

/** Error responses every route may give, for the OpenAPI document. */
export const commonErrors = {
  400: errorSchema,
  403: errorSchema,
  415: errorSchema,
  429: errorSchema,
} as const
