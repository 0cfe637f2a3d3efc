import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // One worker per core and one more (vitest's default is one fewer: a single worker on two
    // cores). These tests wait on sockets, child processes, PostgreSQL and Redis about as long
    // as they compute, so the extra worker fills the waits.
    maxWorkers: availableParallelism() + 1,
    // Under SESAME_TEST_DATABASE=postgres: one migrated template per run (test/postgres-lease.ts).
    globalSetup: ['test/postgres-setup.ts'],
    // argon2id at OWASP cost takes tens of milliseconds per hash on two cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Reported by `npm test` (--coverage, on the SQLite run): a summary on the console and
    // coverage/coverage-summary.json. Not on by default, so running one file stays quick and
    // prints no misleading whole-project numbers. No thresholds: the numbers are for reading.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
})
