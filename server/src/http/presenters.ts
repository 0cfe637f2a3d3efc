/**
 * Presenters: how the API shows what the services return (CONTRIBUTING.md, Layers). Routes call
 * these instead of importing each other; nothing here reads a request or touches a store.
 */
import type { AuditEvent } from '../audit/audit.service.js'
import type { GroupRow } from '../auth/group.repository.js'
import { effectivePermissions } from '../auth/permissions.js'
import type { UserWithGroups } from '../auth/user.service.js'
import type { ListedSession } from '../sessions/session.store.js'
import { describeUserAgent } from '../sessions/user-agent.js'
import type { AuthUser } from '../users/user.types.js'
import type { AdminUser, ApiUser, AuditEventInfo, SessionInfo } from './api.schemas.js'

/** The user as the API shows it: no hash, no auth_version, times as ISO 8601. */
export function toApiUser(user: AuthUser, permissions: readonly string[]): ApiUser {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    isStaff: user.isStaff,
    isSuperuser: user.isSuperuser,
    lastLogin: user.lastLogin === null ? null : new Date(user.lastLogin).toISOString(),
    dateJoined: new Date(user.dateJoined).toISOString(),
    permissions: [...permissions],
  }
}

/** Epoch milliseconds as the API writes times: ISO 8601, UTC. */
export const iso = (ms: number): string => new Date(ms).toISOString()

/** A session as its owner (or an admin) sees it: a public id, never the secret or its hash. */
export function toSessionInfo(session: ListedSession, currentIdHash: string | null): SessionInfo {
  return {
    id: session.publicId,
    createdAt: iso(session.createdAt),
    lastSeenAt: iso(session.lastSeenAt),
    expiresAt: iso(session.expiresAt),
    ip: session.ip,
    userAgent: session.userAgent,
    ...describeUserAgent(session.userAgent),
    persistent: session.persistent,
    current: session.idHash === currentIdHash,
  }
}

/** A user as the admin console shows it: with its groups, active flag and effective permissions. */
export function toAdminUser(
  user: UserWithGroups,
  groups: readonly GroupRow[],
  /** Every permission name a superuser holds (Sesame's and the app's). */
  known: readonly string[],
): AdminUser {
  const granted = groups
    .filter((group) => user.groups.includes(group.name))
    .flatMap((group) => group.permissions)
  return {
    ...toApiUser(user, effectivePermissions(user, granted, known)),
    isActive: user.isActive,
    groups: user.groups,
  }
}

/** An audit event as the API shows it (ISO times, the target as id and name). */
export function toAuditEventInfo(event: AuditEvent): AuditEventInfo {
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
