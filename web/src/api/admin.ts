/**
 * Thin functions over the staff-only admin endpoints (docs/admin-api.md). The shapes come from the
 * server's schemas (`@sesame/server/api`); the query types here are the client's side of the
 * query string (numbers, before they are written out).
 */
import type {
  AdminSetPasswordResponse,
  AdminUser,
  AdminUserCreateBody,
  AdminUserListResponse,
  AdminUserPatchBody,
  AuditListResponse,
  AuditTypesResponse,
  GroupListResponse,
  RevokedResponse,
  SessionListResponse,
  UserOrdering,
} from '@sesame/server/api'
import { request, type RequestOptions } from './client.js'

/** What a read may take: the signal that aborts it (composables/useLatest.ts). */
type ReadOptions = Pick<RequestOptions, 'signal'>

export interface UserListQuery {
  search?: string
  page?: number
  pageSize?: number
  ordering?: UserOrdering
}

/** The audit log's filters, as the list and the CSV export both take them. */
export interface AuditFilters {
  /** A user id: events where that user is the actor or the target. */
  user?: number
  /** A username: events where that user is the actor or the target. */
  username?: string
  type?: string
  /** ISO 8601, inclusive. */
  since?: string
  /** ISO 8601, exclusive. */
  until?: string
}

export interface AuditListQuery extends AuditFilters {
  page?: number
  pageSize?: number
}

/** `?a=1&b=x` from the values that are set (an empty string or undefined is left out), or ''. */
export function queryString(params: object): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue
    query.set(key, String(value))
  }
  const text = query.toString()
  return text === '' ? '' : `?${text}`
}

function userPath(id: number): string {
  return `/api/admin/users/${encodeURIComponent(String(id))}/`
}

export function listUsers(
  query: UserListQuery = {},
  options: ReadOptions = {},
): Promise<AdminUserListResponse> {
  return request<AdminUserListResponse>('GET', `/api/admin/users/${queryString(query)}`, options)
}

export function createUser(body: AdminUserCreateBody): Promise<AdminUser> {
  return request<AdminUser>('POST', '/api/admin/users/', { body })
}

export function getUser(id: number, options: ReadOptions = {}): Promise<AdminUser> {
  return request<AdminUser>('GET', userPath(id), options)
}

export function updateUser(id: number, body: AdminUserPatchBody): Promise<AdminUser> {
  return request<AdminUser>('PATCH', userPath(id), { body })
}

/** Replaces the user's groups with these (by name); superusers only (docs/admin-api.md). */
export function setUserGroups(id: number, groups: string[]): Promise<AdminUser> {
  return updateUser(id, { groups })
}

export function listGroups(options: ReadOptions = {}): Promise<GroupListResponse> {
  return request<GroupListResponse>('GET', '/api/admin/groups/', options)
}

/** Every session of the user ends too. */
export function setUserPassword(id: number, password: string): Promise<AdminSetPasswordResponse> {
  return request<AdminSetPasswordResponse>('POST', `${userPath(id)}password/`, {
    body: { password },
  })
}

export function revokeUserSessions(id: number): Promise<RevokedResponse> {
  return request<RevokedResponse>('POST', `${userPath(id)}revoke-sessions/`, { body: {} })
}

export function listUserSessions(
  id: number,
  options: ReadOptions = {},
): Promise<SessionListResponse> {
  return request<SessionListResponse>('GET', `${userPath(id)}sessions/`, options)
}

/** Newest first. */
export function listAuditEvents(
  query: AuditListQuery = {},
  options: ReadOptions = {},
): Promise<AuditListResponse> {
  return request<AuditListResponse>('GET', `/api/admin/audit/${queryString(query)}`, options)
}

export function listAuditTypes(): Promise<AuditTypesResponse> {
  return request<AuditTypesResponse>('GET', '/api/admin/audit/types/')
}

/**
 * Where the CSV of the filtered log downloads from. A plain link does it: the browser sends the
 * session cookie on a same-origin GET, and a GET needs no CSRF token. Above
 * `AUDIT_EXPORT_MAX_ROWS` (`@sesame/server/api`) the server answers 400, which a plain download
 * link cannot show, so the page says so before.
 */
export function auditExportUrl(filters: AuditFilters): string {
  return `/api/admin/audit/export/${queryString(filters)}`
}
