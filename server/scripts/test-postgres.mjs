// `npm run test:postgres -w server`: the server tests whose outcome depends on the database
// dialect or on the session/throttle store, again with every `build()` app on PostgreSQL
// (SESAME_TEST_DATABASE=postgres, see test/helpers.ts); with --redis (`npm run test:redis`),
// sessions and throttle counters in Redis too (SESAME_TEST_SESSION_STORE=redis): the scale-out
// configuration. The whole HTTP suite runs once, on SQLite (`npm test -w server` first).
// A service that does not answer skips the run with a message, except under CI=true.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
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

/**
 * The files run on PostgreSQL (and on PostgreSQL + Redis): the one place that says which tests
 * exercise the SQL dialect or the store through the app. A file missing here runs on SQLite only.
 * A listed path that does not exist fails the run.
 *
 * Not listed, because they pick PostgreSQL and Redis themselves and already run against both in
 * the first (SQLite) run of the suite: the store contracts (session-store, throttle-store,
 * redis-session-store; src/security/throttle.store.test.ts is pure arithmetic), postgres.test.ts
 * (migrations, the article flow, throttling and revocation on PostgreSQL), audit-export-postgres
 * (the export's snapshot and connections), outage.test.ts (PostgreSQL down, Redis down),
 * scale-out.test.ts (two instances behind nginx on PostgreSQL and Redis), and the import into a
 * fresh, unmigrated PostgreSQL database in import-django-users.test.ts.
 * Not listed either: test/throttle.test.ts, the login policy over HTTP; what it would add here
 * (bursts counted atomically, in-flight marks, clearing by prefix, pruning) is in the throttle
 * contract, on every store.
 */
const DIALECT_AND_STORE_TESTS = [
  // Sorting (every field both ways, ties by id, NULLs last), search with LIKE escaping, the
  // audit filters by name and time, the export's row cap (a recursive CTE on either database).
  'test/admin-console-api.test.ts',
  'test/admin.test.ts',
  // The import: upserts by Django id, one transaction rolled back by a trigger (ON_POSTGRES).
  'test/import-django-users.test.ts',
  // The username-skeleton table: a unique index decides between two look-alikes created at once.
  'test/lookalike-usernames.test.ts',
  // Audit events of throttling: one row per blocking period, counted into by every instance (an
  // upsert in the audit repository), and the keyed digest of unknown names.
  'test/login-audit.test.ts',
  // Sessions in the store: expiry, last-seen writes, clearExpired, revocation on the next request.
  'test/sessions.test.ts',
  'test/article-scenarios.test.ts',
  // Races where the store's locking matters: parallel logins over two instances, attempts in
  // flight, a failing check; parallel password changes and a rehash racing a change.
  'test/parallel-logins.test.ts',
  'test/password-change-race.test.ts',
  // Writes atomic with their audit row: a trigger fails the insert and nothing is half-done (a
  // PostgreSQL transaction aborts on the first error); Redis sessions follow decision 0007.
  'test/atomic-writes.test.ts',
  // The hot path: one SELECT per authenticated request, which one depends on the store.
  'test/hot-path.test.ts',
  // An app on the plugin: its own migrations (dialect-specific DDL) in their own table.
  'test/plugin.test.ts',
]

// vitest fails only when no path matches at all: a renamed file must not drop out silently.
const missingFiles = DIALECT_AND_STORE_TESTS.filter((path) => !existsSync(path))
if (missingFiles.length) {
  console.error(`test-postgres.mjs lists test files that do not exist: ${missingFiles.join(', ')}`)
  process.exit(1)
}
const report = withRedis ? 'test-results-redis.json' : 'test-results-postgres.json'
const result = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...DIALECT_AND_STORE_TESTS,
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      SESAME_TEST_DATABASE: 'postgres',
      // `npm test -w server` runs the PostgreSQL, Redis and Cluster runs side by side, one worker
      // each (vitest.config.ts): more would only crowd two cores.
      SESAME_TEST_WORKERS: '1',
      ...(withRedis ? { SESAME_TEST_SESSION_STORE: 'redis' } : {}),
    },
  },
)
process.exit(result.status ?? 1)
