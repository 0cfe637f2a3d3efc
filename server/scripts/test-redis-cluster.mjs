// `npm run test:cluster -w server`: the Redis store contracts again on a Redis Cluster of three
// masters, started here from redis-server in a temporary folder and stopped after. What differs
// on a cluster: hash slots (every key of a script in one slot, `{...}` hash tags), ioredis'
// auto-pipelining grouping commands per node, scripts routed by their keys. Without redis-server
// the run is skipped with a message, except under CI=true.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const SERVER = process.env.SESAME_TEST_REDIS_SERVER ?? 'redis-server'
const CLI = process.env.SESAME_TEST_REDIS_CLI ?? 'redis-cli'
const have = (command) => spawnSync(command, ['--version']).status === 0
if (!have(SERVER) || !have(CLI)) {
  const message = `${SERVER} and ${CLI} are needed for the Redis Cluster run (apt-get install -y redis-server)`
  if (process.env.CI === 'true') {
    console.error(message)
    process.exit(1)
  }
  console.warn(`Skipping the Redis Cluster run: ${message}.`)
  process.exit(0)
}

// Ports above the usual ones, different on each run so two runs never meet.
const base = 20000 + Math.floor(Math.random() * 20000)
const ports = [base, base + 1, base + 2]
const dir = mkdtempSync(join(tmpdir(), 'sesame-cluster-'))
const nodes = ports.map((port) =>
  spawn(
    SERVER,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--cluster-enabled',
      'yes',
      '--cluster-config-file',
      join(dir, `nodes-${port}.conf`),
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    { stdio: 'ignore' },
  ),
)
const redisCli = (...args) => spawnSync(CLI, args, { encoding: 'utf8' })

let status = 1
try {
  for (const port of ports) {
    for (let i = 0; redisCli('-p', String(port), 'ping').stdout.trim() !== 'PONG'; i++) {
      if (i > 100) throw new Error(`redis-server on port ${port} did not start`)
      await sleep(50)
    }
  }
  const created = redisCli(
    '--cluster',
    'create',
    ...ports.map((port) => `127.0.0.1:${port}`),
    '--cluster-replicas',
    '0',
    '--cluster-yes',
  )
  if (created.status !== 0) throw new Error(`redis-cli --cluster create failed: ${created.stderr}`)
  for (
    let i = 0;
    !redisCli('-p', String(base), 'cluster', 'info').stdout.includes('cluster_state:ok');
    i++
  ) {
    if (i > 200) throw new Error('the cluster did not reach cluster_state:ok')
    await sleep(50)
  }
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      'test/redis-session-store.test.ts',
      'test/throttle-store.test.ts',
      // Only the Redis stores: the SQL ones ran in the first run and do not change here.
      '-t',
      'Redis',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results-cluster.json',
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        SESAME_TEST_REDIS_URL: `redis-cluster://127.0.0.1:${base}`,
        // `npm test -w server` runs this beside the PostgreSQL and Redis runs: one worker each.
        SESAME_TEST_WORKERS: '1',
      },
    },
  )
  status = result.status ?? 1
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
} finally {
  for (const node of nodes) node.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
}
process.exit(status)
