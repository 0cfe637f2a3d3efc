import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/**
 * Tests that pay argon2id's real cost in parallel and depend on how long it takes: 50 logins at
 * once that must all finish inside the 3 s wait for attempts in flight, the timing of answers for
 * unknown and known names, password changes racing each other. Beside other busy workers (the
 * hash pool runs at a lower CPU priority) they could outlast their waits; they run last, alone.
 */
const TIMING = [
  'test/parallel-logins.test.ts',
  'test/enumeration.test.ts',
  'test/password-change-race.test.ts',
  'test/password-cost.test.ts',
]

export default defineConfig({
  test: {
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
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: TIMING,
          // One worker per core and one more (vitest's default is one fewer: a single worker on
          // two cores). These tests wait on sockets, child processes, PostgreSQL and Redis about
          // as long as they compute, so the extra worker fills the waits. SESAME_TEST_WORKERS
          // overrides it (a project's own setting wins over --maxWorkers): the store runs, which
          // go side by side, take one each.
          maxWorkers: Number(process.env.SESAME_TEST_WORKERS) || availableParallelism() + 1,
        },
      },
      {
        extends: true,
        test: {
          name: 'timing',
          include: TIMING,
          maxWorkers: 1,
          // After the first project has finished: nothing else runs beside these.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
