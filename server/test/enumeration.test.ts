/**
 * Unknown user and wrong password are indistinguishable (DESIGN.md): same status, same body, and
 * both pay exactly one argon2 verification. The real argon2 runs; the spy only counts calls.
 */
import * as crypto from 'node:crypto'
import * as argon2 from '@node-rs/argon2'
import { describe, expect, it, vi } from 'vitest'
import { DJANGO_HASH, build, createUser, login } from './helpers.js'

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof crypto>()
  return { ...real, pbkdf2: vi.fn(real.pbkdf2) }
})

vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof argon2>()
  return { ...real, verify: vi.fn(real.verify) }
})

describe('account enumeration', () => {
  it('answers an unknown user exactly like a wrong password, each paying one hash', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    await createUser(ctx, 'mallory')
    await ctx.db
      .updateTable('users')
      .set({ is_active: 0 })
      .where('username', '=', 'mallory')
      .execute()
    const verify = vi.mocked(argon2.verify)

    const outcomes = []
    for (const username of ['alice', 'nobody', 'mallory']) {
      verify.mockClear()
      const { response } = await login(ctx, username, 'not-the-password')
      outcomes.push({
        status: response.statusCode,
        body: response.body,
        cookies: response.headers['set-cookie'],
        hashes: verify.mock.calls.length,
      })
    }
    expect(outcomes[0]).toEqual({
      status: 400,
      body: JSON.stringify({
        error: { code: 'invalid_credentials', message: 'Wrong username or password.' },
      }),
      cookies: undefined,
      hashes: 1,
    })
    expect(outcomes[1]).toEqual(outcomes[0])
    expect(outcomes[2]).toEqual(outcomes[0])
  })

  it('while Django hashes remain, every failure pays argon2 and PBKDF2 at their count', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const legacy = await createUser(ctx, 'legacy')
    await ctx.db
      .updateTable('users')
      .set({ password_hash: DJANGO_HASH })
      .where('id', '=', legacy.id)
      .execute()
    const verify = vi.mocked(argon2.verify)
    const pbkdf2 = vi.mocked(crypto.pbkdf2)

    const costs = []
    for (const username of ['alice', 'legacy', 'nobody']) {
      verify.mockClear()
      pbkdf2.mockClear()
      const { response } = await login(ctx, username, 'not-the-password')
      expect(response.statusCode).toBe(400)
      costs.push({
        argon2: verify.mock.calls.length,
        pbkdf2: pbkdf2.mock.calls.map((call) => call[2]),
      })
    }
    expect(costs).toEqual([
      { argon2: 1, pbkdf2: [390000] },
      { argon2: 1, pbkdf2: [390000] },
      { argon2: 1, pbkdf2: [390000] },
    ])
  })

  it('pays no PBKDF2 once no Django hash is left', async () => {
    const ctx = await build()
    await createUser(ctx, 'alice')
    const pbkdf2 = vi.mocked(crypto.pbkdf2)
    pbkdf2.mockClear()
    await login(ctx, 'alice', 'not-the-password')
    await login(ctx, 'nobody', 'not-the-password')
    expect(pbkdf2).not.toHaveBeenCalled()
  })

  it('refuses an inactive user even with the right password, in the same words', async () => {
    const ctx = await build()
    const user = await createUser(ctx, 'mallory')
    await ctx.db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute()
    const { response } = await login(ctx, 'mallory')
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('invalid_credentials')
  })

  it('logs in case-insensitively, as one account', async () => {
    const ctx = await build()
    await createUser(ctx, 'Alice')
    const { response } = await login(ctx, 'ALICE')
    expect(response.statusCode).toBe(200)
    expect(response.json().user.username).toBe('Alice')
    const duplicate = await ctx.app.services.users.create({
      username: 'alice',
      password: 'x-long-password-1',
    })
    expect(duplicate.ok).toBe(false)
  })
})
