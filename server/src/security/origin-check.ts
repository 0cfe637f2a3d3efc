/**
 * CSRF layer 1: reject cross-origin unsafe requests before anything else runs.
 *
 * Threat model: a page on another site makes the victim's browser send a POST (a form, an img, a
 * fetch with credentials) to us; SameSite=Lax already drops the cookies of cross-site POSTs, but
 * not of same-site ones (a sibling subdomain), and login CSRF needs no cookie at all. Browsers
 * tell us where a request comes from, so we follow Go 1.25's `CrossOriginProtection`:
 *   1. `Sec-Fetch-Site: same-origin | none` passes; any other value passes only from a trusted
 *      origin.
 *   2. Without it, an `Origin` must equal our public origin or a trusted one (`null` never does).
 *   3. Without either (old browsers, non-browser clients), over HTTPS the `Referer` must be
 *      same-origin or trusted, as Django requires; over plain HTTP the request passes this layer.
 * Layer 2 (the session's CSRF token) still applies to every request that carries a session.
 */

/** RFC 9110's safe methods: every other method, a custom one included, is unsafe (as Django). */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])

/**
 * Whether both CSRF layers apply to a request of this method: POST, PUT, PATCH, DELETE, and any
 * method an app adds (`addHttpMethod('PROPPATCH')`), so a new method cannot slip past them.
 */
export function isUnsafeMethod(method: string): boolean {
  return !SAFE_METHODS.has(method)
}

export interface OriginCheckInput {
  secFetchSite: string | undefined
  origin: string | undefined
  referer: string | undefined
  /** Our own origin as the browser sees it, e.g. `https://app.example.com`. */
  expectedOrigin: string
  trustedOrigins: readonly string[]
}

export type OriginCheckFailure =
  'cross_site_request' | 'origin_mismatch' | 'referer_missing' | 'referer_mismatch'

/** Null when the request may proceed; otherwise why it may not (for the log, never the client). */
export function checkOrigin(input: OriginCheckInput): OriginCheckFailure | null {
  const allowed = (origin: string): boolean =>
    origin === input.expectedOrigin || input.trustedOrigins.includes(origin)

  if (input.secFetchSite !== undefined) {
    if (input.secFetchSite === 'same-origin' || input.secFetchSite === 'none') return null
    return input.origin !== undefined && input.trustedOrigins.includes(input.origin)
      ? null
      : 'cross_site_request'
  }
  if (input.origin !== undefined) {
    // `Origin: null` (sandboxed frames, some redirects) never equals a serialized origin.
    return allowed(input.origin) ? null : 'origin_mismatch'
  }
  if (!input.expectedOrigin.startsWith('https:')) return null
  if (input.referer === undefined || input.referer === '') return 'referer_missing'
  return allowed(refererOrigin(input.referer)) ? null : 'referer_mismatch'
}

function refererOrigin(referer: string): string {
  try {
    return new URL(referer).origin
  } catch {
    return 'null'
  }
}

/**
 * For the few `GET`s with a side effect (the audit export records `audit_exported`): layer 1
 * skips safe methods, and SameSite=Lax sends the cookie on a top-level cross-site navigation,
 * so a link on another site could make an admin's browser export. A browser names where the
 * navigation came from: `same-origin` (our own page) and `none` (typed, a bookmark) pass, any
 * other value only with an `Origin` we trust; without the header (a non-browser client, which
 * no other site can drive) the request passes.
 */
export function checkFetchSite(
  input: Pick<OriginCheckInput, 'secFetchSite' | 'origin' | 'trustedOrigins'>,
): 'cross_site_request' | null {
  const site = input.secFetchSite
  if (site === undefined || site === 'same-origin' || site === 'none') return null
  return input.origin !== undefined && input.trustedOrigins.includes(input.origin)
    ? null
    : 'cross_site_request'
}
