/**
 * The Host allowlist (ALLOWED_HOSTS, Django's setting of the same name). Without it, a page on
 * `evil.com` whose DNS name is rebound to this server's address drives the API from its own
 * origin: `Host: evil.com` with `Origin: http://evil.com` passes the origin check when
 * PUBLIC_ORIGIN is unset. Every request must name an allowed host, except the probes
 * (`config: { anyHost: true }`: `/healthz`, `/readyz`), which use addresses.
 *
 * The host checked is `request.host` without its port: the Host header, or X-Forwarded-Host when
 * it comes from a proxy TRUST_PROXY trusts, which is also what the origin check derives our
 * origin from. An absolute-form request target (`GET http://other/…`) must name an allowed host
 * too. The sets are built once; a request costs one lookup.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ApiError } from '../core/errors.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** true: this route answers whatever Host the request names (health checks). */
    anyHost?: boolean
  }
}

export type HostMatcher = (hostname: string) => boolean

/** Compiles ALLOWED_HOSTS into a matcher of lower-case host names without port. */
export function compileAllowedHosts(allowed: readonly string[]): HostMatcher {
  if (allowed.includes('*')) return () => true
  const exact = new Set<string>()
  const suffixes: string[] = []
  for (const entry of allowed) {
    const host = stripTrailingDot(entry.toLowerCase())
    if (host.startsWith('.')) {
      exact.add(host.slice(1))
      suffixes.push(host)
    } else {
      exact.add(host)
    }
  }
  return (hostname) => {
    if (exact.has(hostname)) return true
    for (const suffix of suffixes) if (hostname.endsWith(suffix)) return true
    return false
  }
}

/**
 * The host name of a Host value (`name[:port]`, `[v6][:port]`), lower case, without port and
 * trailing dot; '' when there is none.
 */
export function hostnameOf(host: string): string {
  let name: string
  if (host.startsWith('[')) {
    const end = host.indexOf(']')
    if (end === -1) return ''
    name = host.slice(0, end + 1)
  } else {
    const colon = host.indexOf(':')
    name = colon === -1 ? host : host.slice(0, colon)
  }
  return stripTrailingDot(name.toLowerCase())
}

function stripTrailingDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name
}

/** Whether the request names an allowed host (and its absolute-form target, if any, does too). */
export function isAllowedHost(request: FastifyRequest, matches: HostMatcher): boolean {
  const hostname = hostnameOf(request.host)
  if (hostname === '' || !matches(hostname)) return false
  const url = request.raw.url ?? '/'
  if (url.startsWith('/')) return true
  // Absolute form (RFC 9112 §3.2.2): its authority is the request's host.
  try {
    const target = new URL(url)
    return matches(hostnameOf(target.host))
  } catch {
    return false
  }
}

export function registerHostCheck(app: FastifyInstance, allowedHosts: readonly string[]): void {
  if (allowedHosts.includes('*')) return
  const matches = compileAllowedHosts(allowedHosts)
  app.addHook('onRequest', async (request) => {
    // The allowed case first: routeOptions builds an object on every read.
    if (isAllowedHost(request, matches) || request.routeOptions.config.anyHost === true) return
    request.log.warn({ host: request.host }, 'request for a host ALLOWED_HOSTS does not list')
    throw new ApiError('invalid_host')
  })
}
