// The dependency rule (server/.dependency-cruiser.mjs, docs/architecture.md, Layers) must fail
// when broken: each test copies server/src to a temporary folder, plants one import that breaks
// it, and runs the same check `npm run lint:deps -w server` runs. The untouched copy passes.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
const copies = []
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/**
 * A copy of the server's sources and check config; `plant` adds a line to existing files in it,
 * `create` writes new ones.
 */
function check(plant = {}, create = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-deps-'))
  copies.push(dir)
  cpSync(join(root, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'))
  for (const file of ['tsconfig.json', '.dependency-cruiser.mjs', 'src']) {
    cpSync(join(root, 'server', file), join(dir, 'server', file), { recursive: true })
  }
  for (const [file, line] of Object.entries(plant)) {
    appendFileSync(join(dir, 'server/src', file), `\n${line}\n`)
  }
  for (const [file, text] of Object.entries(create)) {
    mkdirSync(dirname(join(dir, 'server/src', file)), { recursive: true })
    writeFileSync(join(dir, 'server/src', file), text)
  }
  const result = spawnSync(
    process.execPath,
    [depcruise, 'src', '--config', '.dependency-cruiser.mjs', '--output-type', 'err'],
    { cwd: join(dir, 'server'), encoding: 'utf8' },
  )
  return { status: result.status, output: result.stdout + result.stderr }
}

test('the sources as they are pass', () => {
  const { status, output } = check()
  assert.equal(status, 0, output)
})

test('a planted cycle between two folders of one layer fails (db <-> redis)', () => {
  const { status, output } = check({
    'db/batch.ts': "import '../redis/connection.js'",
    'redis/connection.ts': "import '../db/batch.js'",
  })
  assert.notEqual(status, 0)
  assert.match(output, /no-folder-cycles/)
})

test('a planted import of a higher layer fails (sessions -> auth)', () => {
  const { status, output } = check({
    'sessions/session.token.ts': "import '../auth/permissions.js'",
  })
  assert.notEqual(status, 0)
  assert.match(output, /layer-sessions/)
})

test('the CLI loading the HTTP app fails (cli -> app.ts)', () => {
  const { status, output } = check({ 'cli/io.ts': "import '../app.js'" })
  assert.notEqual(status, 0)
  assert.match(output, /cli-without-http/)
})

test('a folder in no layer fails (a new src/mail/ not placed in LAYERS)', () => {
  const { status, output } = check({}, { 'mail/sender.ts': "import '../core/clock.js'\n" })
  assert.notEqual(status, 0)
  assert.match(output, /every-module-in-a-layer/)
})
