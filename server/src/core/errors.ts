/**
 * Every client-visible error, defined once (CONTRIBUTING.md, Errors) and listed in docs/errors.md.
 * Bodies are `{"error": {"code", "message", "fields"?}}`; codes are stable API.
 */
export const ERRORS = {
  invalid_request: { status: 400, message: 'The request is malformed.' },
  invalid_host: { status: 400, message: 'This host name is not served here.' },
  ambiguous_cookies: {
    status: 400,
    message:
      "The browser sent this site's cookies more than once (another site under the same domain may have set them). Clear this site's cookies and try again.",
  },
  invalid_credentials: { status: 400, message: 'Wrong username or password.' },
  not_authenticated: { status: 401, message: 'Authentication credentials were not provided.' },
  csrf_failed: { status: 403, message: 'CSRF check failed.' },
  permission_denied: { status: 403, message: 'You do not have permission to do this.' },
  reauthentication_required: {
    status: 403,
    message: 'Enter your password again to do this (POST /api/reauthenticate/).',
  },
  not_found: { status: 404, message: 'Not found.' },
  conflict: { status: 409, message: 'Another request changed this at the same time.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  unsupported_media_type: {
    status: 415,
    message: 'Request bodies must be JSON (Content-Type: application/json).',
  },
  too_many_attempts: { status: 429, message: 'Too many failed attempts. Try again later.' },
  internal_error: { status: 500, message: 'Internal server error.' },
  unavailable: { status: 503, message: 'The service is temporarily unavailable.' },
} as const satisfies Record<string, { status: number; message: string }>

export type ErrorCode = keyof typeof ERRORS

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: Record<string, string[]> }
}

/** An error that maps to one entry of `ERRORS`; thrown by `...OrThrow` helpers and routes. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly fields: Record<string, string[]> | undefined
  readonly headers: Record<string, string>

  constructor(
    readonly code: ErrorCode,
    options: {
      message?: string
      fields?: Record<string, string[]>
      headers?: Record<string, string>
    } = {},
  ) {
    super(options.message ?? ERRORS[code].message)
    this.status = ERRORS[code].status
    this.fields = options.fields
    this.headers = options.headers ?? {}
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
      },
    }
  }
}

export function errorBody(code: ErrorCode, message?: string): ErrorBody {
  return { error: { code, message: message ?? ERRORS[code].message } }
}

/** 429 `too_many_attempts` with the wait in `Retry-After`: every throttled password check. */
export function tooManyAttempts(retryAfterSeconds: number): ApiError {
  return new ApiError('too_many_attempts', {
    headers: { 'retry-after': String(retryAfterSeconds) },
  })
}
