/**
 * Over a real socket: the article's flow with real cookies, and concurrency (issue #2: 50 parallel
 * logins and 200 parallel authenticated requests all succeed).
 */
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
  it('runs the article flow with the cookies a client really receives', async () => {
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
