import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Under SESAME_TEST_DATABASE=postgres: one migrated template per run (test/postgres-lease.ts).
    globalSetup: ['test/postgres-setup.ts'],
    // argon2id at OWASP cost takes tens of milliseconds per hash on two cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
