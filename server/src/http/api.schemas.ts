/**
 * The API's shapes, as zod schemas: they validate requests, serialize responses, generate
 * /api/openapi.json, and the SPA imports their types with `import type` (STYLE.md habit 9).
 */
import { z } from 'zod'
import type { AuthUser } from '../auth/user.types.js'

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
  })
  .meta({ id: 'User' })

export const loginBodySchema = z.object({
  username: z.string().min(1).max(150),
  // Bounded so nobody can make us hash megabytes; matches the password validator's maximum.
  password: z.string().min(1).max(4096),
})

export const sessionResponseSchema = z.object({ user: userSchema.nullable() })
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

/** The user as the API shows it: no hash, no auth_version, times as ISO 8601. */
export function toApiUser(user: AuthUser): ApiUser {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    isStaff: user.isStaff,
    isSuperuser: user.isSuperuser,
    lastLogin: user.lastLogin === null ? null : new Date(user.lastLogin).toISOString(),
    dateJoined: new Date(user.dateJoined).toISOString(),
  }
}

/** Error responses every route may give, for the OpenAPI document. */
export const commonErrors = {
  400: errorSchema,
  403: errorSchema,
  415: errorSchema,
  429: errorSchema,
} as const
