/** What a user notices: keyboard-only use, phone width, light and dark, no console errors. */
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { BUDGET } from '../../web/scripts/size.mjs'
import { E2E_USER } from '../shared.js'
import { helloHeading, logIn, watchConsole } from './helpers.js'

test('log in with the keyboard alone', async ({ page }) => {
  const consoleErrors = watchConsole(page)
  await page.goto('/login')
  const username = page.getByLabel('Username')
  const password = page.getByLabel('Password', { exact: true })
  await expect(username).toBeFocused()
  await page.keyboard.type(E2E_USER.username)
  await page.keyboard.press('Tab')
  await expect(password).toBeFocused()
  await page.keyboard.type(E2E_USER.password)

  // The show/hide toggle is the next stop, a real button that Space operates.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Show password' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(password).toHaveAttribute('type', 'text')
  await page.keyboard.press('Space')
  await expect(password).toHaveAttribute('type', 'password')

  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(helloHeading(page)).toBeVisible()

  // The user menu opens and works from the keyboard too.
  await page.getByRole('button', { name: /^User menu/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'Account' })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/account$/)
  consoleErrors.expectNone()
})

test.describe('at phone width', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('login and home fit without sideways scrolling', async ({ page }) => {
    await page.goto('/login')
    await expect(page.getByRole('button', { name: 'Log in' })).toBeInViewport()
    await page.screenshot({ path: 'test-results/login-phone.png' })
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
    expect(await overflow()).toBe(false)
    await logIn(page)
    await expect(helloHeading(page)).toBeVisible()
    await expect(page.getByRole('button', { name: /^User menu/ })).toBeInViewport()
    expect(await overflow()).toBe(false)
  })
})

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`with a ${scheme} system theme`, () => {
    test.use({ colorScheme: scheme })

    test(`the app is ${scheme}`, async ({ page }) => {
      await page.goto('/login')
      await expect(page.locator('.v-application')).toHaveClass(new RegExp(`v-theme--${scheme}`))
      const background = await page
        .locator('.v-application')
        .evaluate((element) => getComputedStyle(element).backgroundColor)
      const [red = 0, green = 0, blue = 0] = (background.match(/\d+/g) ?? []).map(Number)
      const light = (red + green + blue) / 3 > 128
      expect(light).toBe(scheme === 'light')
      await page.screenshot({ path: `test-results/login-${scheme}.png` })
    })
  })
}

test('the login page loads within the size budget, precompressed', async ({ page }) => {
  const loaded: Array<{ kind: 'js' | 'css'; gzip: number; encoding: string }> = []
  const pending: Array<Promise<void>> = []
  page.on('response', (response) => {
    const type = response.request().resourceType()
    if (type !== 'script' && type !== 'stylesheet') return
    pending.push(
      (async () => {
        const body = await response.body()
        loaded.push({
          kind: type === 'script' ? 'js' : 'css',
          gzip: gzipSync(body, { level: 9 }).length,
          encoding: (await response.allHeaders())['content-encoding'] ?? 'identity',
        })
      })(),
    )
  })
  await page.goto('/login')
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  await Promise.all(pending)

  const total = (kind: 'js' | 'css') =>
    loaded.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.gzip, 0)
  expect(loaded.length).toBeGreaterThan(2)
  expect(total('js')).toBeLessThanOrEqual(BUDGET.js)
  expect(total('css')).toBeLessThanOrEqual(BUDGET.css)
  // Chromium asks for brotli; the server sends the .br file written at build time.
  const large = loaded.filter((file) => file.gzip > 1000)
  expect(large.every((file) => file.encoding === 'br')).toBe(true)
})
