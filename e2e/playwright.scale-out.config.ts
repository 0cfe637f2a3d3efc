/**
 * The second end-to-end run, through the scale-out shape of issue #6: Chromium → nginx (the
 * shipped deploy/nginx/sesame.conf, HTTPS with a self-signed certificate on a free port) → two
 * Sesame instances sharing a fresh PostgreSQL database and Redis key prefix, all started by
 * scale-out/setup.ts. run.mjs runs it beside playwright.config.ts, and skips it with a message when
 * nginx, openssl, PostgreSQL or Redis is missing (under CI=true it fails instead).
 *
 * It runs what only this topology can show, not the whole suite again (issue #14): the
 * scale-out/*.spec.ts specs (one session served by both instances, a restart of one) and one
 * login smoke test from tests/auth.spec.ts (log in, reload, log out through nginx). Everything
 * else in tests/ is about the SPA and the API, which the first run covers; the server suite
 * covers PostgreSQL and Redis (`npm run test:postgres -w server`).
 */
import { defineConfig } from '@playwright/test'
import { TOPOLOGY_VARIABLE, topology } from './scale-out/control.js'
import { CHROMIUM } from './shared.js'

export default defineConfig({
  testDir: '.',
  testMatch: ['scale-out/**/*.spec.ts', 'tests/auth.spec.ts'],
  // Matched against "<file relative to testDir> <describe titles> <test title>": every test of
  // scale-out/, and of tests/auth.spec.ts only the login smoke test.
  grep: /scale-out\/|tests\/auth\.spec\.ts log in, stay logged in across a reload, log out for good/,
  globalSetup: './scale-out/setup.ts',
  outputDir: 'test-results-scale-out',
  timeout: 30_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'scale-out/test-results.json' }]],
  use: {
    // Set by the global setup, which runs after the runner loaded this file and before the
    // workers load it again (they inherit its environment): unset only in the runner itself.
    baseURL: process.env[TOPOLOGY_VARIABLE] ? topology().origin : undefined,
    ignoreHTTPSErrors: true,
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM,
  },
})
