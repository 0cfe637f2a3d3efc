// scripts/parallel.mjs, which starts `npm test`: the commands run at the same time, each one's
// output is printed whole, and one failure fails the whole run.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import { runParallel } from './parallel.mjs'

const script = fileURLToPath(new URL('parallel.mjs', import.meta.url))
const node = JSON.stringify(process.execPath)
/** A command that prints `a`, waits `ms`, prints `b` (on stderr) and exits with `code`. */
const step = (name, ms, code = 0) =>
  `${node} -e "console.log('${name} a'); setTimeout(() => { console.error('${name} b'); process.exit(${code}) }, ${ms})"`

test('runs the commands at the same time, printing each one in one block', async () => {
  let text = ''
  const codes = await runParallel([step('slow', 600), step('fast', 50)], {
    write: (chunk) => (text += chunk),
  })
  assert.deepEqual(codes, [0, 0])
  // The fast one, listed second, ends and prints first: they ran side by side. Neither block is
  // cut into by the other.
  assert.match(text, /fast a\nfast b\n[\s\S]*slow a\nslow b\n/)
  assert.match(text, /\(passed\)/)
})

test('exits with the first failure when any command fails, after all have ended', () => {
  const result = spawnSync(process.execPath, [script, step('ok', 300), step('bad', 10, 3)], {
    encoding: 'utf8',
  })
  assert.equal(result.status, 3)
  assert.match(result.stdout, /failed, exit 3/)
  // The command still running when the other failed was waited for, not cut off.
  assert.match(result.stdout, /ok a\nok b\n/)
})

test('refuses to run without a command', () => {
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8' })
  assert.equal(result.status, 2)
  assert.match(result.stderr, /usage/)
})
