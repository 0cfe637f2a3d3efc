/**
 * The Django reference setup's case against JWTs (docs/README.md, Where Sesame comes from;
 * docs/decisions/0001-session-cookies-not-jwt.md), one scenario each (issue #5): logging out, a
 * compromised account, a password change, a permission removed, a user deactivated. Each proves
 * the effect on the very next request of a session that was valid a moment before — also on a
 * second instance sharing the database — and what happens to the actor's own session.
 */
import { describe, expect, it } from 'vitest'
import {
  PASSWORD,
  authed,
  build,
  createUser,
  login,
  loginOk,
  secondInstance,
  type Cookies,
  type TestContext,
} from './helpers.js'

const status = async (ctx: TestContext, cookies: Cookies, url = '/api/hello/'): Promise<number> =>
  (await authed(ctx, cookies, { url })).statusCode

async function setup(): Promise<{
  ctx: TestContext
  other: TestContext
  aliceId: number
  root: Cookies
}> {
  const ctx = await build()
  const other = await secondInstance(ctx)
  await createUser(ctx, 'root', { isSuperuser: true })
  const alice = await createUser(ctx, 'alice')
  return { ctx, other, aliceId: alice.id, root: await loginOk(ctx, 'root') }
}

describe('the scenarios against JWTs, effective on the very next request', () => {
  it('logout: that session is dead everywhere; the user’s other sessions live on', async () => {
    const { ctx, other } = await setup()
    const laptop = await loginOk(ctx, 'alice')
    const phone = await loginOk(ctx, 'alice')
    expect(await status(other, laptop)).toBe(200)
    const out = await authed(ctx, laptop, { method: 'POST', url: '/api/logout/' })
    expect(out.statusCode).toBe(200)
    expect(await status(ctx, laptop)).toBe(401)
    expect(await status(other, laptop)).toBe(401)
    expect(await status(other, phone)).toBe(200)
  })

  it('compromised account: an admin ends all its sessions; the admin’s own session continues', async () => {
    const { ctx, other, aliceId, root } = await setup()
    const laptop = await loginOk(ctx, 'alice')
    const attacker = await loginOk(ctx, 'alice')
    expect(await status(other, attacker)).toBe(200)
    const response = await authed(ctx, root, {
      method: 'POST',
      url: `/api/admin/users/${aliceId}/revoke-sessions/`,
    })
    expect(response.json()).toEqual({ revoked: 2 })
    expect(await status(other, attacker)).toBe(401)
    expect(await status(ctx, laptop)).toBe(401)
    expect(await status(other, root)).toBe(200)
    const [event] = await ctx.app.services.audit.list({ event: 'session_revoked' })
    expect(event).toMatchObject({
      actor: { username: 'root' },
      username: 'alice',
      detail: { scope: 'all', sessionsRevoked: 2 },
    })
    // An admin who sets a new password also ends every session of the account.
    const thief = await loginOk(ctx, 'alice')
    const reset = await authed(ctx, root, {
      method: 'POST',
      url: `/api/admin/users/${aliceId}/password/`,
      payload: { password: 'reset-by-the-admin-31' },
    })
    expect(reset.json()).toEqual({ sessionsRevoked: 1 })
    expect(await status(other, thief)).toBe(401)
    expect((await login(ctx, 'alice', PASSWORD)).response.statusCode).toBe(400)
    expect(await status(other, root)).toBe(200)
  })

  it('password change: every other session dies; the changer continues under a new id', async () => {
    const { ctx, other } = await setup()
    const laptop = await loginOk(ctx, 'alice')
    const stolen = await loginOk(ctx, 'alice')
    const response = await authed(ctx, laptop, {
      method: 'POST',
      url: '/api/password/change/',
      payload: { currentPassword: PASSWORD, newPassword: 'a-brand-new-passphrase-42' },
    })
    expect(response.statusCode).toBe(200)
    const renewed = response.cookies.find((cookie) => cookie.name === 'sessionid')?.value
    const csrf = response.cookies.find((cookie) => cookie.name === 'csrftoken')?.value
    expect(await status(other, stolen)).toBe(401)
    expect(await status(other, laptop)).toBe(401)
    expect(await status(other, { sessionid: renewed, csrftoken: csrf })).toBe(200)
  })

  it('permission removed: the next admin request is refused; the session itself lives on', async () => {
    const { ctx, other, root } = await setup()
    await ctx.app.services.groups.create({ name: 'support', permissions: ['auth.view_user'] }, {})
    const helper = await createUser(ctx, 'helper', { isStaff: true, groups: ['support'] })
    const cookies = await loginOk(ctx, 'helper')
    expect(await status(other, cookies, '/api/admin/users/')).toBe(200)

    // Out of the group: the permission is gone on the next request, on every instance.
    const patch = (payload: object): ReturnType<typeof authed> =>
      authed(ctx, root, { method: 'PATCH', url: `/api/admin/users/${helper.id}/`, payload })
    expect((await patch({ groups: [] })).statusCode).toBe(200)
    expect(await status(other, cookies, '/api/admin/users/')).toBe(403)
    expect(await status(other, cookies)).toBe(200)
    const session = (await authed(other, cookies, { url: '/api/session/' })).json()
    expect(session.user.permissions).toEqual([])

    // Back in the group, then the group loses the permission: same effect.
    expect((await patch({ groups: ['support'] })).statusCode).toBe(200)
    expect(await status(other, cookies, '/api/admin/users/')).toBe(200)
    const groupId = (await ctx.app.services.groups.list())[0]?.id
    const emptied = await authed(ctx, root, {
      method: 'PATCH',
      url: `/api/admin/groups/${groupId}/`,
      payload: { permissions: [] },
    })
    expect(emptied.statusCode).toBe(200)
    expect(await status(other, cookies, '/api/admin/users/')).toBe(403)

    // Staff status removed: no admin at all, whatever the groups.
    await authed(ctx, root, {
      method: 'PATCH',
      url: `/api/admin/groups/${groupId}/`,
      payload: { permissions: ['auth.view_user'] },
    })
    expect(await status(other, cookies, '/api/admin/users/')).toBe(200)
    expect((await patch({ isStaff: false })).statusCode).toBe(200)
    expect(await status(other, cookies, '/api/admin/users/')).toBe(403)
    expect(await status(other, cookies)).toBe(200)
  })

  it('user deactivated: their sessions die at once and a reactivation does not revive them', async () => {
    const { ctx, other, aliceId, root } = await setup()
    const laptop = await loginOk(ctx, 'alice')
    expect(await status(other, laptop)).toBe(200)
    const patch = (isActive: boolean): ReturnType<typeof authed> =>
      authed(ctx, root, {
        method: 'PATCH',
        url: `/api/admin/users/${aliceId}/`,
        payload: { isActive },
      })
    expect((await patch(false)).json()).toMatchObject({ isActive: false })
    expect(await status(other, laptop)).toBe(401)
    expect((await login(ctx, 'alice')).response.statusCode).toBe(400)

    expect((await patch(true)).json()).toMatchObject({ isActive: true })
    expect(await status(other, laptop)).toBe(401)
    expect(await status(ctx, laptop)).toBe(401)
    // A fresh login works again, and the admin was never affected.
    expect(await status(other, await loginOk(ctx, 'alice'))).toBe(200)
    expect(await status(other, root)).toBe(200)
    const events = (await ctx.app.services.audit.list()).map((event) => event.event)
    expect(events).toEqual(expect.arrayContaining(['user_deactivated', 'user_reactivated']))
  })
})
