/**
 * The admin API (issue #5): who may call which route (anonymous, a plain user, staff without and
 * with the permission, a superuser), what writes may grant, and the audit log's query.
 */
import { describe, expect, it } from 'vitest'
import {
  ORIGIN,
  PASSWORD,
  authed,
  build,
  createUser,
  login,
  loginOk,
  type Cookies,
  type TestContext,
} from './helpers.js'

const MINUTE = 60_000

interface Cast {
  ctx: TestContext
  ids: Record<'root' | 'helper' | 'staff' | 'alice' | 'bob', number>
  as: Record<'root' | 'helper' | 'staff' | 'member' | 'alice', Cookies>
}

/**
 * root (superuser), helper (staff in "support": every Sesame permission), staff (staff, no
 * group), member (in "support" but not staff: Django's rule says no admin), alice and bob.
 */
async function cast(env: Record<string, string> = {}): Promise<Cast> {
  const ctx = await build(env)
  const created = await ctx.app.services.groups.create(
    {
      name: 'support',
      permissions: [
        'auth.view_user',
        'auth.add_user',
        'auth.change_user',
        'auth.view_group',
        'audit.view_event',
      ],
    },
    {},
  )
  expect(created.ok).toBe(true)
  const root = await createUser(ctx, 'root', { isSuperuser: true })
  const helper = await createUser(ctx, 'helper', { isStaff: true, groups: ['support'] })
  const staff = await createUser(ctx, 'staff', { isStaff: true })
  const alice = await createUser(ctx, 'alice')
  const bob = await createUser(ctx, 'bob')
  await createUser(ctx, 'member', { groups: ['support'] })
  return {
    ctx,
    ids: { root: root.id, helper: helper.id, staff: staff.id, alice: alice.id, bob: bob.id },
    as: {
      root: await loginOk(ctx, 'root'),
      helper: await loginOk(ctx, 'helper'),
      staff: await loginOk(ctx, 'staff'),
      member: await loginOk(ctx, 'member'),
      alice: await loginOk(ctx, 'alice'),
    },
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

describe('admin API access', () => {
  it('every route: 401 anonymous, 403 for a user, 403 for staff without the permission, allowed with it', async () => {
    const { ctx, ids, as } = await cast()
    const groupId = (await ctx.app.services.groups.list())[0]?.id ?? 0
    // Each route with a body that succeeds, and who besides a superuser may call it.
    const routes: Array<{ method: Method; url: string; payload?: object; helper: boolean }> = [
      { method: 'GET', url: '/api/admin/users/', helper: true },
      { method: 'GET', url: `/api/admin/users/${ids.bob}/`, helper: true },
      { method: 'GET', url: `/api/admin/users/${ids.bob}/sessions/`, helper: true },
      { method: 'GET', url: '/api/admin/audit/', helper: true },
      { method: 'GET', url: '/api/admin/audit/types/', helper: true },
      { method: 'GET', url: '/api/admin/audit/export/', helper: true },
      { method: 'GET', url: '/api/admin/groups/', helper: true },
      {
        method: 'PATCH',
        url: `/api/admin/users/${ids.bob}/`,
        payload: { email: 'b@example.org' },
        helper: true,
      },
      { method: 'POST', url: `/api/admin/users/${ids.bob}/revoke-sessions/`, helper: true },
      {
        method: 'POST',
        url: `/api/admin/users/${ids.bob}/password/`,
        payload: { password: 'set-by-an-admin-77' },
        helper: true,
      },
      {
        method: 'POST',
        url: '/api/admin/users/',
        payload: { username: 'newbie', password: 'newbie-passphrase-1' },
        helper: true,
      },
      {
        method: 'POST',
        url: '/api/admin/groups/',
        payload: { name: 'ops', permissions: [] },
        helper: false,
      },
      {
        method: 'PATCH',
        url: `/api/admin/groups/${groupId}/`,
        payload: { name: 'support' },
        helper: false,
      },
    ]
    for (const route of routes) {
      const call = (cookies: Cookies): ReturnType<typeof authed> =>
        authed(ctx, cookies, {
          method: route.method,
          url: route.url,
          ...(route.payload ? { payload: route.payload } : {}),
        })
      const label = `${route.method} ${route.url}`
      const anonymous = await ctx.app.inject({
        method: route.method,
        url: route.url,
        headers: { host: 'localhost', origin: ORIGIN },
        ...(route.payload ? { payload: route.payload } : {}),
      })
      expect(anonymous.statusCode, label).toBe(401)
      for (const who of ['alice', 'member', 'staff'] as const) {
        const denied = await call(as[who])
        expect(denied.statusCode, `${label} as ${who}`).toBe(403)
        expect(denied.json().error.code, `${label} as ${who}`).toBe('permission_denied')
      }
      const byHelper = await call(as.helper)
      if (route.helper) expect(byHelper.statusCode, `${label} as helper`).toBeLessThan(300)
      else expect(byHelper.statusCode, `${label} as helper`).toBe(403)
      if (route.method !== 'GET' && !route.helper) {
        const byRoot = await call(as.root)
        expect(byRoot.statusCode, `${label} as root`).toBeLessThan(300)
      }
    }
    // The superuser reads everything too.
    for (const url of ['/api/admin/users/', '/api/admin/audit/', '/api/admin/groups/']) {
      expect((await authed(ctx, as.root, { url })).statusCode).toBe(200)
    }
    const deleted = await authed(ctx, as.root, {
      method: 'DELETE',
      url: `/api/admin/groups/${groupId}/`,
    })
    expect(deleted.statusCode).toBe(204)
  })

  it('only a superuser grants staff, superuser or groups, or touches a staff account', async () => {
    const { ctx, ids, as } = await cast()
    const patch = (cookies: Cookies, id: number, payload: object): ReturnType<typeof authed> =>
      authed(ctx, cookies, { method: 'PATCH', url: `/api/admin/users/${id}/`, payload })
    for (const payload of [{ isStaff: true }, { isSuperuser: true }, { groups: ['support'] }]) {
      const response = await patch(as.helper, ids.alice, payload)
      expect(response.statusCode, JSON.stringify(payload)).toBe(403)
    }
    const create = await authed(ctx, as.helper, {
      method: 'POST',
      url: '/api/admin/users/',
      payload: { username: 'sneaky', password: 'sneaky-passphrase-1', isSuperuser: true },
    })
    expect(create.statusCode).toBe(403)
    expect(await ctx.app.services.users.findByUsername('sneaky')).toBeNull()
    // The helper may not take over a staff or superuser account by setting its password.
    for (const target of [ids.root, ids.staff, ids.helper]) {
      const response = await authed(ctx, as.helper, {
        method: 'POST',
        url: `/api/admin/users/${target}/password/`,
        payload: { password: 'taken-over-passphrase-9' },
      })
      expect(response.statusCode).toBe(403)
    }
    expect((await login(ctx, 'root', PASSWORD)).response.statusCode).toBe(200)
    // Sending a flag unchanged is no grant.
    expect(
      (await patch(as.helper, ids.alice, { isStaff: false, email: 'a@example.org' })).statusCode,
    ).toBe(200)
    // The superuser may grant.
    const granted = await patch(as.root, ids.alice, { isStaff: true, groups: ['support'] })
    expect(granted.statusCode).toBe(200)
    expect(granted.json()).toMatchObject({ isStaff: true, groups: ['support'] })
    expect(granted.json().permissions).toContain('auth.change_user')
  })

  it('nobody removes their own active, staff or superuser flag by accident', async () => {
    const { ctx, ids, as } = await cast()
    for (const payload of [{ isActive: false }, { isStaff: false }, { isSuperuser: false }]) {
      const response = await authed(ctx, as.root, {
        method: 'PATCH',
        url: `/api/admin/users/${ids.root}/`,
        payload,
      })
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('invalid_request')
    }
  })

  it('admin writes need a recent password entry', async () => {
    const { ctx, ids, as } = await cast({ REAUTH_WINDOW: '10m' })
    ctx.clock.advance(11 * MINUTE)
    const write = (): ReturnType<typeof authed> =>
      authed(ctx, as.root, { method: 'POST', url: `/api/admin/users/${ids.bob}/revoke-sessions/` })
    const stale = await write()
    expect(stale.statusCode).toBe(403)
    expect(stale.json().error.code).toBe('reauthentication_required')
    // Reads do not.
    expect((await authed(ctx, as.root, { url: '/api/admin/users/' })).statusCode).toBe(200)
    const reauth = await authed(ctx, as.root, {
      method: 'POST',
      url: '/api/reauthenticate/',
      payload: { password: PASSWORD },
    })
    expect(reauth.statusCode).toBe(200)
    expect((await write()).statusCode).toBe(200)
  })
})

describe('admin users', () => {
  it('lists with search and paging, and shows groups and effective permissions', async () => {
    const { ctx, as } = await cast()
    const all = await authed(ctx, as.root, { url: '/api/admin/users/?pageSize=2' })
    expect(all.json().count).toBe(6)
    expect(all.json().results.map((u: { username: string }) => u.username)).toEqual([
      'alice',
      'bob',
    ])
    const page2 = await authed(ctx, as.root, { url: '/api/admin/users/?pageSize=2&page=2' })
    expect(page2.json().results.map((u: { username: string }) => u.username)).toEqual([
      'helper',
      'member',
    ])
    const search = await authed(ctx, as.root, { url: '/api/admin/users/?search=HELP' })
    expect(search.json().count).toBe(1)
    expect(search.json().results[0]).toMatchObject({
      username: 'helper',
      isStaff: true,
      isActive: true,
      groups: ['support'],
    })
    // LIKE wildcards in the search are plain characters.
    const wild = await authed(ctx, as.root, { url: '/api/admin/users/?search=%25' })
    expect(wild.json().count).toBe(0)
    const byEmail = await authed(ctx, as.root, { url: '/api/admin/users/?search=bob%40example' })
    expect(byEmail.json().results.map((u: { username: string }) => u.username)).toEqual(['bob'])
    for (const bad of ['?page=0', '?pageSize=1000', '?page=x']) {
      const response = await authed(ctx, as.root, { url: `/api/admin/users/${bad}` })
      expect(response.statusCode, bad).toBe(400)
      expect(response.json().error.code).toBe('invalid_request')
    }
    const root = (await authed(ctx, as.root, { url: '/api/admin/users/?search=root' })).json()
      .results[0]
    expect(root.permissions).toEqual(
      expect.arrayContaining(['auth.change_user', 'audit.view_event']),
    )
  })

  it('creates users with validation, and 404s an unknown id', async () => {
    const { ctx, as } = await cast()
    const create = (payload: object): ReturnType<typeof authed> =>
      authed(ctx, as.root, { method: 'POST', url: '/api/admin/users/', payload })
    const created = await create({
      username: 'carol',
      email: 'carol@example.com',
      password: 'carol-passphrase-1',
      groups: ['support'],
      isStaff: true,
    })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ username: 'carol', isStaff: true, groups: ['support'] })
    expect(created.body).not.toContain('carol-passphrase-1')
    expect((await login(ctx, 'carol', 'carol-passphrase-1')).response.statusCode).toBe(200)
    const taken = await create({ username: 'Carol', password: 'carol-passphrase-1' })
    expect(taken.statusCode).toBe(400)
    expect(taken.json().error.fields.username).toBeDefined()
    const weak = await create({ username: 'dave', password: 'password', groups: ['nope'] })
    expect(weak.statusCode).toBe(400)
    expect(Object.keys(weak.json().error.fields).sort()).toEqual(['groups', 'password'])
    for (const url of ['/api/admin/users/999/', '/api/admin/users/999/sessions/']) {
      const missing = await authed(ctx, as.root, { url })
      expect(missing.statusCode).toBe(404)
    }
    for (const url of [
      '/api/admin/users/abc/',
      '/api/admin/users/0/',
      '/api/admin/users/99999999999/',
    ]) {
      expect((await authed(ctx, as.root, { url })).statusCode, url).toBe(400)
    }
    const unknownField = await authed(ctx, as.root, {
      method: 'PATCH',
      url: '/api/admin/users/1/',
      payload: { password: 'x' },
    })
    expect(unknownField.statusCode).toBe(400)
  })

  it("shows a user's sessions by public id", async () => {
    const { ctx, ids, as } = await cast()
    const response = await authed(ctx, as.root, { url: `/api/admin/users/${ids.alice}/sessions/` })
    expect(response.statusCode).toBe(200)
    expect(response.json().sessions).toHaveLength(1)
    expect(response.json().sessions[0]).toMatchObject({ current: false, ip: '127.0.0.1' })
    expect(response.body).not.toContain(as.alice.sessionid)
  })
})

describe('admin audit log', () => {
  it('records actor, target, IP and user agent, and filters by user, type and time', async () => {
    const { ctx, ids, as } = await cast()
    ctx.clock.advance(MINUTE)
    const since = new Date(ctx.clock()).toISOString()
    await authed(ctx, as.root, {
      method: 'PATCH',
      url: `/api/admin/users/${ids.bob}/`,
      payload: { isActive: false },
    })
    const response = await authed(ctx, as.root, {
      url: `/api/admin/audit/?user=${ids.bob}&since=${since}`,
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      count: 1,
      results: [
        {
          type: 'user_deactivated',
          actor: { id: ids.root, username: 'root' },
          target: { id: ids.bob, username: 'bob' },
          ip: '127.0.0.1',
          detail: { changed: ['isActive'] },
        },
      ],
    })
    const byType = await authed(ctx, as.root, {
      url: '/api/admin/audit/?type=login_succeeded&pageSize=2',
    })
    expect(byType.json().count).toBe(5)
    expect(byType.json().results).toHaveLength(2)
    const until = await authed(ctx, as.root, {
      url: `/api/admin/audit/?until=${since}&type=user_deactivated`,
    })
    expect(until.json().count).toBe(0)
    const bad = await authed(ctx, as.root, { url: '/api/admin/audit/?since=yesterday' })
    expect(bad.statusCode).toBe(400)
  })
})

describe('admin review fixes', () => {
  it('an admin sets their own password on the account page, not here', async () => {
    const { ctx, ids, as } = await cast()
    const response = await authed(ctx, as.root, {
      method: 'POST',
      url: `/api/admin/users/${ids.root}/password/`,
      payload: { password: 'my-own-new-passphrase-5' },
    })
    expect(response.statusCode).toBe(400)
    expect((await authed(ctx, as.root, { url: '/api/hello/' })).statusCode).toBe(200)
  })

  it('staff without superuser status cannot see where stronger accounts are logged in', async () => {
    const { ctx, ids, as } = await cast()
    const denied = await authed(ctx, as.helper, { url: `/api/admin/users/${ids.root}/sessions/` })
    expect(denied.statusCode).toBe(403)
    const own = await authed(ctx, as.helper, { url: `/api/admin/users/${ids.helper}/sessions/` })
    expect(own.statusCode).toBe(200)
    expect(own.json().sessions[0].current).toBe(true)
  })

  it('a write aimed at an ordinary account is refused if the account became staff meanwhile', async () => {
    const { ctx, ids } = await cast()
    // The route checked alice when she was ordinary; a superuser promotes her before the write.
    await ctx.app.services.users.update(ids.alice, { isStaff: true })
    const guarded = { onlyOrdinaryTarget: true }
    await expect(
      ctx.app.services.users.setPassword(ids.alice, 'taken-over-passphrase-9', guarded),
    ).rejects.toMatchObject({ code: 'permission_denied' })
    await expect(
      ctx.app.services.users.update(ids.alice, { email: 'x@example.org' }, guarded),
    ).rejects.toMatchObject({ code: 'permission_denied' })
    expect((await login(ctx, 'alice', PASSWORD)).response.statusCode).toBe(200)
  })

  it('refuses control characters in every stored or searched text, and numbers in other spellings', async () => {
    const { ctx, ids, as } = await cast()
    const requests: Array<{ method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object }> = [
      { method: 'GET', url: '/api/admin/users/?search=a%00' },
      { method: 'GET', url: '/api/admin/audit/?type=login%00' },
      { method: 'GET', url: '/api/admin/users/0x2/' },
      { method: 'GET', url: '/api/admin/users/1e0/' },
      { method: 'GET', url: '/api/admin/users/?page=1.5' },
      { method: 'GET', url: '/api/admin/audit/?user=%202' },
      { method: 'PATCH', url: `/api/admin/users/${ids.bob}/`, payload: { email: 'a\u0000b@c.de' } },
      { method: 'PATCH', url: `/api/admin/users/${ids.bob}/`, payload: { groups: ['x\u0000'] } },
      { method: 'POST', url: '/api/admin/groups/', payload: { name: 'g\u0007' } },
      { method: 'POST', url: '/api/admin/groups/', payload: { name: 'g', permissions: ['a.b\n'] } },
    ]
    for (const request of requests) {
      const response = await authed(ctx, as.root, request)
      expect(response.statusCode, request.url).toBe(400)
      expect(response.json().error.code, request.url).toBe('invalid_request')
    }
  })

  it('renaming a group to a taken name is a 400', async () => {
    const { ctx, as } = await cast()
    const ops = await authed(ctx, as.root, {
      method: 'POST',
      url: '/api/admin/groups/',
      payload: { name: 'ops' },
    })
    expect(ops.statusCode).toBe(201)
    const clash = await authed(ctx, as.root, {
      method: 'PATCH',
      url: `/api/admin/groups/${ops.json().id}/`,
      payload: { name: 'support' },
    })
    expect(clash.statusCode).toBe(400)
    expect(clash.json().error.fields.name).toBeDefined()
  })
})

describe('DELETE /api/admin/users/{id}/', () => {
  it('deletes the user: their sessions end at once, the audit log keeps their name', async () => {
    const { ctx, ids, as } = await cast()
    const bobSession = await loginOk(ctx, 'bob')
    await loginOk(ctx, 'bob')
    expect((await authed(ctx, bobSession, { url: '/api/hello/' })).statusCode).toBe(200)
    const deleted = await authed(ctx, as.root, {
      method: 'DELETE',
      url: `/api/admin/users/${ids.bob}/`,
    })
    expect(deleted.statusCode).toBe(204)
    expect(deleted.body).toBe('')
    expect((await authed(ctx, bobSession, { url: '/api/hello/' })).statusCode).toBe(401)
    const gone = await authed(ctx, as.root, { url: `/api/admin/users/${ids.bob}/` })
    expect(gone.statusCode).toBe(404)
    expect((await login(ctx, 'bob')).response.statusCode).toBe(400)
    const events = await ctx.app.services.audit.list({ limit: 1000 })
    const event = events.find((e) => e.event === 'user_deleted')
    expect(event).toMatchObject({
      userId: null,
      username: 'bob',
      actor: { id: ids.root, username: 'root' },
      detail: { sessionsEnded: 2, isStaff: false, isSuperuser: false },
    })
    // Bob's older events keep his name; their id reads null now.
    const created = events.find((e) => e.event === 'user_created' && e.username === 'bob')
    expect(created?.userId).toBeNull()
    // The name is free again.
    const again = await authed(ctx, as.root, {
      method: 'POST',
      url: '/api/admin/users/',
      payload: { username: 'bob', password: 'a-new-bob-passphrase-3' },
    })
    expect(again.statusCode).toBe(201)
  })

  it('is refused: anonymous, without auth.delete_user, a superuser by staff, oneself, stale password', async () => {
    const { ctx, ids, as } = await cast()
    const url = (id: number) => `/api/admin/users/${id}/`
    const anonymous = await ctx.app.inject({
      method: 'DELETE',
      url: url(ids.bob),
      headers: { origin: ORIGIN, host: 'localhost' },
    })
    expect(anonymous.statusCode).toBe(401)
    for (const cookies of [as.alice, as.member, as.staff, as.helper]) {
      const refused = await authed(ctx, cookies, { method: 'DELETE', url: url(ids.bob) })
      expect(refused.statusCode).toBe(403)
      expect(refused.json().error.code).toBe('permission_denied')
    }
    // Staff with the permission still may not delete a superuser or other staff.
    const deleters = await ctx.app.services.groups.create(
      { name: 'deleters', permissions: ['auth.view_user', 'auth.delete_user'] },
      {},
    )
    expect(deleters.ok).toBe(true)
    await createUser(ctx, 'remover', { isStaff: true, groups: ['deleters'] })
    const remover = await loginOk(ctx, 'remover')
    for (const id of [ids.root, ids.helper]) {
      const refused = await authed(ctx, remover, { method: 'DELETE', url: url(id) })
      expect(refused.statusCode).toBe(403)
    }
    const self = await authed(ctx, as.root, { method: 'DELETE', url: url(ids.root) })
    expect(self.statusCode).toBe(400)
    expect(self.json().error.message).toBe('You cannot delete your own account.')
    const missing = await authed(ctx, as.root, { method: 'DELETE', url: url(99999) })
    expect(missing.statusCode).toBe(404)
    const foreign = await ctx.app.inject({
      method: 'DELETE',
      url: url(ids.bob),
      headers: {
        host: 'localhost',
        origin: 'https://evil.example',
        cookie: `sessionid=${as.root.sessionid}; csrftoken=${as.root.csrftoken}`,
        'x-csrftoken': as.root.csrftoken ?? '',
      },
    })
    expect(foreign.statusCode).toBe(403)
    expect(foreign.json().error.code).toBe('csrf_failed')
    // Past the re-authentication window: the password first.
    ctx.clock.advance(11 * MINUTE)
    const stale = await authed(ctx, remover, { method: 'DELETE', url: url(ids.alice) })
    expect(stale.statusCode).toBe(403)
    expect(stale.json().error.code).toBe('reauthentication_required')
    const reauth = await authed(ctx, remover, {
      method: 'POST',
      url: '/api/reauthenticate/',
      payload: { password: PASSWORD },
    })
    expect(reauth.statusCode).toBe(200)
    const ok = await authed(ctx, remover, { method: 'DELETE', url: url(ids.alice) })
    expect(ok.statusCode).toBe(204)
    // Nothing of the refused attempts happened: bob, root and helper are still there.
    for (const id of [ids.bob, ids.root, ids.helper]) {
      expect(await ctx.app.services.users.findById(id)).not.toBeNull()
    }
  })
})
