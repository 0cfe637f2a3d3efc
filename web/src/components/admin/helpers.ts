/** Wording and checks the admin pages share. */
import type { ApiUser } from '@sesame/server/api'
import { ApiError } from '../../api/client.js'

/** Whether the caller holds a named permission (a superuser holds them all). */
export function can(user: ApiUser | null, permission: string): boolean {
  return user !== null && (user.isSuperuser || user.permissions.includes(permission))
}

/** What to show for a failed request: the server's own message (403 `permission_denied` too). */
export function describeError(caught: unknown): string {
  if (caught instanceof ApiError && caught.code === 'network_error') {
    return 'The server cannot be reached. Check your connection and try again.'
  }
  return caught instanceof ApiError ? caught.message : 'Something went wrong. Please try again.'
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

/** A date and time in the reader's locale and time zone ("Mar 1, 2026, 9:15 AM"); `fallback` for none. */
export function formatTime(iso: string | null, fallback = '—'): string {
  return iso === null ? fallback : timeFormat.format(new Date(iso))
}

/** A day in the reader's locale ("Mar 1, 2026"). */
export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso))
}

/** An event's detail in one short line: `reason: "bad_password", count: 2`. */
export function detailSummary(detail: Record<string, unknown> | null): string {
  if (detail === null) return ''
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ')
}
