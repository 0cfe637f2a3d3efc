/**
 * Cookie tossing (issue #13 item 2). A page on a sibling subdomain (`evil.example.com`) can set a
 * cookie for the parent domain, `sessionid=<its own>; Domain=example.com; Path=/api/`, which the
 * browser then sends to us next to ours, first (longer paths go first). Whichever copy a parser
 * keeps, we cannot tell which is ours: the victim would work in the attacker's session (login
 * CSRF, and `GET /api/session/` would hand out that session's CSRF secret), or a dead copy would
 * get the victim's own cookie cleared.
 *
 * So a `Cookie` header that names our session or CSRF cookie more than once is ambiguous: the
 * request is anonymous, an unsafe one is refused (400 `ambiguous_cookies`) before anything else
 * runs, and no route sets or clears a cookie in answer to it. `__Host-` cookie names
 * (SESSION_COOKIE_NAME, CSRF_COOKIE_NAME) stop the toss itself on HTTPS: browsers refuse a
 * `__Host-` cookie that has a Domain.
 *
 * @fastify/cookie parses the header into an object, where one copy silently wins, so the raw header
 * is scanned: two `indexOf` loops over a short string, on every request.
 */
import type { FastifyInstance } from 'fastify'
import { ApiError } from '../core/errors.js'
import { isUnsafeMethod } from './origin-check.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The Cookie header names our session or CSRF cookie more than once: treat as anonymous. */
    ambiguousCookies: boolean
  }
}

const SPACE = 0x20
const TAB = 0x09
const SEMICOLON = 0x3b
const EQUALS = 0x3d

/** How often `name` appears as a cookie name (`name=` at the start of a pair), counting to 2. */
export function cookieCount(header: string, name: string): 0 | 1 | 2 {
  let count: 0 | 1 | 2 = 0
  let from = 0
  for (;;) {
    const at = header.indexOf(name, from)
    if (at === -1) return count
    from = at + name.length
    if (startsPair(header, at) && followedByEquals(header, from)) {
      if (count === 1) return 2
      count = 1
    }
  }
}

/** Only spaces or tabs between the previous `;` (or the start) and `at`. */
function startsPair(header: string, at: number): boolean {
  let index = at - 1
  while (index >= 0) {
    const code = header.charCodeAt(index)
    if (code === SEMICOLON) return true
    if (code !== SPACE && code !== TAB) return false
    index -= 1
  }
  return true
}

/** `=` after optional spaces or tabs: parsers trim the name, so `sessionid =x` counts too. */
function followedByEquals(header: string, from: number): boolean {
  let index = from
  while (index < header.length) {
    const code = header.charCodeAt(index)
    if (code === EQUALS) return true
    if (code !== SPACE && code !== TAB) return false
    index += 1
  }
  return false
}

export function registerCookieTossingCheck(
  app: FastifyInstance,
  names: { sessionName: string; csrfName: string },
): void {
  app.decorateRequest('ambiguousCookies', false)
  const { sessionName, csrfName } = names
  app.addHook('onRequest', async (request) => {
    const header = request.headers.cookie
    if (header === undefined) return
    if (cookieCount(header, sessionName) < 2 && cookieCount(header, csrfName) < 2) return
    request.ambiguousCookies = true
    if (isUnsafeMethod(request.method)) {
      request.log.warn('request with a session or CSRF cookie sent twice (cookie tossing?)')
      throw new ApiError('ambiguous_cookies')
    }
  })
}
