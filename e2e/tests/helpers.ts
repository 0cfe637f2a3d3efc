import { copyFile, mkdir } from 'node:fs/promises'
import { expect, type Locator, type Page } from '@playwright/test'
import { E2E_USER } from '../shared.js'

/** Fills the login form and submits it with the button. */
export async function logIn(page: Page, user = E2E_USER): Promise<void> {
  await page.getByLabel('Username').fill(user.username)
  await page.getByLabel('Password', { exact: true }).fill(user.password)
  await page.getByRole('button', { name: 'Log in' }).click()
}

export const helloHeading = (page: Page): Locator =>
  page.getByRole('heading', { name: `Hello ${E2E_USER.username}` })

/**
 * Answers the re-authentication dialog if the server asks for the password again (as alice), then
 * waits for `done`, what the action shows once it has happened.
 */
export async function confirmPasswordIfAsked(page: Page, done: Locator): Promise<void> {
  const reauth = page.getByRole('dialog').filter({ has: page.getByLabel('Your password') })
  await expect(done.or(reauth)).toBeVisible()
  if (await reauth.isVisible()) {
    await reauth.getByLabel('Your password').fill(E2E_USER.password)
    await reauth.getByRole('button', { name: 'Confirm' }).click()
  }
  await expect(done).toBeVisible()
}

/** The form's error message (Vuetify's field messages are role=alert too, hence the class). */
export const formError = (page: Page): Locator => page.locator('.v-alert')

/** Collects console errors and uncaught exceptions; `expectNone` fails the test on any. */
export function watchConsole(page: Page): { expectNone: () => void } {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return { expectNone: () => expect(errors).toEqual([]) }
}

/** Where the README's pictures live; `UPDATE_DOCS_IMAGES=1` refreshes them from a run. */
const DOCS_IMAGES = new URL('../../docs/images/', import.meta.url)

/**
 * A picture for the docs, taken only once the page is ready: its main landmark shows a heading
 * and `ready` (the piece the picture is about), no request is pending and the fonts are loaded.
 * A page without its main content fails here instead of becoming an empty picture (issue #13
 * item 17: the README's login picture was an app bar over a blank page). Written to
 * `test-results/NAME.png`, and to `docs/images/NAME.png` when UPDATE_DOCS_IMAGES=1.
 */
export async function docsScreenshot(
  page: Page,
  name: string,
  ready: Locator,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  const main = page.getByRole('main')
  await expect(main.getByRole('heading').first()).toBeVisible()
  await expect(ready).toBeVisible()
  await page.waitForLoadState('networkidle')
  await page.evaluate(async () => {
    await document.fonts.ready
  })
  const path = `test-results/${name}.png`
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' })
  if (process.env.UPDATE_DOCS_IMAGES === '1') {
    await mkdir(DOCS_IMAGES, { recursive: true })
    await copyFile(path, new URL(`${name}.png`, DOCS_IMAGES))
  }
}
