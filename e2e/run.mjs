// Runs the Playwright suite in Debian's Chromium against one instance on SQLite
// (playwright.config.ts) and, at the same time, the scale-out specs and a login smoke test
// through nginx in front of two instances sharing PostgreSQL and Redis
// (playwright.scale-out.config.ts). Without /usr/bin/chromium both runs are skipped, without
// nginx, openssl, PostgreSQL or Redis the second one, with a message (so `npm test` passes on a
// fresh machine); under CI=true nothing may skip, and a missing piece fails instead.
// Arguments go to both runs: `npm test -w e2e -- -g login`.
import { Buffer } from 'node:buffer'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { connect } from 'node:net'

const CI = process.env.CI === 'true'
const CHROMIUM = '/usr/bin/chromium'
const NGINX = process.env.SESAME_TEST_NGINX ?? '/usr/sbin/nginx'
const POSTGRES = new URL(process.env.SESAME_TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432')
const REDIS = new URL(process.env.SESAME_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379')
const SCALE_OUT_REPORT = 'scale-out/test-results.json'

/** Under CI=true a missing piece fails the run; elsewhere the run that needs it is skipped. */
function skipOrFail(what, missing) {
  const list = missing.join('; ')
  if (CI) {
    console.error(`Cannot run ${what} under CI=true, missing: ${list}`)
    process.exit(1)
  }
  console.warn(`Skipping ${what}, missing: ${list}`)
}

/** Whether something accepts TCP connections at the URL's host and port (2s at most). */
function answers(url, defaultPort) {
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || defaultPort) })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(2000, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

async function scaleOutMissing() {
  const missing = []
  if (!existsSync(NGINX)) missing.push(`${NGINX} (apt-get install -y nginx)`)
  if (spawnSync('openssl', ['version']).status !== 0) {
    missing.push('openssl (apt-get install -y openssl)')
  }
  if (!(await answers(POSTGRES, 5432))) {
    missing.push(`PostgreSQL at ${POSTGRES.host} (apt-get install -y postgresql, then start it)`)
  }
  if (!(await answers(REDIS, 6379))) {
    missing.push(`Redis at ${REDIS.host} (apt-get install -y redis-server, then start it)`)
  }
  return missing
}

/**
 * One Playwright run; resolves with its exit code. A `held` run's output is printed in one block
 * when it ends, so two runs at once never interleave their lines.
 */
function playwright(config, { held = false } = {}) {
  const args = ['playwright', 'test', '--config', config, ...process.argv.slice(2)]
  return new Promise((resolve) => {
    const child = spawn('npx', args, { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    const output = []
    child.stdout?.on('data', (chunk) => output.push(chunk))
    child.stderr?.on('data', (chunk) => output.push(chunk))
    child.on('close', (code) => {
      if (held) process.stdout.write(`\n${config}:\n${Buffer.concat(output).toString()}`)
      resolve(code ?? 1)
    })
  })
}

if (!existsSync(CHROMIUM)) {
  skipOrFail('end-to-end tests', [`${CHROMIUM} (apt-get install -y chromium)`])
  process.exit(0)
}
const SCALE_OUT = 'the end-to-end tests through nginx (two instances, PostgreSQL, Redis)'
const missing = await scaleOutMissing()
rmSync(SCALE_OUT_REPORT, { force: true }) // never a stale report from an earlier run

// The two runs go side by side: each waits on its servers and the browser more than it computes.
// They share nothing: other ports, other databases, their own output folders and reports.
if (missing.length > 0) skipOrFail(SCALE_OUT, missing)
const [single, scaleOut] = await Promise.all([
  playwright('playwright.config.ts'),
  missing.length > 0 ? 0 : playwright('playwright.scale-out.config.ts', { held: true }),
])
process.exit(single !== 0 ? single : scaleOut)
