/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the server started
 * the way `npm start` starts it, on a fresh SQLite file with a user made by the CLI.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'

const PORT = 8765
const database = join(mkdtempSync(join(tmpdir(), 'sesame-e2e-')), 'db.sqlite3')
export const E2E_USER = { username: 'alice', password: 'correct-horse-battery-9' }

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  timeout: 30_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The CLI migrates and creates the user; then the compiled server serves API and SPA.
    command: `node ../server/bin/sesame.js createsuperuser --no-input && node ../server/dist/server.js`,
    url: `http://localhost:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${database}`,
      LOG_LEVEL: 'warn',
      SESAME_USERNAME: E2E_USER.username,
      SESAME_PASSWORD: E2E_USER.password,
    },
  },
})
