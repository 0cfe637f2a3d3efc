/**
 * Security headers on every response. The SPA is served from our own origin and loads nothing
 * from elsewhere, so the CSP can be strict: everything from 'self', no framing (clickjacking),
 * no plugins. HSTS is sent when the request is HTTPS or PUBLIC_ORIGIN is https.
 *
 * The values are the ones @fastify/helmet produced with our options, computed once: helmet
 * rebuilt its CSP string on every request, a measurable share of a small request's CPU
 * (bench/README.md). One onRequest hook sets them all, so errors and 404s get them too.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

/** Two years, the preload list's minimum (hstspreload.org). */
const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 60 * 60

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  // Vuetify injects its theme as a <style> element.
  "style-src 'self' 'unsafe-inline'",
].join(';')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  // Same-origin: our own requests keep a full Referer (layer 1 reads it over HTTPS), other
  // sites learn nothing.
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  // CSP frame-ancestors 'none' is the modern rule; X-Frame-Options says the same to old browsers.
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
})

/**
 * API answers are per user (they depend on the session cookie): no shared or browser cache may
 * keep them, as Django's never_cache does.
 */
const API_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...SECURITY_HEADERS,
  'cache-control': 'no-store',
  vary: 'Cookie',
})

/**
 * Whether the request reached an API route. The matched route decides, not the raw URL: the router
 * decodes `/%61pi/session/` and strips an absolute-form `http://host/api/session/`, and both reach
 * `/api/session/` (issue #13 item 3). A URL that matched no route falls back to its raw path.
 */
function isApiRequest(request: FastifyRequest): boolean {
  // The raw path first: nearly every API request says /api/ as it is, and routeOptions builds an
  // object on every read.
  if (request.url.startsWith('/api/')) return true
  const route = request.routeOptions.url
  return route !== undefined && route.startsWith('/api/')
}

const HSTS = `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`

function setAll(reply: FastifyReply, headers: Readonly<Record<string, string>>): void {
  for (const name in headers) reply.header(name, headers[name])
}

export function registerSecurityHeaders(
  app: FastifyInstance,
  options: { isSecure: (request: { protocol: string }) => boolean },
): void {
  app.addHook('onRequest', (request, reply, done) => {
    setAll(reply, isApiRequest(request) ? API_HEADERS : SECURITY_HEADERS)
    if (options.isSecure(request)) reply.header('strict-transport-security', HSTS)
    done()
  })
}
