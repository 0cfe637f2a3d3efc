/**
 * Issue #13 item 12: look-alike usernames. `rооt` (Cyrillic о), `rοοt` (Greek ο) and `ʀᴏᴏᴛ`
 * registered next to `root`. A new name must now be in UTS #39's Highly Restrictive profile (one
 * script, only allowed characters) and must not have the skeleton of an existing one, wherever a
 * user is created: the admin API, `sesame createsuperuser` and the Django import
 * (import-django-users.test.ts).
 */
import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { fillUsernameSkeletons } from '../src/auth/username-skeleton.repository.js'
import { run as createsuperuser } from '../src/cli/commands/createsuperuser.js'
import type { CliIo } from '../src/cli/io.js'
import {
  PASSWORD,
  authed,
  build,
  cliEnv,
  createUser,
  login,
  loginOk,
  secondInstance,
  type TestContext,
} from './helpers.js'

const LOOKS_LIKE = 'A user with a username that looks the same already exists.'

async function asAdmin(): Promise<{ ctx: TestContext; create: (name: string) => Promise<Reply> }> {
  const ctx = await build()
  await createUser(ctx, 'admin', { isSuperuser: true })
  const cookies = await loginOk(ctx, 'admin')
  const create = async (username: string): Promise<Reply> => {
    const response = await authed(ctx, cookies, {
      method: 'POST',
      url: '/api/admin/users/',
      payload: { username, password: PASSWORD },
    })
    return { status: response.statusCode, body: response.json() as ReplyBody }
  }
  return { ctx, create }
}

interface ReplyBody {
  username?: string
  error?: { code: string; fields?: { username?: string[] } }
}
interface Reply {
  status: number
  body: ReplyBody
}

function expectRefused(reply: Reply, message?: string): void {
  expect(reply.status).toBe(400)
  expect(reply.body.error?.code).toBe('invalid_request')
  expect(reply.body.error?.fields?.username).toHaveLength(1)
  if (message) expect(reply.body.error?.fields?.username).toEqual([message])
}

describe('look-alike usernames (issue #13 item 12)', () => {
  it('refuses the three look-alikes of the issue next to root, and mixed scripts', async () => {
    const { ctx, create } = await asAdmin()
    expect((await create('root')).status).toBe(201)
    for (const name of ['r\u043e\u043et', 'r\u03bf\u03bft', '\u0280\u1d0f\u1d0f\u1d1b']) {
      expectRefused(await create(name))
    }
    // A whole name in another script that looks the same (Cyrillic, Greek): single-script, so
    // only the skeleton tells it from a real Cyrillic or Greek name.
    expect((await create('top')).status).toBe(201)
    expectRefused(await create('\u0422\u041e\u0420'), LOOKS_LIKE) // ТОР
    expectRefused(await create('\u03a4\u039f\u03a1'), LOOKS_LIKE) // ΤΟΡ (Greek)
    expect((await create('\u0441\u043e\u0441\u043e')).status).toBe(201) // сосо, alone: fine
    expectRefused(await create('coco'), LOOKS_LIKE) // the Latin one comes second: refused too
    // Latin with Cyrillic in one name is refused even when nothing looks like it.
    const mixed = await create('abc\u041a\u043e\u0442')
    expectRefused(
      mixed,
      'Enter a valid username. It may not mix scripts (such as Latin and Cyrillic letters).',
    )
    const users = await ctx.db.selectFrom('users').select('username').orderBy('id').execute()
    expect(users.map((user) => user.username)).toEqual([
      'admin',
      'root',
      'top',
      '\u0441\u043e\u0441\u043e',
    ])
  })

  it('accepts ordinary names, a name in one other script, and Japanese', async () => {
    const { create } = await asAdmin()
    for (const name of [
      'alice',
      'Jean-Luc',
      'jos\u00e9',
      'bob.smith@x',
      'user_1+tag',
      '\u0418\u0432\u0430\u043d', // Иван
      '\u0395\u03bb\u03ad\u03bd\u03b7', // Ελένη
      '\u5c71\u7530\u305f\u308d\u3046\u30ab\u30bf\u30ab\u30ca', // 山田たろうカタカナ
      'taro\u5c71\u7530', // Latin with Han: Highly Restrictive allows it
    ]) {
      const reply = await create(name)
      expect(reply.status, name).toBe(201)
      expect(reply.body.username).toBe(name)
    }
  })

  it('refuses root next to a rооt a database held before the check', async () => {
    const ctx = await build()
    // As an older Sesame left it: no skeleton, and a name the check would now refuse.
    const raw = ctx.db as unknown as Kysely<Record<string, Record<string, unknown>>>
    await raw
      .insertInto('users')
      .values({
        username: 'r\u043e\u043et',
        username_key: 'r\u043e\u043et',
        password_hash: '!',
        date_joined: 0,
      })
      .execute()
    expect(await fillUsernameSkeletons(ctx.db)).toBe(2)
    const result = await ctx.app.services.users.create({ username: 'root', password: PASSWORD })
    expect(result).toEqual({ ok: false, fields: { username: [LOOKS_LIKE] } })
    expect(await fillUsernameSkeletons(ctx.db)).toBe(0)
    // The rules are for new names: the account from before still logs in.
    await ctx.app.services.users.changePassword('r\u043e\u043et', PASSWORD)
    expect((await login(ctx, 'R\u043e\u043eT')).response.statusCode).toBe(200)
  })

  it('lets at most one of two look-alikes created at once through', async () => {
    const ctx = await build()
    const other = await secondInstance(ctx)
    for (const [a, b] of [
      ['coco', '\u0441\u043e\u0441\u043e'],
      ['pop', '\u0440\u043e\u0440'],
      ['TAKE', '\u0422\u0410\u041a\u0415'],
    ] as const) {
      const results = await Promise.all([
        ctx.app.services.users.create({ username: a, password: PASSWORD }),
        other.app.services.users.create({ username: b, password: PASSWORD }),
      ])
      expect(
        results.filter((result) => result.ok),
        `${a} / ${b}`,
      ).toHaveLength(1)
      expect(results.find((result) => !result.ok)).toEqual({
        ok: false,
        fields: { username: [LOOKS_LIKE] },
      })
    }
    expect(await ctx.db.selectFrom('users').select('id').execute()).toHaveLength(3)
  })

  it('refuses a look-alike in sesame createsuperuser', async () => {
    const ctx = await build()
    await createUser(ctx, 'top')
    let stderr = ''
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
      env: {
        ...cliEnv(ctx.config),
        SESAME_USERNAME: '\u0418\u0432\u0430\u043d', // Иван
        SESAME_PASSWORD: PASSWORD,
      },
      prompt: () => Promise.reject(new Error('no prompt expected')),
      promptHidden: () => Promise.reject(new Error('no prompt expected')),
      isInteractive: false,
    }
    expect(await createsuperuser(['--no-input'], io)).toBe(0)
    stderr = ''
    io.env.SESAME_USERNAME = '\u0422\u041e\u0420' // ТОР: looks like TOP
    expect(await createsuperuser(['--no-input'], io)).toBe(1)
    expect(stderr).toContain(LOOKS_LIKE)
    io.env.SESAME_USERNAME = 'r\u03bf\u03bft'
    expect(await createsuperuser(['--no-input'], io)).toBe(1)
    expect(stderr).toContain('may not mix scripts')
  })
})
