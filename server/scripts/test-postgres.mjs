// `npm run test:postgres -w server`: the whole server suite again, every app on a fresh PostgreSQL
// database (SESAME_TEST_DATABASE=postgres, see test/helpers.ts). Without a PostgreSQL server it
// says so and passes, except under CI=true, where PostgreSQL must be there.
import { spawnSync } from 'node:child_process'
import { connect } from 'node:net'

const url = new URL(
  process.env.SESAME_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
)
const reachable = await new Promise((resolve) => {
  const socket = connect(Number(url.port || 5432), url.hostname)
  socket.setTimeout(2000)
  socket.once('connect', () => resolve(socket.end() && true))
  socket.once('timeout', () => resolve(socket.destroy() && false))
  socket.once('error', () => resolve(false))
})
if (!reachable) {
  if (process.env.CI === 'true') {
    console.error(`PostgreSQL is required under CI but ${url.host} does not answer`)
    process.exit(1)
  }
  console.warn(`Skipping the PostgreSQL run of the server suite: nothing answers at ${url.host}.`)
  process.exit(0)
}
const result = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results-postgres.json',
  ],
  { stdio: 'inherit', env: { ...process.env, SESAME_TEST_DATABASE: 'postgres' } },
)
process.exit(result.status ?? 1)
