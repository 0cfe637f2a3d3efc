/**
 * issue #13 item 2: cookie tossing. A sibling subdomain sets `sessionid` (or `csrftoken`) for the
 * parent domain; the browser sends it next to ours, first when its Path is longer. Such a request
 * must be anonymous, refused when unsafe, and must never set or clear a cookie.
 */
import { describe, expect, it } from 'vitest'
import { generateToken } from '../src/sessions/session.token.js'
import { cookieCount } from '../src/security/cookie-tossing.js'
import {
  ORIGIN,
  PASSWORD,
  authed,
  build,
  createUser,
  loginOk,
  setCookies,
  cookieValue,
  type TestContext,
} from './helpers.js'

async function victimAndAttacker(ctx: TestContext) {
  await createUser(ctx, 'alice')
  await createUser(ctx, 'mallory')
  return { victim: await loginOk(ctx, 'alice'), attacker: await loginOk(ctx, 'mallory') }
}

function request(
  ctx: TestContext,
  cookie: string,
  options: { method?: 'GET' | 'POST'; url: string; token?: string; payload?: object },
) {
  return ctx.app.inject({
    method: options.method ?? 'GET',
    url: options.url,
    headers: {
      host: 'localhost',
      origin: ORIGIN,
      cookie,
      ...(options.token ? { 'x-csrftoken': options.token } : {}),
    },
    ...(options.payload ? { payload: options.payload } : {}),
  })
}

describe('issue #13 item 2: a session or CSRF cookie sent twice', () => {
  it('never adopts a tossed session: anonymous on safe requests, no cookie touched', async () => {
    const ctx = await build()
    const { victim, attacker } = await victimAndAttacker(ctx)
    // As Chromium sends them: the tossed cookie (Path=/api/) before the victim's (Path=/).
    const cookie =
      `sessionid=${attacker.sessionid}; csrftoken=${attacker.csrftoken}; ` +
      `sessionid=${victim.sessionid}; csrftoken=${victim.csrftoken}`
    const session = await request(ctx, cookie, { url: '/api/session/' })
    expect(session.statusCode).toBe(200)
    expect(session.json()).toEqual({ user: null })
    expect(session.headers['set-cookie']).toBeUndefined()
    expect(session.headers['cache-control']).toBe('no-store')
    const hello = await request(ctx, cookie, { url: '/api/hello/' })
    expect(hello.statusCode).toBe(401)
    expect(hello.body).not.toContain('mallory')
    // Both sessions live on, each usable with its own cookie alone.
    const own = await authed(ctx, victim, { url: '/api/hello/' })
    expect(own.json()).toEqual({ message: 'Hello alice' })
    expect((await authed(ctx, attacker, { url: '/api/hello/' })).statusCode).toBe(200)
  })

  it('refuses unsafe requests with 400 ambiguous_cookies and changes nothing', async () => {
    const ctx = await build()
    const { victim, attacker } = await victimAndAttacker(ctx)
    const cookie =
      `sessionid=${attacker.sessionid}; sessionid=${victim.sessionid}; ` +
      `csrftoken=${victim.csrftoken}`
    const attempts = [
      { method: 'POST', url: '/api/login/', payload: { username: 'alice', password: PASSWORD } },
      { method: 'POST', url: '/api/logout/', token: victim.csrftoken },
      { method: 'POST', url: '/api/logout/', token: attacker.csrftoken },
      { method: 'POST', url: '/api/sessions/revoke-others/', token: victim.csrftoken },
    ] as const
    for (const attempt of attempts) {
      const response = await request(ctx, cookie, attempt)
      expect(response.statusCode, attempt.url).toBe(400)
      expect(response.json().error.code).toBe('ambiguous_cookies')
      expect(response.headers['set-cookie']).toBeUndefined()
    }
    expect((await authed(ctx, victim, { url: '/api/hello/' })).statusCode).toBe(200)
    expect((await authed(ctx, attacker, { url: '/api/hello/' })).statusCode).toBe(200)
    const logins = await ctx.app.services.audit.list({ event: 'login_succeeded' })
    expect(logins).toHaveLength(2)
  })

  it('does not clear the victim’s cookie when the tossed id is dead', async () => {
    const ctx = await build()
    const { victim } = await victimAndAttacker(ctx)
    const cookie = `sessionid=${generateToken()}; sessionid=${victim.sessionid}`
    const session = await request(ctx, cookie, { url: '/api/session/' })
    expect(session.json()).toEqual({ user: null })
    expect(session.headers['set-cookie']).toBeUndefined()
    expect((await authed(ctx, victim, { url: '/api/session/' })).json().user.username).toBe('alice')
  })

  it('treats a tossed csrftoken the same way', async () => {
    const ctx = await build()
    const { victim } = await victimAndAttacker(ctx)
    const cookie =
      `sessionid=${victim.sessionid}; csrftoken=${generateToken()}; ` +
      `csrftoken=${victim.csrftoken}`
    expect((await request(ctx, cookie, { url: '/api/session/' })).json()).toEqual({ user: null })
    const post = await request(ctx, cookie, {
      method: 'POST',
      url: '/api/logout/',
      token: victim.csrftoken,
    })
    expect(post.statusCode).toBe(400)
    expect(post.json().error.code).toBe('ambiguous_cookies')
  })

  it('counts cookie names, not look-alikes inside other names or values', () => {
    expect(cookieCount('sessionid=a', 'sessionid')).toBe(1)
    expect(cookieCount('sessionid=a;sessionid=b', 'sessionid')).toBe(2)
    expect(cookieCount('sessionid=a;  \tsessionid =b', 'sessionid')).toBe(2)
    expect(cookieCount('xsessionid=a; sessionid=b', 'sessionid')).toBe(1)
    expect(cookieCount('a=sessionid=b; sessionid=c', 'sessionid')).toBe(1)
    expect(cookieCount('__Host-sessionid=a; sessionid=b', 'sessionid')).toBe(1)
    expect(cookieCount('sessionidx=a; sessionid=b', 'sessionid')).toBe(1)
    expect(cookieCount('a=b; sessionid', 'sessionid')).toBe(0)
    expect(cookieCount('', 'sessionid')).toBe(0)
  })
})

describe('issue #13 item 2: SESSION_COOKIE_NAME and CSRF_COOKIE_NAME', () => {
  const env = {
    SESSION_COOKIE_NAME: '__Host-sessionid',
    CSRF_COOKIE_NAME: '__Host-csrftoken',
    COOKIE_SECURE: 'true',
  }

  it('uses the configured names, tells the SPA the CSRF one, and ignores the defaults', async () => {
    const ctx = await build(env)
    await createUser(ctx)
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/login/',
      headers: { host: 'localhost', origin: ORIGIN },
      payload: { username: 'alice', password: PASSWORD },
    })
    expect(login.statusCode).toBe(200)
    const set = setCookies(login)
    expect([...set.keys()].sort()).toEqual(['__Host-csrftoken', '__Host-sessionid'])
    for (const line of set.values()) {
      expect(line).toContain('; Path=/')
      expect(line).toContain('; Secure')
      expect(line).not.toMatch(/domain=/i)
    }
    const sessionid = cookieValue(set.get('__Host-sessionid')) ?? ''
    const csrftoken = cookieValue(set.get('__Host-csrftoken')) ?? ''
    const own = `__Host-sessionid=${sessionid}; __Host-csrftoken=${csrftoken}`
    const session = await request(ctx, own, { url: '/api/session/' })
    expect(session.json()).toMatchObject({
      user: { username: 'alice' },
      csrfCookieName: '__Host-csrftoken',
    })
    // The default names mean nothing now.
    const defaults = await request(ctx, `sessionid=${sessionid}`, { url: '/api/hello/' })
    expect(defaults.statusCode).toBe(401)
    const logout = await request(ctx, own, {
      method: 'POST',
      url: '/api/logout/',
      token: csrftoken,
    })
    expect(logout.statusCode).toBe(200)
    expect(setCookies(logout).has('__Host-sessionid')).toBe(true)
  })

  it('refuses the configured names sent twice', async () => {
    const ctx = await build(env)
    const cookie = `__Host-sessionid=${generateToken()}; __Host-sessionid=${generateToken()}`
    const response = await request(ctx, cookie, {
      method: 'POST',
      url: '/api/login/',
      payload: { username: 'alice', password: PASSWORD },
    })
    expect(response.json().error.code).toBe('ambiguous_cookies')
    // Two cookies of the default names are someone else's business.
    const other = await request(ctx, `sessionid=a; sessionid=b`, { url: '/api/session/' })
    expect(other.headers['set-cookie']).toBeDefined()
  })
})
