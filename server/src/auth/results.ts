/**
 * What the auth services share with their callers (routes, the CLI) and with each other: field
 * errors and results, and who made a change (ChangeOptions) as the audit log records it.
 */
import { ApiError } from '../core/errors.js'
import type { AuthUser } from '../users/user.types.js'

export type FieldErrors = Record<string, string[]>

export type Result<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors }

/** Who made a change and from where, for the audit log. */
export interface ChangeOptions {
  via?: 'api' | 'cli'
  /** The logged-in user who did it (absent for the CLI). */
  actor?: AuthUser | null
  ip?: string
  userAgent?: string
  /**
   * Write only if the target is neither staff nor superuser at the moment of the write (an
   * admin who is not a superuser): closes the gap between the route's check and the write.
   */
  onlyOrdinaryTarget?: boolean
}

/** The target became staff or superuser between an admin's check and the write. */
export function strongerAccount(): ApiError {
  return new ApiError('permission_denied', {
    message: 'Only a superuser may manage a staff or superuser account.',
  })
}

/** The audit fields every change shares. */
export function auditOf(options: ChangeOptions): {
  actor: AuthUser | null
  ip: string | null
  userAgent: string | null
} {
  return {
    actor: options.actor ?? null,
    ip: options.ip ?? null,
    userAgent: options.userAgent ?? null,
  }
}
