/**
 * Failures of a backing service (the database, Redis) as opposed to bugs: they answer 503
 * `unavailable` with a Retry-After, never a 500, and the request never proceeds as if it had no
 * session or an empty result.
 */

/** Socket errors, SQLite's busy/locked/I-O errors, PostgreSQL's connection and resource classes. */
const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '53400', // configuration_limit_exceeded
])

/** What pg and ioredis say when they cannot reach or lost their server. */
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Connection is closed|Stream isn't writeable|Command timed out|max retries per request|Failed to refresh slots cache|connect ECONNREFUSED/i
const NAMES = new Set(['MaxRetriesPerRequestError', 'ClusterAllFailedError'])

export function isUnavailableError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false
  const { code, name, message, errors, cause } = error as {
    code?: unknown
    name?: unknown
    message?: unknown
    errors?: unknown
    cause?: unknown
  }
  if (typeof code === 'string' && (CODES.has(code) || /^08/.test(code))) return true
  if (typeof name === 'string' && NAMES.has(name)) return true
  if (typeof message === 'string' && MESSAGES.test(message)) return true
  // Node's AggregateError (every address refused) and wrapped causes.
  if (Array.isArray(errors) && errors.some((inner) => isUnavailableError(inner, depth + 1))) {
    return true
  }
  return isUnavailableError(cause, depth + 1)
}

/** Seconds a client should wait before trying again. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5
