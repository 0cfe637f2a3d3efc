/**
 * Never log a password, a session id or a CSRF token (brief, "Standards"), at any level, also
 * when requests fail. The app logs at trace level into a buffer and the buffer is searched.
 */
import { Writable } from 'node:stream'
import { expect, it } from 'vitest'
import { PASSWORD, authed, build, cookieHeader, createUser, login } from './helpers.js'

it('keeps secrets out of the log through login, use, CSRF failure and logout', async () => {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString())
      callback()
    },
  })
  // Request lines on too: they carry the request's headers, where the cookies are.
  const ctx = await build({ LOG_REQUESTS: 'true' }, { logger: { level: 'trace', stream } })
  await createUser(ctx)

  await login(ctx, 'alice', 'a-wrong-guess-123')
  const { cookies } = await login(ctx, 'alice', PASSWORD)
  await authed(ctx, cookies, { url: '/api/hello/' })
  await ctx.app.inject({
    method: 'POST',
    url: '/api/logout/',
    headers: { origin: 'http://localhost', cookie: cookieHeader(cookies), 'x-csrftoken': 'forged' },
  })
  await authed(ctx, cookies, { method: 'POST', url: '/api/logout/' })

  const log = lines.join('')
  expect(log).toContain('audit: login_succeeded')
  expect(log).toContain('csrf check failed')
  expect(log).toContain('incoming request')
  for (const secret of [PASSWORD, 'a-wrong-guess-123', cookies.sessionid, cookies.csrftoken]) {
    expect(secret).toBeTruthy()
    expect(log).not.toContain(secret)
  }
})

it('writes no line per request unless LOG_REQUESTS is true, but still the audit events', async () => {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString())
      callback()
    },
  })
  const ctx = await build({}, { logger: { level: 'info', stream } })
  await createUser(ctx)
  const { cookies } = await login(ctx, 'alice', PASSWORD)
  await authed(ctx, cookies, { url: '/api/hello/' })
  const log = lines.join('')
  expect(log).toContain('audit: login_succeeded')
  expect(log).not.toContain('incoming request')
  expect(log).not.toContain('request completed')
})
