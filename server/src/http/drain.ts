/**
 * A request refused before its body was read (413 on Content-Length, 415, a CSRF or host refusal
 * in onRequest) still has its body on the wire. Closing the socket then makes the kernel answer the
 * unread bytes with a reset, and a client still sending (a 1 MB login body) sees EPIPE instead of
 * the error JSON (issue #13 item 9). So the rest of the body is read and thrown away, up to a bound
 * in bytes and time, and the connection stays usable; past the bound it is closed.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'

/** The most we read of a refused body before closing the connection. */
export const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024
/** The longest we wait for a refused body before closing the connection. */
export const DRAIN_TIMEOUT_MS = 10_000

export function drainUnreadBody(request: FastifyRequest, reply: FastifyReply): void {
  const raw = request.raw
  if (raw.complete || raw.destroyed || raw.listenerCount('data') > 0) return
  // Fastify asks for `Connection: close` after a body error; with the body drained the connection
  // can carry the next request, and Node would otherwise reset it with the body unread.
  reply.removeHeader('connection')
  let drained = 0
  // IncomingMessage#destroy destroys its socket; `inject()`'s fake request has no real socket.
  const stop = (): void => {
    clearTimeout(timer)
    raw.destroy()
  }
  const timer = setTimeout(stop, DRAIN_TIMEOUT_MS)
  timer.unref()
  raw.on('data', (chunk: Buffer) => {
    drained += chunk.length
    if (drained > DRAIN_LIMIT_BYTES) stop()
  })
  raw.once('end', () => clearTimeout(timer))
  raw.once('close', () => clearTimeout(timer))
}
