/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the server started
 * the way `npm start` starts it, on a fresh SQLite file with a user made by the CLI.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test'
import { ACCOUNT_USERS, ATTACKER_USER, CHROMIUM, E2E_USER, TOSSING_DOMAIN } from './shared.js'

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>[number]

export const PORT = 8765
/** A second server whose WEB_ROOT is a frontend written only for Django's wire contract. */
export const CONTRACT_PORT = 8766
/** The notes example (examples/notes): an app built on the @sesame/server plugin. */
export const NOTES_PORT = 8767

/** `sesame createsuperuser` for one more user, its password in the environment as the CLI wants. */
function createUser(user: { username: string; password: string }): string {
  return `SESAME_PASSWORD='${user.password}' node ../server/bin/sesame.js createsuperuser --no-input --username ${user.username}`
}

/**
 * A server that `commands` migrate, give its users (alice first: SESAME_USERNAME and
 * SESAME_PASSWORD, which `createsuperuser --no-input` reads) and start, on a fresh SQLite file.
 */
function server(
  port: number,
  commands: string[],
  options: { timeout: number; env?: Record<string, string> },
): WebServer {
  const database = join(mkdtempSync(join(tmpdir(), 'sesame-e2e-')), 'db.sqlite3')
  return {
    command: commands.join(' && '),
    url: `http://localhost:${port}/healthz`,
    reuseExistingServer: false,
    timeout: options.timeout,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${database}`,
      LOG_LEVEL: 'warn',
      SESAME_USERNAME: E2E_USER.username,
      SESAME_PASSWORD: E2E_USER.password,
      ...options.env,
    },
  }
}

/** The server as `npm start` runs it: the CLI migrates and makes the users, then it serves. */
function sesame(port: number, env: Record<string, string> = {}): WebServer {
  return server(
    port,
    [
      'node ../server/bin/sesame.js createsuperuser --no-input',
      ...[...Object.values(ACCOUNT_USERS), ATTACKER_USER].map(createUser),
      'node ../server/dist/server.js',
    ],
    { timeout: 60_000, env },
  )
}

/**
 * The notes example as its README runs it: built when stale, its first user made with
 * `npm exec -w examples/notes -- sesame createsuperuser` (the CLI finds the app through the
 * example's package.json and runs its migration and "user created" hook), then its `main.js`.
 */
function notesExample(port: number): WebServer {
  return server(
    port,
    [
      'node ../scripts/build-if-stale.mjs --with examples/notes',
      'npm exec -w @sesame/example-notes -- sesame createsuperuser --no-input',
      'node ../examples/notes/dist/server/main.js',
    ],
    { timeout: 120_000 },
  )
}

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  timeout: 30_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM,
  },
  webServer: [
    // app.example.test and evil.example.test (tests/cookie-tossing.spec.ts) reach this one.
    sesame(PORT, { ALLOWED_HOSTS: `localhost,.${TOSSING_DOMAIN}` }),
    sesame(CONTRACT_PORT, {
      WEB_ROOT: fileURLToPath(new URL('fixtures/django-frontend', import.meta.url)),
    }),
    notesExample(NOTES_PORT),
  ],
})
