/**
 * Serves the built SPA (`web/dist`) on the same origin as the API, so the session cookie just
 * works: hashed files under /assets/ are cached for a year as immutable, `index.html` is
 * revalidated on every load (`no-cache`), files at the top of the build (`favicon.ico`,
 * `robots.txt`, whatever Vite copied from `public/`) are served as they are, also `no-cache`, and
 * any other GET that is not an API path gets `index.html` so client-side routes survive a reload
 * (history fallback, see error-handler.ts).
 */
import { existsSync, readdirSync } from 'node:fs'
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

/** Answers the page loads that reach no route: a top-level file of the build, or `index.html`. */
export type SpaFallback = (reply: FastifyReply, url: string) => FastifyReply

/**
 * True for a path below `assets/` that names a file the build could hold: no `..`, no dotfile
 * or dot-folder (`.vite/manifest.json`, `.env`), no backslash. @fastify/static's own root
 * check would refuse most of these too; this keeps the rule in one readable place.
 */
export function isAssetPath(file: string): boolean {
  if (file === '' || file.includes('\\') || file.includes('\0')) return false
  return file.split('/').every((segment) => segment !== '' && !segment.startsWith('.'))
}

/** Registers the SPA's files when `root` holds a build; returns its fallback, or null if none. */
export async function registerSpa(app: FastifyInstance, root: string): Promise<SpaFallback | null> {
  if (!existsSync(join(root, 'index.html'))) return null
  const assets = join(root, 'assets')
  // preCompressed: `vite build` writes .br and .gz beside each asset (web/vite.config.ts); the
  // file matching Accept-Encoding is sent, with Vary: Accept-Encoding, and no CPU spent per request.
  await app.register(fastifyStatic, { root, serve: false, dotfiles: 'deny', preCompressed: true })
  app.get('/assets/*', { config: { session: false }, schema: { hide: true } }, (request, reply) => {
    const file = (request.params as Record<string, string>)['*'] ?? ''
    if (!isAssetPath(file)) return reply.callNotFound()
    reply.header('cache-control', `public, max-age=${ASSET_MAX_AGE_SECONDS}, immutable`)
    return reply.sendFile(file, assets, { cacheControl: false })
  })
  // Read once: a name from the URL is only ever looked up in this set, never joined to a path.
  const topLevelFiles = new Set(
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name),
  )
  return (reply, url) => {
    const name = decodeName(url)
    const file = name !== null && topLevelFiles.has(name) ? name : 'index.html'
    reply.header('cache-control', 'no-cache')
    return reply.sendFile(file, { cacheControl: false })
  }
}

/** The first path segment of a URL, percent-decoded; null when it cannot be decoded. */
function decodeName(url: string): string | null {
  try {
    return decodeURIComponent((url.split('?')[0] ?? '').slice(1))
  } catch {
    return null
  }
}
