/**
 * Users migrated from Django keep their passwords: a `pbkdf2_sha256$…` hash verifies at login and
 * is replaced by argon2id on the spot (docs/security.md, "Passwords").
 */
import { expect, it } from 'vitest'
import { DJANGO_HASH, DJANGO_PASSWORD, build, createUser, login } from './helpers.js'

it('logs in a user with a Django hash and rehashes it to argon2id', async () => {
  // The rehash must land on the cost production uses, which is what is checked below.
  const ctx = await build({}, { realPasswordCost: true })
  const user = await createUser(ctx, 'legacy')
  await ctx.db
    .updateTable('users')
    .set({ password_hash: DJANGO_HASH })
    .where('id', '=', user.id)
    .execute()
  const hashOf = async () =>
    (
      await ctx.db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow()
    ).password_hash

  expect((await login(ctx, 'legacy', `${DJANGO_PASSWORD}z`)).response.statusCode).toBe(400)
  expect(await hashOf()).toBe(DJANGO_HASH)

  const { response } = await login(ctx, 'legacy', DJANGO_PASSWORD)
  expect(response.statusCode).toBe(200)
  expect(await hashOf()).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)

  // The upgraded hash verifies the same password.
  expect((await login(ctx, 'legacy', DJANGO_PASSWORD)).response.statusCode).toBe(200)
})
