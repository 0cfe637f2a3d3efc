/**
 * Unknown user and wrong password are indistinguishable (docs/security.md, Passwords): same status, same body, and
 * both pay exactly one argon2 verification. The real hashing runs on the hash pool's threads; the
 * spy on the pool only counts the jobs sent to it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { hashPool, type HashJob } from '../src/auth/hash.pool.js'
import { DJANGO_HASH, build, createUser, login } from './helpers.js'

// The hashing jobs of a login are what these tests count: argon2id at the cost production pays.
const REAL_COST = { realPasswordCost: true }

/** Counts the hashing jobs of one login: argon2 verifications and PBKDF2 iteration counts. */
function countJobs() {
  const run = vi.spyOn(hashPool(), 'run')
  const jobs = (): HashJob[] => run.mock.calls.map((call) => call[0])
  return {
    clear: () => run.mockClear(),
    argon2: () => jobs().filter((job) => job.op === 'verify').length,
    pbkdf2: () => jobs().flatMap((job) => (job.op === 'pbkdf2' ? [job.iterations] : [])),
  }
}
afterEach(() => vi.restoreAllMocks())

describe('account enumeration', () => {
  it('answers an unknown user exactly like a wrong password, each paying one hash', async () => {
    const ctx = await build({}, REAL_COST)
    await createUser(ctx, 'alice')
    await createUser(ctx, 'mallory')
    await ctx.db
      .updateTable('users')
      .set({ is_active: 0 })
      .where('username', '=', 'mallory')
      .execute()
    const jobs = countJobs()

    const outcomes = []
    for (const username of ['alice', 'nobody', 'mallory']) {
      jobs.clear()
      const { response } = await login(ctx, username, 'not-the-password')
      outcomes.push({
        status: response.statusCode,
        body: response.body,
        cookies: response.headers['set-cookie'],
        hashes: jobs.argon2(),
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
    const ctx = await build({}, REAL_COST)
    await createUser(ctx, 'alice')
    const legacy = await createUser(ctx, 'legacy')
    await ctx.db
      .updateTable('users')
      .set({ password_hash: DJANGO_HASH })
      .where('id', '=', legacy.id)
      .execute()
    const jobs = countJobs()

    const costs = []
    for (const username of ['alice', 'legacy', 'nobody']) {
      jobs.clear()
      const { response } = await login(ctx, username, 'not-the-password')
      expect(response.statusCode).toBe(400)
      costs.push({ argon2: jobs.argon2(), pbkdf2: jobs.pbkdf2() })
    }
    expect(costs).toEqual([
      { argon2: 1, pbkdf2: [390000] },
      { argon2: 1, pbkdf2: [390000] },
      { argon2: 1, pbkdf2: [390000] },
    ])
  })

  it('pays no PBKDF2 once no Django hash is left', async () => {
    const ctx = await build({}, REAL_COST)
    await createUser(ctx, 'alice')
    const jobs = countJobs()
    await login(ctx, 'alice', 'not-the-password')
    await login(ctx, 'nobody', 'not-the-password')
    expect(jobs.argon2()).toBe(2) // the spy sees the jobs…
    expect(jobs.pbkdf2()).toEqual([]) // …and no PBKDF2 among them
  })

  it('refuses an inactive user even with the right password, in the same words', async () => {
    const ctx = await build({}, REAL_COST)
    const user = await createUser(ctx, 'mallory')
    await ctx.db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute()
    const { response } = await login(ctx, 'mallory')
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('invalid_credentials')
  })

  it('logs in case-insensitively, as one account', async () => {
    const ctx = await build({}, REAL_COST)
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
