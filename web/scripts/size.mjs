// Prints what the login page loads first (JavaScript and CSS, gzip level 9) and, with --check,
// exits 1 when either is over the budget, or when any chunk of the build holds zod: the app takes
// the API contract from `@sesame/server/api`, whose schemas come as types only
// (server/src/api.ts). The set of files comes from Vite's manifest: the entry chunk and the login
// route's chunk, each with everything it imports statically. Run after `vite build`. The
// end-to-end suite measures the same thing in Chromium, from what the login page actually fetched
// (e2e/tests/quality.spec.ts).
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

/** Budgets in bytes after gzip (1 KB = 1000 bytes). */
export const BUDGET = { js: 130_000, css: 45_000 }
/** Manifest keys of what `/login` needs before it can render. */
const FIRST_LOAD = ['index.html', 'src/views/LoginView.vue']

/**
 * @param {string} dist the build folder
 * @returns {{ js: Map<string, number>, css: Map<string, number> }} gzip size of each file
 */
export function firstLoad(dist) {
  /** @type {Record<string, { file: string, imports?: string[], css?: string[] }>} */
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))
  const files = new Set()
  const seen = new Set()
  const visit = (/** @type {string} */ key) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (chunk === undefined) throw new Error(`${key} is not in the build manifest`)
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  FIRST_LOAD.forEach(visit)
  const sizes = { js: new Map(), css: new Map() }
  for (const file of files) {
    const kind = file.endsWith('.css') ? 'css' : file.endsWith('.js') ? 'js' : null
    if (kind === null) continue
    sizes[kind].set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length)
  }
  return sizes
}

/** zod's class names (`$ZodType`, `$ZodError`…), which minification keeps as strings. */
const ZOD = /\$Zod[A-Z]/

/**
 * @param {string} dist the build folder
 * @returns {string[]} the JavaScript files of the build that hold zod (server-only code)
 */
export function serverOnlyCode(dist) {
  const assets = join(dist, 'assets')
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js') && ZOD.test(readFileSync(join(assets, file), 'utf8')))
    .map((file) => `assets/${file}`)
}

const total = (/** @type {Map<string, number>} */ sizes) =>
  [...sizes.values()].reduce((sum, size) => sum + size, 0)
const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
  const sizes = firstLoad(dist)
  let over = false
  for (const kind of /** @type {const} */ (['js', 'css'])) {
    for (const [file, size] of [...sizes[kind]].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${kb(size).padStart(9)}  ${file}`)
    }
    const sum = total(sizes[kind])
    const ok = sum <= BUDGET[kind]
    over ||= !ok
    console.log(
      `${kind.toUpperCase()} first load: ${kb(sum)} gzip (budget ${kb(BUDGET[kind])}) ${ok ? 'ok' : 'OVER BUDGET'}\n`,
    )
  }
  const leaked = serverOnlyCode(dist)
  for (const file of leaked) console.log(`SERVER CODE IN THE BUNDLE: zod in ${file}`)
  if ((over || leaked.length > 0) && process.argv.includes('--check')) process.exit(1)
}
