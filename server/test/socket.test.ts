/**
 * Over a real socket: the Django reference flow (docs/README.md, Where Sesame comes from) with real
 * cookies, and concurrency (issue #2: 50 parallel logins and 200 parallel authenticated requests
 * all succeed).
 */
import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { PASSWORD, build, createUser } from './helpers.js'

async function listen(env: Record<string, string> = {}) {
  const ctx = await build(env)
  await ctx.app.listen({ port: 0, host: '127.0.0.1' })
  const address = ctx.app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { ctx, base: `http://127.0.0.1:${address.port}` }
}

function cookiesOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? ''
    out[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1)
  }
  return out
}

describe('over a real socket', () => {
  it('runs the Django reference flow with the cookies a client really receives', async () => {
    const { ctx, base } = await listen()
    await createUser(ctx)
    const origin = base
    const loginResponse = await fetch(`${base}/api/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ username: 'alice', password: PASSWORD }),
    })
    expect(loginResponse.status).toBe(200)
    const cookies = cookiesOf(loginResponse)
    const cookie = `sessionid=${cookies.sessionid}; csrftoken=${cookies.csrftoken}`
    const hello = await fetch(`${base}/api/hello/`, { headers: { cookie } })
    expect(await hello.json()).toEqual({ message: 'Hello alice' })
    const logout = await fetch(`${base}/api/logout/`, {
      method: 'POST',
      headers: {
        cookie,
        origin,
        'x-csrftoken': cookies.csrftoken ?? '',
        'content-type': 'application/json',
      },
    })
    expect(logout.status).toBe(200)
    expect((await fetch(`${base}/api/hello/`, { headers: { cookie } })).status).toBe(401)
  })

  it('answers requests too broken to parse in the error shape', async () => {
    const { base } = await listen()
    const { port } = new URL(base)
    const rawRequest = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.end(text))
        let data = ''
        socket.setEncoding('utf8').on('data', (chunk: string) => (data += chunk))
        socket.on('close', () => resolve(data)).on('error', reject)
      })
    const badLength = await rawRequest(
      'POST /api/login/ HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
    )
    expect(badLength).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
    expect(badLength).toContain('x-content-type-options: nosniff')
    expect(badLength.slice(badLength.indexOf('\r\n\r\n') + 4)).toBe(
      '{"error":{"code":"invalid_request","message":"The request is malformed."}}',
    )
    const hugeHeader = await rawRequest(
      `GET /api/session/ HTTP/1.1\r\nHost: x\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`,
    )
    expect(hugeHeader).toMatch(/^HTTP\/1\.1 431 /)
    expect(hugeHeader).toContain('"code":"invalid_request"')
  })

  it('serves 50 parallel logins and 200 parallel authenticated requests', async () => {
    const { ctx, base } = await listen()
    const names = Array.from({ length: 50 }, (_, i) => `user${i}`)
    for (const name of names) await createUser(ctx, name)
    const logins = await Promise.all(
      names.map((username) =>
        fetch(`${base}/api/login/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: base },
          body: JSON.stringify({ username, password: PASSWORD }),
        }),
      ),
    )
    expect(logins.map((r) => r.status)).toEqual(names.map(() => 200))
    const jars = logins.map(cookiesOf)
    const hellos = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const jar = jars[i % jars.length] ?? {}
        return fetch(`${base}/api/hello/`, {
          headers: { cookie: `sessionid=${jar.sessionid}; csrftoken=${jar.csrftoken}` },
        })
      }),
    )
    expect(hellos.map((r) => r.status)).toEqual(hellos.map(() => 200))
    const messages = await Promise.all(hellos.map((r) => r.json() as Promise<{ message: string }>))
    messages.forEach((body, i) => expect(body.message).toBe(`Hello user${i % names.length}`))
  })
})
