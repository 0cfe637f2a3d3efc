/**
 * Serves the built SPA (`web/dist`) on the same origin as the API, so the session cookie just
 * works: hashed files under /assets/ are cached for a year as immutable, `index.html` is
 * revalidated on every load (`no-cache`), and any other GET that is not an API path gets
 * `index.html` so client-side routes survive a reload (history fallback, see error-handler.ts).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'

/** `web/dist`, seen from both `server/src/http` and `server/dist/http`. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url))

/** A year: Vite puts a content hash in every asset name, so a changed file gets a new URL. */
const ASSET_MAX_AGE_SECONDS = 365 * 24 * 60 * 60

/** True for a page load the SPA should answer: GET/HEAD outside the API and the asset folder. */
export function isSpaPath(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  const path = url.split('?')[0] ?? '/'
  const reserved = ['/api', '/assets', '/healthz', '/readyz']
  return !reserved.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
}

/** Registers the SPA's files when `root` holds a build; returns whether it did. */
export async function registerSpa(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false
  await app.register(fastifyStatic, { root, serve: false })
  app.get('/assets/*', { config: { session: false }, schema: { hide: true } }, (request, reply) => {
    const file = (request.params as Record<string, string>)['*'] ?? ''
    reply.header('cache-control', `public, max-age=${ASSET_MAX_AGE_SECONDS}, immutable`)
    return reply.sendFile(join('assets', file), { cacheControl: false })
  })
  return true
}

/** Answers a history-fallback request with `index.html`, never cached without revalidation. */
export function sendIndex(reply: FastifyReply): FastifyReply {
  reply.header('cache-control', 'no-cache')
  return reply.sendFile('index.html', { cacheControl: false })
}
