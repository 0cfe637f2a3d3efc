/**
 * Requests `inject()` cannot make, over a real socket: raw request targets (issue #13 items 3 and
 * 11) and bodies the server refuses before reading them (item 9).
 */
import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { PASSWORD, build, createUser, loginOk, cookieHeader } from './helpers.js'

async function listen(env: Record<string, string> = {}) {
  const ctx = await build(env)
  await ctx.app.listen({ port: 0, host: '127.0.0.1' })
  const address = ctx.app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { ctx, port: address.port }
}

/**
 * Sends `text` as it is (with `Connection: close`) and resolves with the whole answer, head and
 * body, once the server closes. The client does not half-close: Node would drop the answer.
 */
function rawRequest(port: number, text: string): Promise<{ head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text))
    let data = ''
    socket.setEncoding('utf8').on('data', (chunk: string) => (data += chunk))
    socket.on('error', reject).on('close', () => {
      const split = data.indexOf('\r\n\r\n')
      resolve({ head: data.slice(0, split).toLowerCase(), body: data.slice(split + 4) })
    })
  })
}

describe('issue #13 item 3: API answers stay out of caches whatever the request target', () => {
  it('sends no-store and Vary: Cookie for /%61pi/… and absolute-form targets', async () => {
    const { ctx, port } = await listen()
    await createUser(ctx)
    const cookies = await loginOk(ctx)
    for (const target of [
      '/api/session/',
      '/%61pi/session/',
      '/%61%70%69/session/',
      'http://localhost/api/session/',
      'http://localhost/%61pi/session/',
    ]) {
      const { head, body } = await rawRequest(
        port,
        `GET ${target} HTTP/1.1\r\nHost: localhost\r\nCookie: ${cookieHeader(cookies)}\r\n` +
          'Connection: close\r\n\r\n',
      )
      expect(head, target).toMatch(/^http\/1\.1 200 /)
      expect(body, target).toContain('"username":"alice"')
      expect(head, target).toContain('\r\ncache-control: no-store\r\n')
      expect(head, target).toContain('\r\nvary: cookie\r\n')
    }
  })
})

describe('issue #13 item 11: the host of an absolute-form target is checked', () => {
  it('refuses http://evil.com/… even with an allowed Host header', async () => {
    const { port } = await listen()
    const { head, body } = await rawRequest(
      port,
      'GET http://evil.com/api/session/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    )
    expect(head).toMatch(/^http\/1\.1 400 /)
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'invalid_host' } })
  })
})

/**
 * POSTs `size` bytes to the login as a client on a real network does: the whole body, in 16 KiB
 * chunks a turn of the event loop apart (loopback would otherwise swallow a megabyte at once),
 * then the answer. A write that fails (EPIPE, ECONNRESET) fails the request, as it
 * does for most clients, even when part of the answer had arrived.
 */
function postLarge(port: number, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `POST /api/login/ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
          `Origin: http://127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${size}\r\n\r\n`,
      )
      const chunk = Buffer.alloc(16 * 1024, 0x20)
      let sent = 0
      const pump = (): void => {
        while (sent < size) {
          const part = chunk.subarray(0, Math.min(chunk.length, size - sent))
          sent += part.length
          const last = sent === size
          const flushed = socket.write(part, (error) => {
            if (last && !error) {
              written = true
              finish()
            }
          })
          if (!flushed) {
            socket.once('drain', pump)
            return
          }
          if (!last) {
            setImmediate(pump)
            return
          }
        }
      }
      pump()
    })
    let written = false
    let answer: { status: number; body: string } | null = null
    const finish = (): void => {
      if (!written || answer === null) return
      socket.destroy()
      resolve(answer)
    }
    let data = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk])
      const text = data.toString('utf8')
      const split = text.indexOf('\r\n\r\n')
      const length = /\r\ncontent-length: (\d+)\r\n/i.exec(text.slice(0, split))
      if (split === -1 || !length) return
      const body = text.slice(split + 4)
      if (Buffer.byteLength(body) < Number(length[1])) return
      answer = { status: Number(text.slice(9, 12)), body }
      finish()
    })
    socket.on('error', reject)
    socket.on('close', () => reject(new Error(`closed before the answer: ${data.toString()}`)))
  })
}

describe('issue #13 item 9: an early 413 reaches the client', () => {
  it('answers a 1 MB login body with the 413 JSON, every time', async () => {
    const { port } = await listen()
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const answer = await postLarge(port, 1024 * 1024)
      expect(answer.status).toBe(413)
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'payload_too_large' } })
    }
  })

  it('answers a 16 MB body too, and the server still answers after it', async () => {
    const { ctx, port } = await listen()
    await createUser(ctx)
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const answer = await postLarge(port, 16 * 1024 * 1024)
      expect(answer.status).toBe(413)
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'payload_too_large' } })
    }
    const ok = await fetch(`http://127.0.0.1:${port}/api/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify({ username: 'alice', password: PASSWORD }),
    })
    expect(ok.status).toBe(200)
  })

  it('closes the connection past the bound rather than read an endless body', async () => {
    const { port } = await listen()
    await expect(postLarge(port, 40 * 1024 * 1024)).rejects.toThrow()
    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(health.status).toBe(200)
  })
})
