/**
 * The end-to-end suite a second time, through the scale-out shape of issue #6: Chromium → nginx
 * (the shipped deploy/nginx/sesame.conf, HTTPS with a self-signed certificate on a free port) →
 * two Sesame instances sharing a fresh PostgreSQL database and Redis key prefix, all started by
 * scale-out/setup.ts. Also runs scale-out/*.spec.ts, which only make sense here. run.mjs runs it
 * after playwright.config.ts, and skips it with a message when nginx, openssl, PostgreSQL or Redis
 * is missing (under CI=true it fails instead).
 */
import { defineConfig } from '@playwright/test'
import { TOPOLOGY_VARIABLE, topology } from './scale-out/control.js'
import { CHROMIUM } from './shared.js'

export default defineConfig({
  testDir: '.',
  testMatch: ['tests/**/*.spec.ts', 'scale-out/**/*.spec.ts'],
  testIgnore: [
    // A frontend written only for Django's wire contract, served by a second single instance
    // with WEB_ROOT (port 8766, started by playwright.config.ts) and by a plain node:http proxy.
    // It is about WEB_ROOT and the wire contract, not about nginx or several instances, and this
    // topology serves Sesame's own SPA; the first run covers it.
    'tests/django-contract.spec.ts',
    // Needs host names outside the nginx topology's PUBLIC_ORIGIN; the first run covers it.
    'tests/cookie-tossing.spec.ts',
  ],
  globalSetup: './scale-out/setup.ts',
  outputDir: 'test-results/scale-out',
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
