// Run by `npm test` (node --test): the staleness rule of `npm start`, on a throwaway tree.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, test } from 'node:test'
import { buildIfStale } from './build-if-stale.mjs'

let root = ''
afterEach(() => rmSync(root, { recursive: true, force: true }))

function tree() {
  root = mkdtempSync(join(tmpdir(), 'sesame-stale-'))
  for (const dir of ['server/src', 'server/dist', 'web/src', 'web/dist']) {
    mkdirSync(join(root, dir), { recursive: true })
  }
  writeFileSync(join(root, 'server/src/app.ts'), '')
  writeFileSync(join(root, 'web/src/main.ts'), '')
  return root
}

/** A fake build that only records what it was asked to build. */
function recorder() {
  const calls = []
  return { calls, run: (_root, name) => calls.push(name) }
}

const past = (path, secondsAgo) => {
  const when = Date.now() / 1000 - secondsAgo
  utimesSync(path, when, when)
}

/** Makes every source a minute old, as in a checkout nobody is editing. */
function ageSources() {
  for (const path of ['server/src/app.ts', 'server/src', 'web/src/main.ts', 'web/src']) {
    past(join(root, path), 60)
  }
}

test('builds both on a fresh clone, then nothing until a source changes', () => {
  tree()
  const first = recorder()
  assert.deepEqual(buildIfStale(root, first.run), ['server', 'web'])
  assert.deepEqual(first.calls, ['server', 'web'])

  // Sources older than the stamps: nothing to do.
  ageSources()
  assert.deepEqual(buildIfStale(root, recorder().run), [])

  // A web source edited after the build: only web is rebuilt.
  writeFileSync(join(root, 'web/src/main.ts'), 'changed')
  assert.deepEqual(buildIfStale(root, recorder().run), ['web'])
})

test('a change to the rules the server shares with the web app rebuilds both', () => {
  tree()
  mkdirSync(join(root, 'server/src/core'))
  writeFileSync(join(root, 'server/src/core/contract.ts'), '')
  past(join(root, 'server/src/core/contract.ts'), 60)
  past(join(root, 'server/src/core'), 60)
  ageSources()
  buildIfStale(root, recorder().run)
  writeFileSync(join(root, 'server/src/core/contract.ts'), 'export const AUDIT_EXPORT_MAX_ROWS = 1')
  assert.deepEqual(buildIfStale(root, recorder().run), ['server', 'web'])
})

test('a source saved while the build runs is built again next time', () => {
  tree()
  ageSources()
  const editingDuringBuild = (_root, name) => {
    if (name === 'web') writeFileSync(join(root, 'web/src/main.ts'), 'saved mid-build')
  }
  buildIfStale(root, editingDuringBuild)
  assert.deepEqual(buildIfStale(root, recorder().run), ['web'])
})

test('a deleted build is rebuilt, and a failed build leaves no stamp', () => {
  tree()
  ageSources()
  buildIfStale(root, recorder().run)
  rmSync(join(root, 'server/dist'), { recursive: true })
  mkdirSync(join(root, 'server/dist'))
  const failing = (_root, name) => {
    if (name === 'server') throw new Error('Building server failed')
  }
  assert.throws(() => buildIfStale(root, failing), /Building server failed/)
  assert.deepEqual(buildIfStale(root, recorder().run), ['server'])
})

// Issue #13 item 15: `npm start` right after `npm install` rebuilt both workspaces.
test('a build made by `npm run build` (--all, as prepare runs it) is stamped: nothing left to build', () => {
  tree()
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}\n')
  ageSources()
  assert.deepEqual(buildIfStale(root, recorder().run, { all: true }), ['server', 'web'])
  // Sources older than the stamps: even --all-built workspaces are fresh for `npm start`.
  assert.deepEqual(buildIfStale(root, recorder().run), [])
  // --all builds again even when fresh.
  assert.deepEqual(buildIfStale(root, recorder().run, { all: true }), ['server', 'web'])
})

test('the lockfile counts by content: rewritten unchanged it is fresh, changed it is stale', () => {
  tree()
  const lockfile = join(root, 'package-lock.json')
  writeFileSync(lockfile, '{"lockfileVersion": 3}\n')
  ageSources()
  buildIfStale(root, recorder().run)
  // npm install writes the lockfile again, same content, after the build started.
  writeFileSync(lockfile, '{"lockfileVersion": 3}\n')
  assert.deepEqual(buildIfStale(root, recorder().run), [])
  writeFileSync(lockfile, '{"lockfileVersion": 3, "packages": {}}\n')
  assert.deepEqual(buildIfStale(root, recorder().run), ['server', 'web'])
})

test('the root package.json builds through the stamping script, and prepare runs that build', async () => {
  const { readFile } = await import('node:fs/promises')
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
  assert.equal(manifest.scripts.prepare, 'npm run build')
  assert.match(manifest.scripts.build, /^node scripts\/build-if-stale\.mjs --all$/)
})

test('builds an optional workspace (the notes example) only when it is named', () => {
  tree()
  mkdirSync(join(root, 'examples/notes/src'), { recursive: true })
  mkdirSync(join(root, 'examples/notes/dist'), { recursive: true })
  writeFileSync(join(root, 'examples/notes/src/app.ts'), '')
  ageSources()
  past(join(root, 'examples/notes/src/app.ts'), 60)
  past(join(root, 'examples/notes/src'), 60)
  assert.deepEqual(buildIfStale(root, recorder().run), ['server', 'web'])
  assert.deepEqual(buildIfStale(root, recorder().run, { with: ['examples/notes'] }), [
    'examples/notes',
  ])
  assert.deepEqual(buildIfStale(root, recorder().run, { with: ['examples/notes'] }), [])
})
