import { expect, test } from '@playwright/test'
import { E2E_USER } from '../shared.js'
import { docsScreenshot, formError, helloHeading, logIn, watchConsole } from './helpers.js'

test('log in, stay logged in across a reload, log out for good', async ({ page }) => {
  const consoleErrors = watchConsole(page)
  await page.goto('/')
  await expect(page).toHaveURL(/\/login\?next=\//)
  await logIn(page)
  await docsScreenshot(page, 'home', helloHeading(page))

  // The session cookie is HttpOnly: page scripts never see it.
  expect(await page.evaluate(() => document.cookie)).not.toContain('sessionid')

  await page.reload()
  await expect(helloHeading(page)).toBeVisible()

  const cookies = await page.context().cookies()
  const session = cookies.find((cookie) => cookie.name === 'sessionid')
  expect(session?.httpOnly).toBe(true)
  expect(session?.sameSite).toBe('Lax')

  await page.getByRole('button', { name: 'Log out' }).click()
  await expect(page).toHaveURL(/\/login/)

  // The old cookie is dead on the server, not just forgotten by the browser.
  const replay = await page.request.get('/api/hello/', {
    headers: { cookie: `sessionid=${session?.value ?? ''}` },
  })
  expect(replay.status()).toBe(401)
  consoleErrors.expectNone()
})

test('a wrong password gets a clear message', async ({ page }) => {
  await page.goto('/login')
  await docsScreenshot(page, 'login', page.getByRole('button', { name: 'Log in' }))
  await logIn(page, { ...E2E_USER, password: 'not-the-password' })
  await expect(formError(page)).toHaveText('Wrong username or password.')
})

test('a docs picture of a page without its main content fails instead of being taken', async ({
  page,
}) => {
  // The page the README's picture once showed: an app bar over an empty main landmark.
  await page.setContent('<header><b>Sesame</b></header><main></main>')
  const taking = docsScreenshot(page, 'empty-page', page.getByRole('button', { name: 'Log in' }))
  await expect(taking).rejects.toThrow(/heading/)
})

test('repeated failures are throttled, and the message says how long to wait', async ({ page }) => {
  await page.goto('/login')
  // An unknown name is throttled exactly like a real one; using it keeps alice's counters clean.
  const guess = { username: 'mallory', password: 'guess-number-n' }
  let retryAfter: string | null = null
  for (let attempt = 1; attempt <= 10 && retryAfter === null; attempt++) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/login/')),
      logIn(page, guess),
    ])
    if (response.status() === 429) retryAfter = await response.headerValue('retry-after')
    else expect(response.status(), `attempt ${attempt}`).toBe(400)
  }
  expect(retryAfter).toMatch(/^\d+$/)
  const seconds = Number(retryAfter)
  const wait = seconds === 1 ? '1 second' : `${seconds} seconds`
  await expect(formError(page)).toHaveText(`Too many failed attempts. Try again in ${wait}.`)
})

test('a deep link returns you to the page after login', async ({ page }) => {
  await page.goto('/account')
  await expect(page).toHaveURL(/\/login\?next=(\/|%2F)account$/)
  // Never logged in: nothing "ended".
  await expect(page.getByText('Your session has ended')).toHaveCount(0)
  await logIn(page)
  await expect(page).toHaveURL(/\/account$/)
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible()
  const details = page.locator('dl')
  await expect(details.getByText('Username')).toBeVisible()
  await expect(details.getByText(E2E_USER.username, { exact: true })).toBeVisible()
})

test('logging in or out in one tab does the same in the others', async ({ context }) => {
  const first = await context.newPage()
  const second = await context.newPage()
  await first.goto('/login')
  await second.goto('/login')

  await logIn(first)
  await expect(helloHeading(first)).toBeVisible()
  await expect(helloHeading(second)).toBeVisible() // the second tab followed

  await first.bringToFront() // a background tab's timers and animations run slowly
  await first.getByRole('button', { name: /^User menu/ }).click()
  await first.getByRole('menuitem', { name: 'Log out' }).click()
  await expect(first).toHaveURL(/\/login/)
  await expect(second).toHaveURL(/\/login/)
  await second.reload()
  await expect(second.getByRole('heading', { name: 'Log in' })).toBeVisible()
})

test('a session ended elsewhere sends the page to login at its next request', async ({ page }) => {
  await page.goto('/account')
  await logIn(page)
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible()

  // End the session from outside the page: the same cookies, another client (like a logout on
  // another device or an admin's revocation; the page hears nothing from a BroadcastChannel).
  const cookies = await page.context().cookies()
  const csrf = cookies.find((cookie) => cookie.name === 'csrftoken')?.value ?? ''
  const response = await page.request.post('/api/logout/', {
    headers: { 'X-CSRFToken': csrf, Origin: new URL(page.url()).origin },
  })
  expect(response.status()).toBe(200)

  // The next request of the page (home's GET /api/hello/) gets a 401 and lands on login.
  await page.getByRole('link', { name: 'Sesame' }).click()
  await expect(page).toHaveURL(/\/login\?next=(\/|%2F)$/)
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible()
  await expect(page.getByText('Your session has ended. Please log in again.')).toBeVisible()
})
