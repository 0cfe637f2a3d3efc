/**
 * Issue #13, what a login writes to the audit log: no tried name that matches no account, only
 * its keyed digest (item 7); one `login_throttled` row per blocking period, not per 429, and the
 * retention setting (item 6).
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { UNKNOWN_USERNAME_PREFIX } from '../src/audit/username-digest.js'
import {
  authed,
  build,
  createUser,
  login,
  loginOk,
  secondInstance,
  type Cookies,
  type TestContext,
} from './helpers.js'

async function withRoot(): Promise<{ ctx: TestContext; root: Cookies }> {
  const ctx = await build()
  await createUser(ctx, 'root', { isSuperuser: true })
  return { ctx, root: await loginOk(ctx, 'root') }
}

const DIGEST = new RegExp(`^${UNKNOWN_USERNAME_PREFIX}[0-9a-f]{12}$`)

describe('issue #13 item 7: a failed login with a name that matches no account', () => {
  it('stores a keyed digest, never the name; repeated attempts group; the filter finds them', async () => {
    const { ctx, root } = await withRoot()
    await createUser(ctx, 'alice')
    const typedPassword = 'Tr0ub4dor-and-3'
    await login(ctx, typedPassword, 'x')
    await login(ctx, typedPassword.toUpperCase(), 'y')
    await login(ctx, 'someone-else', 'z')
    await login(ctx, 'ALICE', 'a-wrong-password')

    const failed = (await ctx.app.services.audit.list({ event: 'login_failed' })).reverse()
    const names = failed.map((event) => event.username)
    expect(names[0]).toMatch(DIGEST)
    // Case-insensitive, like the account lookup: the same digest.
    expect(names[1]).toBe(names[0])
    expect(names[2]).toMatch(DIGEST)
    expect(names[2]).not.toBe(names[0])
    // A name that matches an account is kept as typed.
    expect(names[3]).toBe('ALICE')
    // Keyed: not a plain hash of the name anyone could compute.
    const plain = createHash('sha256').update(typedPassword.toLowerCase()).digest('hex')
    expect(names[0]).not.toBe(`${UNKNOWN_USERNAME_PREFIX}${plain.slice(0, 12)}`)

    const dump = JSON.stringify(await ctx.db.selectFrom('audit_events').selectAll().execute())
    expect(dump.toLowerCase()).not.toContain(typedPassword.toLowerCase())
    const csv = await authed(ctx, root, { url: '/api/admin/audit/export/' })
    expect(csv.body.toLowerCase()).not.toContain(typedPassword.toLowerCase())

    // ?username= with the name finds its failures through the digest, in any case.
    const found = await authed(ctx, root, {
      url: `/api/admin/audit/?username=${encodeURIComponent(typedPassword.toLowerCase())}`,
    })
    expect(found.json().results.map((e: { id: number }) => e.id)).toEqual(
      failed.slice(0, 2).map((event) => event.id).reverse(),
    )
    const exported = await authed(ctx, root, {
      url: `/api/admin/audit/export/?username=someone-else`,
    })
    expect(exported.body).toContain(names[2])
    expect(exported.body.split('\r\n')).toHaveLength(3)
  })

  it('gives the same digest on another instance of the same database', async () => {
    const { ctx } = await withRoot()
    await login(ctx, 'no-such-name', 'x')
    const other = await secondInstance(ctx)
    await login(other, 'No-Such-Name', 'x')
    const failed = await ctx.app.services.audit.list({ event: 'login_failed' })
    expect(failed).toHaveLength(2)
    expect(failed[0]?.username).toMatch(DIGEST)
    expect(failed[0]?.username).toBe(failed[1]?.username)
  })
})
