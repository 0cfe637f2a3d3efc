/**
 * The start-up self-check (issue #6): settings that cannot work together stop the start, settings
 * that work but leak are warned about, each with the fix in the message. A check that needs
 * traffic (forwarded headers from a hop TRUST_PROXY does not trust) runs on requests and warns at
 * most once an hour.
 */
import proxyAddr from '@fastify/proxy-addr'
import type { FastifyInstance } from 'fastify'
import type { Config } from './core/config.js'

export interface Findings {
  /** The server refuses to start. */
  errors: string[]
  /** The server starts and logs these. */
  warnings: string[]
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

export function checkConfiguration(config: Config): Findings {
  const errors: string[] = []
  const warnings: string[] = []
  const origin = config.publicOrigin === null ? null : new URL(config.publicOrigin)
  if (origin?.protocol === 'https:' && config.cookieSecure === false) {
    errors.push(
      `PUBLIC_ORIGIN is ${origin.origin} but COOKIE_SECURE=false: the session cookie would also ` +
        'be sent over plain HTTP, where anyone on the network can read it. Remove COOKIE_SECURE ' +
        '(it follows PUBLIC_ORIGIN) or set COOKIE_SECURE=true.',
    )
  }
  if (origin?.protocol === 'http:' && !LOCAL_HOSTS.has(origin.hostname)) {
    if (config.cookieSecure === true) {
      errors.push(
        `PUBLIC_ORIGIN is ${origin.origin} (plain HTTP) but COOKIE_SECURE=true: browsers drop ` +
          'Secure cookies on plain HTTP, so nobody could stay logged in. Serve the app over ' +
          'HTTPS and set PUBLIC_ORIGIN=https://…, or remove COOKIE_SECURE.',
      )
    } else {
      warnings.push(
        `PUBLIC_ORIGIN is ${origin.origin} (plain HTTP): session cookies and passwords travel ` +
          'unencrypted. Put TLS in front (deploy/nginx/sesame.conf) and set ' +
          `PUBLIC_ORIGIN=https://${origin.host}.`,
      )
    }
  }
  checkCookieNames(config, origin, errors, warnings)
  if (config.allowedHosts.includes('*')) {
    warnings.push(
      'ALLOWED_HOSTS=* accepts any Host header: a page on any site whose DNS name is pointed at ' +
        'this server (DNS rebinding) can drive the API from its own origin. List your host ' +
        'names instead, e.g. ALLOWED_HOSTS=app.example.com.',
    )
  }
  if (config.trustProxy === true) {
    warnings.push(
      'TRUST_PROXY=true believes X-Forwarded-For from every peer: unless only your proxy can ' +
        'reach this port, a client chooses the IP used for throttling and the audit log. Set ' +
        'TRUST_PROXY to the proxy address instead, e.g. TRUST_PROXY=127.0.0.1.',
    )
  }
  return { errors, warnings }
}

/** Cookie name prefixes browsers enforce: both need Secure; `__Host-` also no Domain, Path=/. */
const SECURE_PREFIXES = ['__host-', '__secure-']

/**
 * `__Host-` names need Secure cookies (browsers drop them otherwise, so nobody could log in); on
 * HTTPS they are recommended, since a sibling subdomain cannot toss a `__Host-` cookie.
 */
function checkCookieNames(
  config: Config,
  origin: URL | null,
  errors: string[],
  warnings: string[],
): void {
  const names = [config.sessionCookieName, config.csrfCookieName]
  const prefixed = names.filter((name) =>
    SECURE_PREFIXES.some((prefix) => name.toLowerCase().startsWith(prefix)),
  )
  if (prefixed.length > 0 && config.cookieSecure !== true) {
    errors.push(
      `The cookie name ${prefixed.join(' and ')} needs Secure cookies (browsers drop a ` +
        '__Host- or __Secure- cookie without Secure, so nobody could log in), but COOKIE_SECURE ' +
        'is not true. Serve the app over HTTPS with PUBLIC_ORIGIN=https://… (or set ' +
        'COOKIE_SECURE=true), or use the plain names sessionid and csrftoken.',
    )
  }
  if (origin?.protocol === 'https:' && names.some((name) => !name.startsWith('__Host-'))) {
    warnings.push(
      'On HTTPS, name the cookies with the __Host- prefix: SESSION_COOKIE_NAME=__Host-sessionid ' +
        'and CSRF_COOKIE_NAME=__Host-csrftoken. Browsers then refuse a cookie of that name set ' +
        'by a sibling subdomain (cookie tossing); Sesame already refuses requests that carry ' +
        'its cookies twice, but a toss still logs the user out while it lasts.',
    )
  }
}

/** The Redis holding sessions keeps nothing on disk: a restart of Redis logs everyone out. */
export function checkRedisPersistence(
  persistence: { aof: boolean; rdb: boolean } | null,
): string[] {
  if (persistence === null || persistence.aof || persistence.rdb) return []
  return [
    'The Redis holding sessions has no persistence (appendonly no, save ""): when it restarts, ' +
      'every user is logged out and throttle counters reset. Turn on AOF (appendonly yes) or ' +
      'RDB snapshots (save 3600 1).',
  ]
}

const FORWARDED_HEADERS = ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host'] as const
const WARN_EVERY_MS = 60 * 60_000

/**
 * Warns (at most hourly) when a request carries X-Forwarded-* headers from a peer TRUST_PROXY does
 * not trust: behind a proxy that is not trusted, every client looks like the proxy to throttling
 * and the audit log, and HTTPS goes unseen.
 */
export function registerForwardedHeaderCheck(app: FastifyInstance, config: Config): void {
  if (config.trustProxy === true) return
  // The same rule Fastify applies (its own proxy-addr), so this warns exactly when Fastify ignores.
  const trusted = config.trustProxy === false ? null : proxyAddr.compile([...config.trustProxy])
  let lastWarning = -Infinity
  app.addHook('onRequest', async (request) => {
    if (!FORWARDED_HEADERS.some((name) => request.headers[name] !== undefined)) return
    const peer = request.socket.remoteAddress ?? ''
    if (trusted?.(peer, 0)) return
    const now = Date.now()
    if (now - lastWarning < WARN_EVERY_MS) return
    lastWarning = now
    request.log.warn(
      { peer },
      `Requests with X-Forwarded-* headers arrive from ${peer}, which TRUST_PROXY does not ` +
        'trust: client addresses (throttling, audit log) and HTTPS are not seen. If it is your ' +
        `proxy, set TRUST_PROXY=${peer}.`,
    )
  })
}
