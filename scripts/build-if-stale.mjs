// `npm start` runs this: it builds a workspace only when its output is missing or older than
// any of its sources, so a second start is instant and a changed source is never served stale.
// A stamp file in each dist/ marks the end of a successful build (tsc --incremental leaves
// unchanged outputs with their old times, so the outputs' own times cannot tell).
// `npm run build` (which `prepare` runs on `npm install`) builds everything with `--all` and
// stamps it too, so the first `npm start` after an install has nothing to build.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const STAMP = '.sesame-build-stamp'
/**
 * Judged by its content, not its time: `npm install` rewrites it (same content, new time) around
 * the `prepare` build, which would otherwise make that build look stale at once.
 */
const LOCKFILE = 'package-lock.json'

/** What each workspace is built from, relative to the repository root. */
export const WORKSPACES = [
  {
    name: 'server',
    inputs: [
      'server/src',
      'server/package.json',
      'server/tsconfig.build.json',
      'tsconfig.base.json',
      'package-lock.json',
    ],
    stamp: join('server', 'dist', STAMP),
  },
  {
    name: 'web',
    inputs: [
      'web/src',
      'web/public',
      'web/index.html',
      'web/vite.config.ts',
      'web/package.json',
      'web/tsconfig.json',
      // The rules the bundle takes from `@sesame/server/api` (docs/architecture.md, The web app).
      'server/src/api.ts',
      'server/src/core/contract.ts',
      'server/package.json',
      'package-lock.json',
    ],
    stamp: join('web', 'dist', STAMP),
  },
]

/**
 * Built only when asked for (`--with examples/notes`: the example's `npm start`, the end-to-end
 * tests), never by `npm install` or `npm start`: Sesame's own start does not need them.
 */
export const OPTIONAL_WORKSPACES = [
  {
    name: 'examples/notes',
    inputs: [
      'examples/notes/src',
      'examples/notes/web/src',
      'examples/notes/web/index.html',
      'examples/notes/web/vite.config.ts',
      'examples/notes/package.json',
      'examples/notes/tsconfig.build.json',
      'tsconfig.base.json',
      // The package it builds on, and the web app whose pieces its page bundles.
      'server/src',
      'server/package.json',
      'web/src',
      'web/package.json',
      'package-lock.json',
    ],
    stamp: join('examples', 'notes', 'dist', STAMP),
  },
]

/** The newest modification time (ms) under `path`, or 0 when it does not exist. */
export function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs // a deleted file changes its folder's time
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** SHA-256 of a file's content, or '' when it does not exist. */
function fileDigest(path) {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : ''
}

/** The lockfile digest a stamp recorded, or null for a stamp without one. */
function stampedLockfile(stamp) {
  try {
    const recorded = JSON.parse(readFileSync(stamp, 'utf8')).lockfile
    return typeof recorded === 'string' ? recorded : null
  } catch {
    return null
  }
}

/** True when the stamp is missing or any input changed after it. */
export function isStale(root, workspace) {
  const stamp = join(root, workspace.stamp)
  if (!existsSync(stamp)) return true
  const built = statSync(stamp).mtimeMs
  const lockfileChanged = () =>
    workspace.inputs.includes(LOCKFILE) &&
    stampedLockfile(stamp) !== fileDigest(join(root, LOCKFILE))
  // >=: a file saved in the same clock tick as the build started may not be in it.
  return (
    workspace.inputs.some(
      (input) => input !== LOCKFILE && newestMtime(join(root, input)) >= built,
    ) || lockfileChanged()
  )
}

/**
 * Builds what is stale (every workspace with `all`), and the optional workspaces named in `with`
 * (when stale, or with `all`); returns the names built. Throws when a build
 * fails, leaving that workspace without a stamp.
 */
export function buildIfStale(root = ROOT, run = npmBuild, options = {}) {
  const built = []
  const extra = OPTIONAL_WORKSPACES.filter((workspace) => options.with?.includes(workspace.name))
  for (const workspace of [...WORKSPACES, ...extra]) {
    if (!options.all && !isStale(root, workspace)) continue
    // The stamp carries the time the build started, less a second: a source saved during the
    // build is newer than the stamp, so the next start builds again. (File times come from a
    // coarser kernel clock that can lag Date.now() by milliseconds; the second covers that.)
    const started = new Date(Date.now() - 1000)
    const lockfile = fileDigest(join(root, LOCKFILE))
    run(root, workspace.name, options)
    const stamp = join(root, workspace.stamp)
    writeFileSync(stamp, `${JSON.stringify({ started: started.toISOString(), lockfile })}\n`)
    utimesSync(stamp, started, started)
    built.push(workspace.name)
  }
  return built
}

function npmBuild(root, name, options) {
  if (!options.all) console.log(`Building ${name} (missing or older than its sources)…`)
  const result = spawnSync('npm', ['run', 'build', '--silent', '-w', name], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`Building ${name} failed`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const args = process.argv.slice(2)
    const named = args.flatMap((arg, index) => (args[index - 1] === '--with' ? [arg] : []))
    const unknown = named.filter((name) => !OPTIONAL_WORKSPACES.some((w) => w.name === name))
    if (unknown.length) throw new Error(`No optional workspace named ${unknown.join(', ')}`)
    buildIfStale(ROOT, npmBuild, { all: args.includes('--all'), with: named })
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
