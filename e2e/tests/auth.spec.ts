import { expect, test } from '@playwright/test'
import { E2E_USER } from '../playwright.config.js'

test('log in, stay logged in across a reload, log out for good', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/login\?next=\//)
  await page.getByLabel('Username').fill(E2E_USER.username)
  await page.getByLabel('Password', { exact: true }).fill(E2E_USER.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByRole('heading', { name: `Hello ${E2E_USER.username}` })).toBeVisible()
  await page.screenshot({ path: 'test-results/home.png' })

  // The session cookie is HttpOnly: page scripts never see it.
  expect(await page.evaluate(() => document.cookie)).not.toContain('sessionid')

  await page.reload()
  await expect(page.getByRole('heading', { name: `Hello ${E2E_USER.username}` })).toBeVisible()

  const cookies = await page.context().cookies()
  const session = cookies.find((cookie) => cookie.name === 'sessionid')
  expect(session?.httpOnly).toBe(true)

  await page.getByRole('button', { name: 'Log out' }).first().click()
  await expect(page).toHaveURL(/\/login/)

  // The old cookie is dead on the server, not just forgotten by the browser.
  const replay = await page.request.get('/api/hello/', {
    headers: { cookie: `sessionid=${session?.value ?? ''}` },
  })
  expect(replay.status()).toBe(401)
})

test('a wrong password gets a clear message', async ({ page }) => {
  await page.goto('/login')
  await page.screenshot({ path: 'test-results/login.png' })
  await page.getByLabel('Username').fill(E2E_USER.username)
  await page.getByLabel('Password', { exact: true }).fill('not-the-password')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Wrong username or password.')).toBeVisible()
})
