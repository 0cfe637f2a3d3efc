/**
 * The SPA is served on the API's origin (issue #3): assets cached as immutable, index.html
 * revalidated, history fallback for page loads, never for API paths or other methods.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../src/core/config.js'
import { build } from './helpers.js'

const INDEX =
  '<!doctype html><html><body><div id="app"></div><script type="module" src="/assets/app-1a2b3c.js"></script></body></html>'

function webBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'sesame-web-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), INDEX)
  writeFileSync(join(root, 'assets', 'app-1a2b3c.js'), 'console.log("app")')
  writeFileSync(join(root, 'robots.txt'), 'User-agent: *\n')
  // What must never be served: secrets and build metadata that sit beside the app.
  writeFileSync(join(root, '.env'), 'SECRET=do-not-serve')
  mkdirSync(join(root, '.vite'))
  writeFileSync(join(root, '.vite', 'manifest.json'), '{"SECRET":"do-not-serve"}')
  mkdirSync(join(root, 'assets', '.hidden'))
  writeFileSync(join(root, 'assets', '.hidden', 'x.js'), 'SECRET do-not-serve')
  return root
}

describe('serving the SPA', () => {
  it('answers page loads with index.html, revalidated every time', async () => {
    const ctx = await build({}, { webRoot: webBuild() })
    for (const url of ['/', '/login', '/deep/link?x=1']) {
      const response = await ctx.app.inject({ method: 'GET', url })
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toMatch(/^text\/html/)
      expect(response.headers['cache-control']).toBe('no-cache')
      expect(response.body).toBe(INDEX)
      expect(response.headers['content-security-policy']).toContain("script-src 'self'")
    }
  })

  it('serves hashed assets as immutable for a year', async () => {
    const ctx = await build({}, { webRoot: webBuild() })
    const response = await ctx.app.inject({ method: 'GET', url: '/assets/app-1a2b3c.js' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/javascript/)
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('never falls back for API paths, missing assets, other methods or path tricks', async () => {
    const ctx = await build({}, { webRoot: webBuild() })
    const cases: Array<[string, string]> = [
      ['GET', '/api/nope/'],
      ['GET', '/api'],
      ['GET', '/assets/missing.js'],
      ['POST', '/somewhere'],
    ]
    for (const [method, url] of cases) {
      const response = await ctx.app.inject({
        method: method as 'GET' | 'POST',
        url,
        headers: { origin: 'http://localhost', host: 'localhost' },
      })
      expect(response.statusCode, `${method} ${url}`).toBe(404)
      expect(response.json().error.code).toBe('not_found')
    }
  })

  it('never serves a file outside the build', async () => {
    const ctx = await build({}, { webRoot: webBuild() })
    for (const url of [
      '/assets/../../../../etc/passwd',
      '/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    ]) {
      const response = await ctx.app.inject({ method: 'GET', url })
      expect(response.body).not.toContain('root:')
      expect([200, 400, 403, 404]).toContain(response.statusCode)
      if (response.statusCode === 200) expect(response.body).toBe(INDEX)
    }
  })

  it('serves the top-level files of the build, revalidated', async () => {
    const ctx = await build({}, { webRoot: webBuild() })
    const response = await ctx.app.inject({ method: 'GET', url: '/robots.txt?v=1' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/plain/)
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(response.body).toBe('User-agent: *\n')
    // Folders and names that are not files at the top of the build get the app instead.
    const spaced = await ctx.app.inject({ method: 'GET', url: '/robots.txt' })
    expect(spaced.body).toBe('User-agent: *\n')
    for (const url of ['/robots.txt/x', '/%2e%2e%2fpackage.json', '/..%2Frobots.txt']) {
      const other = await ctx.app.inject({ method: 'GET', url })
      expect(other.body, url).toBe(INDEX)
    }
  })

  it('serves the frontend named by WEB_ROOT (any build, such as one written for Django)', async () => {
    const root = webBuild()
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Other app</title>')
    const ctx = await build({ WEB_ROOT: root })
    const response = await ctx.app.inject({ method: 'GET', url: '/' })
    expect(response.body).toBe('<!doctype html><title>Other app</title>')
  })

  it('refuses a WEB_ROOT without an index.html', () => {
    const empty = mkdtempSync(join(tmpdir(), 'sesame-web-'))
    expect(() => loadConfig({ WEB_ROOT: empty })).toThrow('WEB_ROOT')
  })

  it('never serves dotfiles, dot-folders or anything above assets/ (an attacker probes)', async () => {
    const ctx = await build({}, { webRoot: webBuild() })
    for (const url of [
      '/.env',
      '/%2eenv',
      '/.vite/manifest.json',
      '/assets/..%2f.env',
      '/assets/..%2F.vite%2Fmanifest.json',
      '/assets/%2e%2e/.env',
      '/assets/.hidden/x.js',
      '/assets/%2ehidden/x.js',
      '/assets/..%5c.env',
      '/assets/',
    ]) {
      const response = await ctx.app.inject({ method: 'GET', url })
      expect(response.body, url).not.toContain('do-not-serve')
      expect([200, 400, 403, 404], url).toContain(response.statusCode)
      // Page loads may get the app; nothing else gets anything but an error.
      if (response.statusCode === 200) expect(response.body, url).toBe(INDEX)
    }
  })

  it('sends the precompressed file the browser accepts, and says it varies', async () => {
    const root = webBuild()
    writeFileSync(join(root, 'assets', 'app-1a2b3c.js.br'), 'brotli-bytes')
    writeFileSync(join(root, 'assets', 'app-1a2b3c.js.gz'), 'gzip-bytes')
    const ctx = await build({}, { webRoot: root })
    const url = '/assets/app-1a2b3c.js'
    const brotli = await ctx.app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotli.body).toBe('brotli-bytes')
    expect(brotli.headers.vary).toMatch(/accept-encoding/i)
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const gzip = await ctx.app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    const plain = await ctx.app.inject({ url })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe('console.log("app")')
  })

  it('refuses a WEB_ROOT that is a source folder (it would serve package.json and configs)', () => {
    const root = webBuild()
    writeFileSync(join(root, 'package.json'), '{}')
    expect(() => loadConfig({ WEB_ROOT: root })).toThrow('WEB_ROOT')
  })

  it('serves only the API when there is no build', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({ method: 'GET', url: '/' })
    expect(response.statusCode).toBe(404)
    expect(response.json().error.code).toBe('not_found')
  })
})
