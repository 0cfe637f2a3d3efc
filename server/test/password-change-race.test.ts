/**
 * Issue #13 item 13: parallel password changes from one session are serialised per user. The
 * change is a compare-and-swap on `auth_version`: one wins, the others get 409 `conflict`, and the
 * password that sticks is the winner's.
 */
import { describe, expect, it } from 'vitest'
import {
  DJANGO_HASH,
  DJANGO_PASSWORD,
  PASSWORD,
  authed,
  build,
  cookieValue,
  createUser,
  login,
  loginOk,
  setCookies,
} from './helpers.js'

// argon2id at the OWASP cost, not the tests' cheap one: the races below need its duration.
const REAL_COST = { realPasswordCost: true }

describe('parallel password changes (issue #13 item 13)', () => {
  it("N parallel changes from one session: one 200, the rest 409 conflict, the winner's password sticks", async () => {
    const ctx = await build({}, REAL_COST)
    await createUser(ctx, 'alice')
    const cookies = await loginOk(ctx, 'alice')
    const candidates = Array.from({ length: 5 }, (_, i) => `new-passphrase-number-${i}`)
    const responses = await Promise.all(
      candidates.map((newPassword) =>
        authed(ctx, cookies, {
          method: 'POST',
          url: '/api/password/change/',
          payload: { currentPassword: PASSWORD, newPassword },
        }),
      ),
    )
    const statuses = responses.map((r) => r.statusCode)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    const winner = statuses.indexOf(200)
    for (const [i, response] of responses.entries()) {
      if (i === winner) continue
      expect(response.statusCode).toBe(409)
      expect(response.json().error.code).toBe('conflict')
      // A loser sets no cookie: the browser keeps the winner's new session.
      expect(setCookies(response).has('sessionid')).toBe(false)
    }

    // The winner's password logs in; the losers' and the old one do not.
    for (const [i, password] of candidates.entries()) {
      const { response } = await login(ctx, 'alice', password, {})
      expect(response.statusCode, `candidate ${i}`).toBe(i === winner ? 200 : 400)
    }
    expect((await login(ctx, 'alice', PASSWORD, {})).response.statusCode).toBe(400)

    // The winner's session continues; the old cookie is dead.
    const won = responses[winner]
    if (!won) throw new Error('no winner')
    const set = setCookies(won)
    const next = {
      sessionid: cookieValue(set.get('sessionid')),
      csrftoken: cookieValue(set.get('csrftoken')),
    }
    expect((await authed(ctx, next, { url: '/api/hello/' })).statusCode).toBe(200)
    expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(401)

    // Exactly one change recorded; each loser says why it failed.
    const events = await ctx.app.services.audit.list()
    expect(events.filter((e) => e.event === 'password_changed')).toHaveLength(1)
    const lost = events.filter((e) => e.event === 'password_change_failed')
    expect(lost.map((e) => e.detail)).toEqual(Array(4).fill({ reason: 'conflict' }))
  }, 20_000)

  it('a login upgrading an old hash never writes it over a password change made meanwhile', async () => {
    // Resolved once the login has read the user's row (Kysely logs a query after it ran).
    let armed = false
    let userRead = (): void => {}
    const loginReadUser = new Promise<void>((resolve) => (userRead = resolve))
    const onQuery = (sql: string): void => {
      if (armed && /from "users"/.test(sql) && /"username_key" =/.test(sql)) userRead()
    }
    const ctx = await build({}, { ...REAL_COST, onQuery })
    const user = await createUser(ctx, 'alice')
    await ctx.db
      .updateTable('users')
      .set({ password_hash: DJANGO_HASH })
      .where('id', '=', user.id)
      .execute()
    armed = true
    // The login verifies PBKDF2 (390,000 rounds) and then rehashes; the admin's change (one
    // argon2 hash) starts once the login has read the old hash, and commits while it verifies.
    const [logged, changed] = await Promise.all([
      login(ctx, 'alice', DJANGO_PASSWORD, {}),
      loginReadUser.then(() =>
        ctx.app.services.users.changePassword('alice', 'set-by-the-admin-77'),
      ),
    ])
    expect(changed.ok).toBe(true)
    expect(logged.response.statusCode).toBe(200)
    expect((await login(ctx, 'alice', 'set-by-the-admin-77', {})).response.statusCode).toBe(200)
    expect((await login(ctx, 'alice', DJANGO_PASSWORD, {})).response.statusCode).toBe(400)
  })
})
