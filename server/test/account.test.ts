/**
 * The user's own account (issue #5): password change, re-authentication window, session list and
 * revoke, remember me. Every security property is tried from the attacker's side too.
 */
import { describe, expect, it } from 'vitest'
import { hashSessionId } from '../src/sessions/session.token.js'
import {
  ORIGIN,
  PASSWORD,
  authed,
  build,
  cookieHeader,
  cookieValue,
  createUser,
  login,
  loginOk,
  setCookies,
  type Cookies,
  type TestContext,
} from './helpers.js'

const MINUTE = 60_000
const NEW_PASSWORD = 'a-brand-new-passphrase-42'
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36'
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0'

async function loginAs(ctx: TestContext, username: string, userAgent: string): Promise<Cookies> {
  const { response, cookies } = await login(ctx, username, PASSWORD, { 'user-agent': userAgent })
  expect(response.statusCode).toBe(200)
  return cookies
}

async function changePassword(
  ctx: TestContext,
  cookies: Cookies,
  body: { currentPassword: string; newPassword: string },
): Promise<ReturnType<typeof authed>> {
  return authed(ctx, cookies, { method: 'POST', url: '/api/password/change/', payload: body })
}

const hello = async (ctx: TestContext, cookies: Cookies): Promise<number> =>
  (await authed(ctx, cookies, { url: '/api/hello/' })).statusCode

describe('POST /api/password/change/', () => {
  it('changes the password, ends every other session, and re-issues this one under a new id', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    await createUser(ctx, 'bob')
    const laptop = await loginOk(ctx, 'alice')
    const phone = await loginOk(ctx, 'alice')
    const bob = await loginOk(ctx, 'bob')

    const response = await changePassword(ctx, laptop, {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    })
    expect(response.statusCode).toBe(200)
    const set = setCookies(response)
    const next = {
      sessionid: cookieValue(set.get('sessionid')),
      csrftoken: cookieValue(set.get('csrftoken')),
    }
    expect(next.sessionid).toBeDefined()
    expect(next.sessionid).not.toBe(laptop.sessionid)
    expect(next.csrftoken).not.toBe(laptop.csrftoken)
    expect(set.get('sessionid')).toMatch(/HttpOnly/i)

    // This device continues under the new id; the old id and every other session are dead.
    expect(await hello(ctx, next)).toBe(200)
    expect(await hello(ctx, laptop)).toBe(401)
    expect(await hello(ctx, phone)).toBe(401)
    expect(await hello(ctx, bob)).toBe(200)
    // The old password no longer logs in; the new one does.
    expect((await login(ctx, 'alice', PASSWORD)).response.statusCode).toBe(400)
    expect((await login(ctx, 'alice', NEW_PASSWORD)).response.statusCode).toBe(200)

    const [event] = await ctx.app.services.audit.list({ event: 'password_changed' })
    expect(event).toMatchObject({
      username: 'alice',
      actor: { username: 'alice' },
      ip: '127.0.0.1',
      detail: { via: 'api', sessionsRevoked: 1 },
    })
  })

  it('refuses a wrong current password, counts it like a failed login, and changes nothing', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const response = await changePassword(ctx, cookies, {
      currentPassword: 'not-my-password',
      newPassword: NEW_PASSWORD,
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error).toMatchObject({
      code: 'invalid_credentials',
      fields: { currentPassword: ['Wrong password.'] },
    })
    expect(await hello(ctx, cookies)).toBe(200)
    expect((await login(ctx, 'alice', NEW_PASSWORD)).response.statusCode).toBe(400)
    // Guessing through this endpoint runs into the login throttle.
    let status = 0
    for (let attempt = 0; attempt < 8 && status !== 429; attempt++) {
      status = (
        await changePassword(ctx, cookies, {
          currentPassword: `guess-${attempt}`,
          newPassword: NEW_PASSWORD,
        })
      ).statusCode
    }
    expect(status).toBe(429)
  })

  it('applies the password validators to the new password', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const response = await changePassword(ctx, cookies, {
      currentPassword: PASSWORD,
      newPassword: 'password',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('invalid_request')
    expect(response.json().error.fields.newPassword.length).toBeGreaterThan(0)
    expect((await login(ctx, 'alice', PASSWORD)).response.statusCode).toBe(200)
  })

  it('needs a session and a CSRF token', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const body = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }
    const anonymous = await changePassword(ctx, {}, body)
    expect(anonymous.statusCode).toBe(401)
    const noToken = await ctx.app.inject({
      method: 'POST',
      url: '/api/password/change/',
      headers: { host: 'localhost', origin: ORIGIN, cookie: cookieHeader(cookies) },
      payload: body,
    })
    expect(noToken.statusCode).toBe(403)
    expect(noToken.json().error.code).toBe('csrf_failed')
    expect((await login(ctx, 'alice', PASSWORD)).response.statusCode).toBe(200)
  })
})

describe('re-authentication window', () => {
  it('sensitive actions need the password entered within REAUTH_WINDOW', async () => {
    const ctx = await build({ REAUTH_WINDOW: '10m' })
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const revokeOthers = (): ReturnType<typeof authed> =>
      authed(ctx, cookies, { method: 'POST', url: '/api/sessions/revoke-others/' })

    // Login counts as entering the password.
    ctx.clock.advance(9 * MINUTE)
    expect((await revokeOthers()).statusCode).toBe(200)
    ctx.clock.advance(1 * MINUTE)
    const stale = await revokeOthers()
    expect(stale.statusCode).toBe(403)
    expect(stale.json().error.code).toBe('reauthentication_required')
    const change = await changePassword(ctx, cookies, {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    })
    expect(change.json().error.code).toBe('reauthentication_required')

    const wrong = await authed(ctx, cookies, {
      method: 'POST',
      url: '/api/reauthenticate/',
      payload: { password: 'not-my-password' },
    })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().error.code).toBe('invalid_credentials')
    expect((await revokeOthers()).statusCode).toBe(403)
    // A wrong password does not end the session.
    expect(await hello(ctx, cookies)).toBe(200)

    const right = await authed(ctx, cookies, {
      method: 'POST',
      url: '/api/reauthenticate/',
      payload: { password: PASSWORD },
    })
    expect(right.statusCode).toBe(200)
    expect(right.json()).toEqual({
      reauthenticatedUntil: new Date(ctx.clock() + 10 * MINUTE).toISOString(),
    })
    expect((await revokeOthers()).statusCode).toBe(200)
    ctx.clock.advance(10 * MINUTE)
    expect((await revokeOthers()).statusCode).toBe(403)

    const events = (await ctx.app.services.audit.list()).map((event) => event.event)
    expect(events).toContain('reauthenticated')
    expect(events).toContain('reauthentication_failed')
  })

  it('re-authentication is throttled like login, and belongs to the one session', async () => {
    const ctx = await build({ REAUTH_WINDOW: '5m' })
    await createUser(ctx, 'alice')
    const first = await loginOk(ctx, 'alice')
    const second = await loginOk(ctx, 'alice')
    ctx.clock.advance(6 * MINUTE)
    const reauth = (cookies: Cookies, password: string): ReturnType<typeof authed> =>
      authed(ctx, cookies, { method: 'POST', url: '/api/reauthenticate/', payload: { password } })
    expect((await reauth(first, PASSWORD)).statusCode).toBe(200)
    // The second session did not re-enter the password: it stays locked.
    const other = await authed(ctx, second, { method: 'POST', url: '/api/sessions/revoke-others/' })
    expect(other.json().error.code).toBe('reauthentication_required')

    let response = await reauth(second, 'guess-0')
    for (let attempt = 1; attempt < 10 && response.statusCode !== 429; attempt++) {
      response = await reauth(second, `guess-${attempt}`)
    }
    expect(response.statusCode).toBe(429)
    expect(response.headers['retry-after']).toMatch(/^\d+$/)
    // Throttled means throttled, even with the right password.
    expect((await reauth(second, PASSWORD)).statusCode).toBe(429)
  })

  it('needs a session', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/reauthenticate/',
      headers: { host: 'localhost', origin: ORIGIN },
      payload: { password: PASSWORD },
    })
    expect(response.statusCode).toBe(401)
  })
})

describe('my sessions', () => {
  it('lists them with a public id, browser, OS and the current one marked; never a secret', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    await createUser(ctx, 'bob')
    const laptop = await loginAs(ctx, 'alice', CHROME)
    ctx.clock.advance(MINUTE)
    const desktop = await loginAs(ctx, 'alice', FIREFOX)
    await loginOk(ctx, 'bob')

    const response = await authed(ctx, laptop, { url: '/api/sessions/' })
    expect(response.statusCode).toBe(200)
    const { sessions } = response.json() as { sessions: Array<Record<string, unknown>> }
    expect(sessions).toHaveLength(2)
    expect(sessions[0]).toMatchObject({
      browser: 'Firefox 140',
      os: 'Windows 10',
      ip: '127.0.0.1',
      userAgent: FIREFOX,
      current: false,
      persistent: true,
    })
    expect(sessions[1]).toMatchObject({ browser: 'Chrome 156', os: 'Linux', current: true })
    for (const secret of [laptop.sessionid, desktop.sessionid, laptop.csrftoken]) {
      expect(response.body).not.toContain(secret)
      expect(response.body).not.toContain(hashSessionId(secret ?? ''))
    }
  })

  it("ends one by id; another user's id is a 404 and their session lives on", async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    await createUser(ctx, 'bob')
    const laptop = await loginOk(ctx, 'alice')
    const phone = await loginOk(ctx, 'alice')
    const bob = await loginOk(ctx, 'bob')
    const idOf = async (cookies: Cookies, current: boolean): Promise<string> => {
      const { sessions } = (await authed(ctx, cookies, { url: '/api/sessions/' })).json() as {
        sessions: Array<{ id: string; current: boolean }>
      }
      return sessions.find((session) => session.current === current)?.id ?? ''
    }
    const bobsId = await idOf(bob, true)
    const phoneId = await idOf(laptop, false)

    const stolen = await authed(ctx, laptop, { method: 'DELETE', url: `/api/sessions/${bobsId}/` })
    expect(stolen.statusCode).toBe(404)
    expect(stolen.json().error.code).toBe('not_found')
    expect(await hello(ctx, bob)).toBe(200)
    const unknown = await authed(ctx, laptop, {
      method: 'DELETE',
      url: `/api/sessions/${'A'.repeat(22)}/`,
    })
    expect(unknown.statusCode).toBe(404)

    const ended = await authed(ctx, laptop, { method: 'DELETE', url: `/api/sessions/${phoneId}/` })
    expect(ended.statusCode).toBe(204)
    expect(ended.body).toBe('')
    expect(await hello(ctx, phone)).toBe(401)
    expect(await hello(ctx, laptop)).toBe(200)
    // Twice is a 404: it is gone.
    const again = await authed(ctx, laptop, { method: 'DELETE', url: `/api/sessions/${phoneId}/` })
    expect(again.statusCode).toBe(404)
    const [event] = await ctx.app.services.audit.list({ event: 'session_revoked' })
    expect(event).toMatchObject({ actor: { username: 'alice' }, detail: { scope: 'one' } })
  })

  it('revoke-others ends every other session and keeps this one', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    await createUser(ctx, 'bob')
    const laptop = await loginOk(ctx, 'alice')
    const phone = await loginOk(ctx, 'alice')
    const tablet = await loginOk(ctx, 'alice')
    const bob = await loginOk(ctx, 'bob')
    const response = await authed(ctx, laptop, {
      method: 'POST',
      url: '/api/sessions/revoke-others/',
    })
    expect(response.json()).toEqual({ revoked: 2 })
    expect(await hello(ctx, laptop)).toBe(200)
    expect(await hello(ctx, phone)).toBe(401)
    expect(await hello(ctx, tablet)).toBe(401)
    expect(await hello(ctx, bob)).toBe(200)
  })

  it('leaves expired sessions out of the list', async () => {
    const ctx = await build({ SESSION_IDLE_TIMEOUT: '1h' })
    await createUser(ctx, 'alice')
    await loginOk(ctx, 'alice')
    ctx.clock.advance(2 * 60 * MINUTE)
    const fresh = await loginOk(ctx, 'alice')
    const { sessions } = (await authed(ctx, fresh, { url: '/api/sessions/' })).json() as {
      sessions: unknown[]
    }
    expect(sessions).toHaveLength(1)
  })
})

describe('remember me', () => {
  const maxAgeOf = (line: string | undefined): string | undefined =>
    /Max-Age=(\d+)/i.exec(line ?? '')?.[1]

  it('unchecked: browser-session cookies; checked or absent: cookies up to the absolute timeout', async () => {
    const ctx = await build({ SESSION_ABSOLUTE_TIMEOUT: '30d' })
    await createUser(ctx, 'alice')
    const loginWith = async (remember?: boolean): Promise<Map<string, string>> => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/login/',
        headers: { host: 'localhost', origin: ORIGIN },
        payload: {
          username: 'alice',
          password: PASSWORD,
          ...(remember === undefined ? {} : { remember }),
        },
      })
      expect(response.statusCode).toBe(200)
      return setCookies(response)
    }
    const session = await loginWith(false)
    expect(maxAgeOf(session.get('sessionid'))).toBeUndefined()
    expect(session.get('sessionid')).not.toMatch(/Expires=/i)
    expect(maxAgeOf(session.get('csrftoken'))).toBeUndefined()
    for (const remember of [true, undefined]) {
      const persistent = await loginWith(remember)
      expect(maxAgeOf(persistent.get('sessionid'))).toBe(String(30 * 24 * 3600))
      expect(maxAgeOf(persistent.get('csrftoken'))).toBe(String(30 * 24 * 3600))
    }
  })

  it('a browser-session login stays one after a password change, and still has the idle timeout', async () => {
    const ctx = await build({ SESSION_IDLE_TIMEOUT: '1h' })
    await createUser(ctx, 'alice')
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/login/',
      headers: { host: 'localhost', origin: ORIGIN },
      payload: { username: 'alice', password: PASSWORD, remember: false },
    })
    const set = setCookies(response)
    const cookies = {
      sessionid: cookieValue(set.get('sessionid')),
      csrftoken: cookieValue(set.get('csrftoken')),
    }
    const changed = await changePassword(ctx, cookies, {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    })
    const next = setCookies(changed)
    expect(next.get('sessionid')).toBeDefined()
    expect(maxAgeOf(next.get('sessionid'))).toBeUndefined()
    const renewed = {
      sessionid: cookieValue(next.get('sessionid')),
      csrftoken: cookieValue(next.get('csrftoken')),
    }
    ctx.clock.advance(61 * MINUTE)
    expect(await hello(ctx, renewed)).toBe(401)
  })

  it('refuses a remember that is not a boolean', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/login/',
      headers: { host: 'localhost', origin: ORIGIN },
      payload: { username: 'alice', password: PASSWORD, remember: 'yes' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('invalid_request')
  })
})

describe('review fixes', () => {
  it('ending another session needs re-authentication; ending this one logs out and clears the cookies', async () => {
    const ctx = await build({ REAUTH_WINDOW: '10m' })
    await createUser(ctx, 'alice')
    const laptop = await loginOk(ctx, 'alice')
    const phone = await loginOk(ctx, 'alice')
    const list = async (): Promise<Array<{ id: string; current: boolean }>> =>
      (
        (await authed(ctx, laptop, { url: '/api/sessions/' })).json() as {
          sessions: Array<{ id: string; current: boolean }>
        }
      ).sessions
    const sessions = await list()
    const phoneId = sessions.find((s) => !s.current)?.id ?? ''
    const laptopId = sessions.find((s) => s.current)?.id ?? ''
    ctx.clock.advance(11 * MINUTE)
    const stale = await authed(ctx, laptop, { method: 'DELETE', url: `/api/sessions/${phoneId}/` })
    expect(stale.statusCode).toBe(403)
    expect(stale.json().error.code).toBe('reauthentication_required')
    expect(await hello(ctx, phone)).toBe(200)

    const own = await authed(ctx, laptop, { method: 'DELETE', url: `/api/sessions/${laptopId}/` })
    expect(own.statusCode).toBe(204)
    expect(setCookies(own).get('sessionid')).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i)
    expect(await hello(ctx, laptop)).toBe(401)
    expect(await hello(ctx, phone)).toBe(200)
  })

  it('refuses a malformed session id with a 400, never a lookup', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    for (const id of ['nope', 'a%00b', 'x'.repeat(23), '%E2%80%AE'.repeat(3)]) {
      const response = await authed(ctx, cookies, { method: 'DELETE', url: `/api/sessions/${id}/` })
      expect(response.statusCode, id).toBe(400)
      expect(response.json().error.code).toBe('invalid_request')
    }
  })

  it('two password changes at once leave exactly one working session, never a dead pair', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const responses = await Promise.all(
      ['first-new-passphrase-1', 'second-new-passphrase-2'].map((newPassword) =>
        changePassword(ctx, cookies, { currentPassword: PASSWORD, newPassword }),
      ),
    )
    // Serialised per user since issue #13 item 13: one wins, the other gets 409 conflict.
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const statuses = await Promise.all(
      responses.map((response) => {
        const set = setCookies(response)
        return hello(ctx, {
          sessionid: cookieValue(set.get('sessionid')),
          csrftoken: cookieValue(set.get('csrftoken')),
        })
      }),
    )
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
  })

  it('re-authentication works while strangers fill the account-wide login counter', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    for (let i = 0; i < 30; i++) {
      await ctx.app.inject({
        method: 'POST',
        url: '/api/login/',
        remoteAddress: `198.51.100.${i + 1}`,
        headers: { host: 'localhost', origin: ORIGIN },
        payload: { username: 'alice', password: `guess-${i}` },
      })
    }
    // The login form is locked for the account…
    expect((await login(ctx, 'alice', PASSWORD)).response.statusCode).toBe(429)
    // …but the owner, in their session, can still re-enter their password.
    const reauth = await authed(ctx, cookies, {
      method: 'POST',
      url: '/api/reauthenticate/',
      payload: { password: PASSWORD },
    })
    expect(reauth.statusCode).toBe(200)
  })

  it('a stolen session guessing from changing addresses meets its own counter', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/reauthenticate/',
        remoteAddress: `203.0.113.${i + 1}`,
        headers: {
          host: 'localhost',
          origin: ORIGIN,
          cookie: cookieHeader(cookies),
          'x-csrftoken': cookies.csrftoken,
        },
        payload: { password: `guess-${i}` },
      })
      statuses.push(response.statusCode)
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400])
    expect(statuses.at(-1)).toBe(429)
  })

  it('GET /api/session/ says when the cookie sent belongs to an ended session, and drops it', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    await ctx.app.services.users.changePassword('alice', NEW_PASSWORD)
    const ended = await authed(ctx, cookies, { url: '/api/session/' })
    expect(ended.json()).toEqual({ user: null, sessionEnded: true })
    expect(setCookies(ended).get('sessionid')).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i)
    const anonymous = await ctx.app.inject({ url: '/api/session/', headers: { host: 'localhost' } })
    expect(anonymous.json()).toEqual({ user: null })
  })
})
