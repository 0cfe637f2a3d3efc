/**
 * The one way the SPA talks to the API (CONTRIBUTING.md, One way to the API in the web app): same-origin `fetch`, JSON in and out,
 * `X-CSRFToken` read from the CSRF cookie (`csrftoken`, or the name `GET /api/session/` gives) at
 * request time on unsafe methods, and every
 * failure turned into a typed `ApiError` carrying the server's stable error code.
 */
import type { ApiError as ApiErrorBody } from '@sesame/server/api'

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** Django's name, unless `GET /api/session/` names another (the server's CSRF_COOKIE_NAME). */
let csrfCookie = 'csrftoken'

/** Reads the CSRF token from the cookie of this name from now on (e.g. `__Host-csrftoken`). */
export function setCsrfCookieName(name: string): void {
  csrfCookie = name
}

/** A failed request. `status` 0 with code `network_error` means the server could not be reached. */
export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string[]> = {},
    /** Seconds from `Retry-After`, on 429. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message)
  }
}

/**
 * The value of one cookie by name (never "the first cookie", as the Django reference client does:
 * docs/README.md, Where Sesame comes from).
 */
export function readCookie(name: string): string | null {
  for (const pair of document.cookie.split(';')) {
    const index = pair.indexOf('=')
    if (index > 0 && pair.slice(0, index).trim() === name) {
      const value = pair.slice(index + 1).trim()
      try {
        return decodeURIComponent(value)
      } catch {
        return value // not percent-encoded after all (a cookie set by something else)
      }
    }
  }
  return null
}

type Listener = (error: ApiError) => void
let onUnauthorized: Listener = () => {}

/** Called on every 401, so the auth store can forget the user and the router send them to login. */
export function setUnauthorizedHandler(listener: Listener): void {
  onUnauthorized = listener
}

export interface RequestOptions {
  body?: unknown
  /** Aborts the request (composables/useLatest.ts: a newer one replaced it). */
  signal?: AbortSignal
}

/**
 * Sends one request; resolves with the parsed JSON body (`undefined` for 204) or throws an
 * `ApiError`.
 */
export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(method, path, options)
  if (response.status === 403 && UNSAFE_METHODS.has(method)) {
    const error = await toApiError(response)
    if (error.code !== 'csrf_failed') throw error
    // The token may have rotated (another tab logged in or out): fetch the current one, retry once.
    await send('GET', '/api/session/', { signal: options.signal })
    return parse<T>(await send(method, path, options))
  }
  return parse<T>(response)
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (UNSAFE_METHODS.has(method)) {
    const token = readCookie(csrfCookie)
    if (token !== null) headers['X-CSRFToken'] = token
  }
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
    })
  } catch (caught) {
    // Aborted on purpose: not an unreachable server, and nobody is waiting for the answer.
    if (options.signal?.aborted) throw caught
    throw new ApiError(0, 'network_error', 'The server cannot be reached. Check your connection.')
  }
}

async function parse<T>(response: Response): Promise<T> {
  if (!response.ok) throw await toApiError(response)
  // 204 No Content (DELETE): there is no body to parse (RFC 9110 §15.3.5).
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<ApiErrorBody> = {}
  try {
    body = (await response.json()) as Partial<ApiErrorBody>
  } catch {
    // Not our JSON (a proxy's error page): fall back to the status alone.
  }
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10)
  const error = new ApiError(
    response.status,
    body.error?.code ?? (response.status >= 500 ? 'internal_error' : 'invalid_request'),
    body.error?.message ?? `The server answered ${response.status}.`,
    body.error?.fields ?? {},
    Number.isFinite(retryAfter) ? retryAfter : null,
  )
  if (response.status === 401) onUnauthorized(error)
  return error
}
