/**
 * The authenticated request path stays lean (issue #2): one read of the session joined with its
 * user, and no write on most requests. Queries are counted with Kysely's own log hook.
 */
import { expect, it } from 'vitest'
import { authed, build, createUser, loginOk, ON_REDIS } from './helpers.js'

it('answers an authenticated GET with exactly one SELECT and no SQL write', async () => {
  const queries: string[] = []
  const ctx = await build({}, { onQuery: (sql) => queries.push(sql) })
  await createUser(ctx)
  const cookies = await loginOk(ctx)

  queries.length = 0
  const response = await authed(ctx, cookies, { url: '/api/hello/' })
  expect(response.statusCode).toBe(200)
  expect(queries).toHaveLength(1)
  if (ON_REDIS) {
    // Sessions in Redis (one HGETALL); SQL only reads the user, as it is now.
    expect(queries[0]).toMatch(/^select .* from "users" where "users"."id" = /)
  } else {
    expect(queries[0]).toMatch(/^select .* from "sessions" inner join "users"/)
  }

  // Once a minute the same request also records activity: SQL, one UPDATE; Redis, no SQL.
  ctx.clock.advance(60_000)
  queries.length = 0
  await authed(ctx, cookies, { url: '/api/hello/' })
  expect(queries.map((sql) => sql.split(' ')[0])).toEqual(
    ON_REDIS ? ['select'] : ['select', 'update'],
  )
})
