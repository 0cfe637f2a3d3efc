// `npm run test:postgres -w server`: the whole server suite again, every app on a fresh PostgreSQL
// database (SESAME_TEST_DATABASE=postgres, see test/helpers.ts); with --redis, sessions and
// throttle counters in Redis too (SESAME_TEST_SESSION_STORE=redis): the scale-out configuration.
// A service that does not answer skips the run with a message, except under CI=true.
import { spawnSync } from 'node:child_process'
import { connect } from 'node:net'

const withRedis = process.argv.includes('--redis')
const services = [
  ['PostgreSQL', new URL(process.env.SESAME_TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test')],
  ...(withRedis
    ? [['Redis', new URL(process.env.SESAME_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379')]]
    : []),
]

function answers(url) {
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname)
    socket.setTimeout(2000)
    socket.once('connect', () => resolve(socket.end() && true))
    socket.once('timeout', () => resolve(socket.destroy() && false))
    socket.once('error', () => resolve(false))
  })
}

for (const [name, url] of services) {
  if (await answers(url)) continue
  if (process.env.CI === 'true') {
    console.error(`${name} is required under CI but ${url.host} does not answer`)
    process.exit(1)
  }
  console.warn(`Skipping this run of the server suite: ${name} does not answer at ${url.host}.`)
  process.exit(0)
}
const report = withRedis ? 'test-results-redis.json' : 'test-results-postgres.json'
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      SESAME_TEST_DATABASE: 'postgres',
      ...(withRedis ? { SESAME_TEST_SESSION_STORE: 'redis' } : {}),
    },
  },
)
process.exit(result.status ?? 1)
