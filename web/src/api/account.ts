/** Thin functions over the account endpoints (password, re-authentication, sessions). */
import type {
  PasswordChangeBody,
  ReauthenticateBody,
  ReauthenticateResponse,
  RevokedResponse,
  SessionListResponse,
} from '@sesame/server/api'
import { request, type RequestOptions } from './client.js'

/** On success the server sets new `sessionid` and `csrftoken` cookies; other sessions end. */
export function changePassword(body: PasswordChangeBody): Promise<{ detail: string }> {
  return request<{ detail: string }>('POST', '/api/password/change/', { body })
}

export function reauthenticate(body: ReauthenticateBody): Promise<ReauthenticateResponse> {
  return request<ReauthenticateResponse>('POST', '/api/reauthenticate/', { body })
}

/** `signal` aborts it (composables/useLatest.ts). */
export function listSessions(
  options: Pick<RequestOptions, 'signal'> = {},
): Promise<SessionListResponse> {
  return request<SessionListResponse>('GET', '/api/sessions/', options)
}

/** 204 on success; 404 `not_found` for an unknown id or another user's session. */
export function revokeSession(id: string): Promise<undefined> {
  return request<undefined>('DELETE', `/api/sessions/${encodeURIComponent(id)}/`)
}

export function revokeOtherSessions(): Promise<RevokedResponse> {
  return request<RevokedResponse>('POST', '/api/sessions/revoke-others/', { body: {} })
}
