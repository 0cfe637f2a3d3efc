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
