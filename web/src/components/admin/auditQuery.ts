/**
 * The audit page's filters as they live in the address (`?type=&username=&from=&to=`, so a
 * filtered view can be linked) and as the API takes them. The page shows whole days, in UTC:
 * From is inclusive (`since` = the start of that day), To is inclusive too, so `until` (exclusive
 * on the server) is the start of the next day.
 */
import type { LocationQuery } from 'vue-router'
import type { AuditFilters } from '../../api/admin.js'

export interface AuditViewFilters {
  type: string
  username: string
  /** `YYYY-MM-DD`, as `<input type="date">` gives it. */
  from: string
  to: string
}

export const NO_FILTERS: Readonly<AuditViewFilters> = { type: '', username: '', from: '', to: '' }
const KEYS = Object.keys(NO_FILTERS) as Array<keyof AuditViewFilters>
const DAY_MS = 86_400_000

/** Milliseconds at the start of `day` (UTC), or null for anything but a real `YYYY-MM-DD`. */
function dayStart(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (match === null) return null
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, date)
  // Date.UTC rolls 2026-02-30 over to March: such a day does not exist.
  return new Date(time).getUTCDate() === date && new Date(time).getUTCMonth() === month - 1
    ? time
    : null
}

export function isDay(value: string): boolean {
  return dayStart(value) !== null
}

/** The filters in a route's query; a repeated or malformed value counts as none. */
export function readFilters(query: LocationQuery): AuditViewFilters {
  const filters = { ...NO_FILTERS }
  for (const key of KEYS) {
    const value = query[key]
    if (typeof value === 'string') filters[key] = value
  }
  if (!isDay(filters.from)) filters.from = ''
  if (!isDay(filters.to)) filters.to = ''
  return filters
}

/** The route query for `filters`: only those that are set. */
export function toRouteQuery(filters: AuditViewFilters): Record<string, string> {
  const query: Record<string, string> = {}
  for (const key of KEYS) {
    const value = filters[key].trim()
    if (value !== '') query[key] = value
  }
  return query
}

/** What the list and the export take: From → `since`, To → `until` = the next day's start. */
export function toApiFilters(filters: AuditViewFilters): AuditFilters {
  const api: AuditFilters = {}
  if (filters.type !== '') api.type = filters.type
  if (filters.username.trim() !== '') api.username = filters.username.trim()
  const from = dayStart(filters.from)
  if (from !== null) api.since = new Date(from).toISOString()
  const to = dayStart(filters.to)
  if (to !== null) api.until = new Date(to + DAY_MS).toISOString()
  return api
}
