/**
 * Forward auth (issue #15 item 2, docs/forward-auth.md): GET /api/auth/verify/ as a reverse proxy
 * calls it for each request to a protected upstream, with the browser's headers and the original
 * method. The attacks are tried here and must fail: an anonymous request, a cross-site or
 * token-less unsafe request, a missing permission, a proxy that forgets the method, and a session
 * or permission that ends between two requests.
 */
import type { LightMyRequestResponse } from 'fastify'
import { describe, expect, it } from 'vitest'
import {
  ORIGIN,
  PASSWORD,
  build,
  cookieHeader,
  createUser,
  login,
  loginOk,
  type Cookies,
  type TestContext,
} from './helpers.js'

const EVIL = 'https://evil.example'

/** The subrequest as nginx sends it: the browser's headers, plus the original method and URI. */
function verify(
  ctx: TestContext,
  cookies: Partial<Cookies> | null,
  headers: Record<string, string | undefined> = {},
): Promise<LightMyRequestResponse> {
  const merged: Record<string, string | undefined> = {
    host: 'localhost',
    'x-original-method': 'GET',
    'x-original-uri': '/api/notes/',
    ...(cookies ? { cookie: cookieHeader(cookies) } : {}),
    ...headers,
  }
  // undefined leaves a header out, as a proxy that does not set it would.
  const all = Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
  return ctx.app.inject({ method: 'GET', url: '/api/auth/verify/', headers: all })
}

function sesameHeaders(response: LightMyRequestResponse): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(response.headers).filter(([name]) => name.startsWith('x-sesame-')),
  )
}

/** A group `notes-users` carrying `permissions`; returns its id. */
async function group(ctx: TestContext, permissions: string[]): Promise<number> {
  const created = await ctx.app.services.groups.create({ name: 'notes-users', permissions }, {})
  if (!created.ok) throw new Error(JSON.stringify(created.fields))
  return created.value.id
}

describe('GET /api/auth/verify/', () => {
  it('answers 401 with the code in X-Sesame-Error for a request without a session', async () => {
    const ctx = await build()
    await createUser(ctx)
    for (const cookies of [null, { sessionid: 'not-a-session', csrftoken: 'x' }]) {
      const response = await verify(ctx, cookies)
      expect(response.statusCode).toBe(401)
      expect(response.json()).toMatchObject({ error: { code: 'not_authenticated' } })
      expect(sesameHeaders(response)).toEqual({ 'x-sesame-error': 'not_authenticated' })
    }
  })

  it('answers 204 with the user in X-Sesame-* headers for a logged-in request', async () => {
    const ctx = await build()
    const alice = await createUser(ctx)
    await group(ctx, ['notes.view_note', 'notes.add_note'])
    await ctx.app.services.users.update(alice.id, { groups: ['notes-users'] })
    const cookies = await loginOk(ctx)
    const response = await verify(ctx, cookies)
    expect(response.statusCode).toBe(204)
    expect(response.body).toBe('')
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.headers['set-cookie']).toBeUndefined()
    expect(sesameHeaders(response)).toEqual({
      'x-sesame-user-id': String(alice.id),
      'x-sesame-username': 'alice',
      'x-sesame-email': 'alice%40example.com',
      'x-sesame-is-staff': 'false',
      'x-sesame-is-superuser': 'false',
      'x-sesame-permissions': 'notes.add_note,notes.view_note',
    })
  })

  it('percent-encodes names a header cannot carry as they are', async () => {
    const ctx = await build()
    await createUser(ctx, 'zoë')
    const response = await verify(ctx, await loginOk(ctx, 'zoë'))
    expect(response.statusCode).toBe(204)
    expect(response.headers['x-sesame-username']).toBe('zo%C3%AB')
    expect(decodeURIComponent(String(response.headers['x-sesame-username']))).toBe('zoë')
  })

  it('names the session’s user, whatever X-Sesame-* headers the client sent', async () => {
    const ctx = await build()
    await createUser(ctx)
    await createUser(ctx, 'root', { isSuperuser: true })
    const response = await verify(ctx, await loginOk(ctx), {
      'x-sesame-username': 'root',
      'x-sesame-user-id': '1',
      'x-sesame-is-superuser': 'true',
      'x-sesame-permissions': 'auth.change_user',
    })
    expect(response.statusCode).toBe(204)
    expect(response.headers['x-sesame-username']).toBe('alice')
    expect(response.headers['x-sesame-is-superuser']).toBe('false')
    expect(response.headers['x-sesame-permissions']).toBe('')
  })

  it('fails closed with 400 when the proxy does not say which method it checks', async () => {
    const ctx = await build()
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    for (const method of [undefined, '', 'post', 'GET /x', 'A'.repeat(40)]) {
      const response = await verify(ctx, cookies, { 'x-original-method': method })
      expect(response.statusCode, String(method)).toBe(400)
      expect(response.json()).toMatchObject({ error: { code: 'invalid_request' } })
      expect(response.headers['x-sesame-user-id']).toBeUndefined()
    }
    // Anonymous too: a misconfigured proxy shows at once, not only once someone logs in.
    expect((await verify(ctx, null, { 'x-original-method': undefined })).statusCode).toBe(400)
  })

  describe('an unsafe original method: both CSRF layers', () => {
    it('lets a same-origin request with the session’s token through', async () => {
      const ctx = await build()
      await createUser(ctx)
      const cookies = await loginOk(ctx)
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND']) {
        const response = await verify(ctx, cookies, {
          'x-original-method': method,
          origin: ORIGIN,
          'sec-fetch-site': 'same-origin',
          'x-csrftoken': cookies.csrftoken,
        })
        expect(response.statusCode, method).toBe(204)
      }
    })

    it('refuses a missing or wrong token, and a cross-site origin even with the token', async () => {
      const ctx = await build()
      await createUser(ctx)
      const cookies = await loginOk(ctx)
      const token = cookies.csrftoken
      const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
      const attempts: Array<Record<string, string | undefined>> = [
        { origin: ORIGIN },
        { origin: ORIGIN, 'x-csrftoken': wrong },
        { origin: ORIGIN, 'x-csrftoken': '' },
        { origin: EVIL, 'x-csrftoken': token },
        { 'sec-fetch-site': 'cross-site', origin: EVIL, 'x-csrftoken': token },
        { 'sec-fetch-site': 'same-site', 'x-csrftoken': token },
        { origin: 'null', 'x-csrftoken': token },
      ]
      for (const method of ['POST', 'DELETE', 'MKCOL']) {
        for (const headers of attempts) {
          const response = await verify(ctx, cookies, { 'x-original-method': method, ...headers })
          expect(response.statusCode, `${method} ${JSON.stringify(headers)}`).toBe(403)
          expect(response.json()).toMatchObject({ error: { code: 'csrf_failed' } })
          expect(sesameHeaders(response)).toEqual({ 'x-sesame-error': 'csrf_failed' })
        }
      }
      // A safe method needs neither: a link from another site may still show the page.
      const read = await verify(ctx, cookies, { origin: EVIL, 'sec-fetch-site': 'cross-site' })
      expect(read.statusCode).toBe(204)
    })

    it('checks the Referer over HTTPS when the browser sends neither Origin nor Sec-Fetch-Site', async () => {
      const ctx = await build({ PUBLIC_ORIGIN: 'https://app.example.com' })
      await createUser(ctx)
      const { cookies } = await login(ctx, 'alice', PASSWORD, {
        host: 'app.example.com',
        origin: 'https://app.example.com',
      })
      const post = (headers: Record<string, string>): Promise<LightMyRequestResponse> =>
        verify(ctx, cookies, {
          host: 'app.example.com',
          'x-original-method': 'POST',
          'x-csrftoken': cookies.csrftoken ?? '',
          ...headers,
        })
      expect((await post({ referer: 'https://app.example.com/notes' })).statusCode).toBe(204)
      expect((await post({ referer: `${EVIL}/page` })).statusCode).toBe(403)
      expect((await post({})).statusCode).toBe(403)
    })
  })

  describe('X-Sesame-Require-Permission', () => {
    it('refuses a user without it, and follows a change on the very next request', async () => {
      const ctx = await build()
      const alice = await createUser(ctx)
      const groupId = await group(ctx, ['notes.add_note'])
      const cookies = await loginOk(ctx)
      const ask = { 'x-sesame-require-permission': 'notes.add_note' }

      const refused = await verify(ctx, cookies, ask)
      expect(refused.statusCode).toBe(403)
      expect(refused.json()).toMatchObject({ error: { code: 'permission_denied' } })
      expect(sesameHeaders(refused)).toEqual({ 'x-sesame-error': 'permission_denied' })

      await ctx.app.services.users.update(alice.id, { groups: ['notes-users'] })
      expect((await verify(ctx, cookies, ask)).statusCode).toBe(204)

      const removed = await ctx.app.services.groups.update(groupId, { permissions: [] }, {})
      expect(removed?.ok).toBe(true)
      expect((await verify(ctx, cookies, ask)).statusCode).toBe(403)
      // Without the requirement the same session still passes: being logged in is enough.
      expect((await verify(ctx, cookies)).statusCode).toBe(204)
    })

    it('lets a superuser through for any permission, an app’s own too', async () => {
      const ctx = await build()
      await createUser(ctx, 'root', { isSuperuser: true })
      const response = await verify(ctx, await loginOk(ctx, 'root'), {
        'x-sesame-require-permission': 'notes.delete_note',
      })
      expect(response.statusCode).toBe(204)
      expect(response.headers['x-sesame-is-superuser']).toBe('true')
    })

    it('answers 400 for a malformed permission, before looking at the session', async () => {
      const ctx = await build()
      for (const permission of ['notes', 'notes.add note', 'a.b.c', `x.${'y'.repeat(120)}`]) {
        const response = await verify(ctx, null, { 'x-sesame-require-permission': permission })
        expect(response.statusCode, permission).toBe(400)
      }
    })
  })

  it('follows logout, deactivation and a password change on the very next request', async () => {
    const ctx = await build()
    const alice = await createUser(ctx)
    const headers = (cookies: Cookies): Record<string, string> => ({
      host: 'localhost',
      origin: ORIGIN,
      cookie: cookieHeader(cookies),
      'x-csrftoken': cookies.csrftoken ?? '',
    })

    const loggedOut = await loginOk(ctx)
    expect((await verify(ctx, loggedOut)).statusCode).toBe(204)
    const logout = await ctx.app.inject({
      method: 'POST',
      url: '/api/logout/',
      headers: headers(loggedOut),
    })
    expect(logout.statusCode).toBe(200)
    expect((await verify(ctx, loggedOut)).statusCode).toBe(401)

    const other = await loginOk(ctx)
    expect((await ctx.app.services.users.setPassword(alice.id, PASSWORD))?.ok).toBe(true)
    expect((await verify(ctx, other)).statusCode).toBe(401)

    const deactivated = await loginOk(ctx)
    expect((await verify(ctx, deactivated)).statusCode).toBe(204)
    expect((await ctx.app.services.users.update(alice.id, { isActive: false }))?.ok).toBe(true)
    expect((await verify(ctx, deactivated)).statusCode).toBe(401)
  })
})
