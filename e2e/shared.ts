/** What both Playwright configurations share: the users the tests log in as, and the browser. */
import type { LaunchOptions } from '@playwright/test'

export const E2E_USER = { username: 'alice', password: 'correct-horse-battery-9' }
/**
 * One user per test of tests/account.spec.ts that ends sessions or changes a password, so the
 * other tests' logins (as alice) are never touched.
 */
export const ACCOUNT_USERS = {
  passwordChange: { username: 'bob', password: 'staple-lantern-river-4' },
  revoke: { username: 'carol', password: 'quartz-meadow-harbor-6' },
} as const

/** The attacker of tests/cookie-tossing.spec.ts: a user with a session of their own to toss. */
export const ATTACKER_USER = { username: 'mallory', password: 'tinsel-orchard-copper-3' }

/**
 * The host names of tests/cookie-tossing.spec.ts, which Chromium maps to 127.0.0.1
 * (`--host-resolver-rules`): the app and a sibling subdomain the attacker controls.
 */
export const TOSSING_DOMAIN = 'example.test'

/** Debian's Chromium (never a downloaded browser) with the flags in CONTRIBUTING.md (Test machine), on a fresh profile. */
export const CHROMIUM: LaunchOptions = {
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
}
