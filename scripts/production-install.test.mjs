// Run by `npm test` (node --test): what a production install (`npm ci --omit=dev`, as
// deploy/Dockerfile runs it) brings in, read from package-lock.json the way npm reads it.
// Issue #13 item 16: `vite` sat in the lockfile as "devOptional" (an optional peer of vue-router,
// a runtime dependency of web/), and npm keeps devOptional packages under --omit=dev: the image
// carried a bundler and its native binaries (~50 MB) that it never runs.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'

const lockfile = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'))
const manifest = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'))

/** Package names that `npm ci --omit=dev` installs: every lockfile entry not marked `dev`. */
function productionPackages() {
  return Object.entries(lockfile.packages)
    .filter(([path, entry]) => path.includes('node_modules/') && entry.dev !== true)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
}

/** Build and test tools: needed to compile the SPA or the server, never to run Sesame. */
const BUILD_TOOLS = [
  /^vite$/,
  /^vite-plugin-/,
  /^@vitejs\//,
  /^rolldown$/,
  /^@rolldown\//,
  /^esbuild$/,
  /^@esbuild\//,
  /^lightningcss/,
  /^vitest$/,
  /^vue-tsc$/,
  /^typescript$/,
  /^tsx$/,
  // Type declarations only matter to tsc (issue #14 item 8: @types/pg was a runtime dependency).
  /^@types\//,
]

test('a production install brings no bundler, compiler or test runner', () => {
  const tools = productionPackages().filter((name) => BUILD_TOOLS.some((tool) => tool.test(name)))
  assert.deepEqual(tools, [])
})

test('the SPA is bundled at build time: web/ has no runtime dependencies', () => {
  // Vue, Vuetify, the router and Pinia are compiled into web/dist; as runtime dependencies they
  // (and the optional peers npm resolves for them, such as vite) would ship in every image.
  assert.deepEqual(manifest('web/package.json').dependencies ?? {}, {})
  assert.deepEqual(
    productionPackages().filter((name) => /^(vue|vuetify|pinia)$/.test(name)),
    [],
  )
})

test('one vite across the workspaces', () => {
  // Issue #14 item 8: web/ pinned one vite while vitest pulled another to the root, so the SPA was
  // built by one version and its specs ran under the other.
  const versions = Object.entries(lockfile.packages)
    .filter(([path]) => path === 'node_modules/vite' || path.endsWith('/node_modules/vite'))
    .map(([path, entry]) => `${path}@${entry.version}`)
  assert.equal(versions.length, 1, versions.join(', '))
})
