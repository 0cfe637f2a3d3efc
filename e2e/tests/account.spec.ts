/**
 * The account page against the real server: a password change and a revoked session end the
 * other browsers' sessions at their next request (with a message saying so), and "Remember me"
 * decides between a browser-session cookie and a persistent one.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { ACCOUNT_USERS, E2E_USER } from '../shared.js'
import { logIn } from './helpers.js'

const SESSION_ENDED = 'Your session has ended. Please log in again.'

/** A new browser (its own cookie jar) on the account page, logged in as `user`. */
async function browserOnAccount(
  browser: Browser,
  user: { username: string; password: string },
): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/account')
  await logIn(page, user)
  await expect(accountHeading(page)).toBeVisible()
  return page
}

const accountHeading = (page: Page): Locator => page.getByRole('heading', { name: 'Your account' })
const sessionRows = (page: Page): Locator => page.locator('tbody tr')

/**
 * The page's next request finds its session gone: it must land on login, saying why, with `next`
 * kept. `click` makes a request that gets 401; `reload` starts the app again, and the server tells
 * its bootstrap that the cookie it still holds belongs to an ended session.
 */
async function expectSessionEnded(page: Page, how: 'click' | 'reload' = 'click'): Promise<void> {
  if (how === 'reload') await page.reload()
  else await page.getByRole('link', { name: 'Sesame' }).click() // home asks GET /api/hello/
  await expect(page).toHaveURL(/\/login\?next=/)
  await expect(page.getByText(SESSION_ENDED)).toBeVisible()
}

test('changing the password ends the other browsers’ sessions, not this one', async ({
  browser,
}) => {
  const user = ACCOUNT_USERS.passwordChange
  const newPassword = 'orbit-canvas-pepper-3'
  const first = await browserOnAccount(browser, user)
  const second = await browserOnAccount(browser, user)

  await first.reload() // the list now shows both sessions
  await expect(sessionRows(first)).toHaveCount(2)
  await first.getByLabel('Current password').fill(user.password)
  await first.getByLabel('New password', { exact: true }).fill(newPassword)
  await first.getByLabel('Confirm new password').fill(newPassword)
  await first.getByRole('button', { name: 'Change password' }).click()
  // Right after login the server counts the password as fresh; should it ask anyway, answer.
  const changed = first.getByText('Your password has been changed.')
  const dialog = first.getByRole('dialog')
  await expect(changed.or(dialog)).toBeVisible()
  if (await dialog.isVisible()) {
    await dialog.getByLabel('Your password').fill(user.password)
    await dialog.getByRole('button', { name: 'Confirm' }).click()
  }
  await expect(changed).toBeVisible()
  await expect(sessionRows(first)).toHaveCount(1)

  await expectSessionEnded(second)

  // This browser keeps its (renewed) session, across a reload too.
  await first.reload()
  await expect(accountHeading(first)).toBeVisible()
  await expect(sessionRows(first)).toHaveCount(1)

  // The other browser gets back in with the new password only.
  await logIn(second, { ...user, password: newPassword })
  await expect(second).toHaveURL(/\/$/)
  await expect(second.getByText(SESSION_ENDED)).toHaveCount(0)
})

test('revoking a session from the account page ends it at its next request', async ({
  browser,
}) => {
  const user = ACCOUNT_USERS.revoke
  const other = await browserOnAccount(browser, user)
  const page = await browserOnAccount(browser, user)
  await expect(sessionRows(page)).toHaveCount(2)
  await expect(sessionRows(page).first()).toContainText('This device')
  await page.screenshot({ path: 'test-results/account.png', fullPage: true })

  // With the keyboard: the other session's button, then Enter.
  const revoke = page.getByRole('button', { name: /^Revoke (?!.*this device)/ })
  await revoke.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^Logged out .+\.$/)).toBeVisible()
  await expect(sessionRows(page)).toHaveCount(1)

  await expectSessionEnded(other, 'reload')
  await page.reload()
  await expect(accountHeading(page)).toBeVisible()
})

test('"Remember me" decides between a browser-session cookie and a persistent one', async ({
  browser,
}) => {
  for (const remember of [false, true]) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto('/login')
    const checkbox = page.getByLabel('Remember me')
    await expect(checkbox).not.toBeChecked()
    if (remember) await checkbox.check()
    await logIn(page)
    await expect(page.getByRole('heading', { name: `Hello ${E2E_USER.username}` })).toBeVisible()
    const session = (await context.cookies()).find((cookie) => cookie.name === 'sessionid')
    expect(session, `sessionid with remember=${remember}`).toBeDefined()
    if (remember) expect(session?.expires).toBeGreaterThan(Date.now() / 1000 + 3600)
    else expect(session?.expires).toBe(-1) // ends with the browser
    await context.close()
  }
})

test.describe('at phone width', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('the account page fits without sideways scrolling', async ({ page }) => {
    await page.goto('/account')
    await logIn(page)
    await expect(accountHeading(page)).toBeVisible()
    await expect(sessionRows(page).first()).toContainText('This device')
    await page.screenshot({ path: 'test-results/account-phone.png', fullPage: true })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    )
    expect(overflow).toBe(false)
    await expect(page.getByRole('button', { name: 'Log out all other devices' })).toBeVisible()
  })
})
