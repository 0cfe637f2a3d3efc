/**
 * The admin console against the real server (issue #7): who may reach it, and that what staff do
 * there reaches the other browsers on their very next request. alice is a superuser (made by the
 * CLI); every other account here is created by the test through the console, with a name of its
 * own so a retry never meets a leftover.
 */
import { readFile } from 'node:fs/promises'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { E2E_USER } from '../shared.js'
import { confirmPasswordIfAsked, docsScreenshot, logIn } from './helpers.js'

const SESSION_ENDED = 'Your session has ended. Please log in again.'

/** A username nobody has yet, and a password the validators accept. */
function newAccount(prefix: string): { username: string; password: string } {
  return {
    username: `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`,
    password: 'violet-compass-tundra-8',
  }
}

/** A new browser (its own cookie jar), logged in as `user`, on the home page. */
async function loggedInBrowser(
  browser: Browser,
  user: { username: string; password: string },
): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/login')
  await logIn(page, user)
  await expect(page.getByRole('heading', { name: `Hello ${user.username}` })).toBeVisible()
  return page
}

/** Creates a user with the console's dialog; ends on the new user's page. */
async function createUser(
  admin: Page,
  account: { username: string; password: string },
): Promise<void> {
  await admin.goto('/admin/users')
  await admin.getByRole('button', { name: 'New user' }).click()
  const dialog = admin.getByRole('dialog', { name: 'New user' })
  // The dialog moves the focus to its first field as it opens; typing before that would race it.
  await expect(dialog.getByLabel('Username')).toBeFocused()
  await dialog.getByLabel('Username').fill(account.username)
  // The validators' messages come back under the field: a weak password first.
  await dialog.getByLabel('Password').fill('password')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(dialog.getByText(/too common/i)).toBeVisible()
  await dialog.getByLabel('Password').fill(account.password)
  await dialog.getByRole('button', { name: 'Create' }).click()
  await confirmPasswordIfAsked(admin, admin.getByRole('heading', { name: account.username }))
  await expect(admin).toHaveURL(/\/admin\/users\/\d+$/)
}

/** Runs a destructive action from the user page: the button, then the confirmation. */
async function confirmAction(admin: Page, action: string, result: string | RegExp): Promise<void> {
  await admin.getByRole('main').getByRole('button', { name: action, exact: true }).click()
  await admin.getByRole('dialog').getByRole('button', { name: action, exact: true }).click()
  await confirmPasswordIfAsked(admin, admin.getByRole('status').filter({ hasText: result }))
}

test('a user who is not staff cannot reach the console, in the page or through the API', async ({
  browser,
}) => {
  const admin = await loggedInBrowser(browser, E2E_USER)
  const account = newAccount('plain')
  await createUser(admin, account)

  const user = await loggedInBrowser(browser, account)
  await user.getByRole('button', { name: `User menu for ${account.username}` }).click()
  await expect(user.getByRole('menuitem', { name: 'Account' })).toBeVisible()
  await expect(user.getByRole('menuitem', { name: 'Admin' })).toHaveCount(0)
  await user.keyboard.press('Escape')

  const adminCalls: string[] = []
  user.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/admin/')) adminCalls.push(request.url())
  })
  for (const path of ['/admin/users', '/admin/audit']) {
    await user.goto(path)
    await expect(user.getByRole('heading', { name: 'Staff only' })).toBeVisible()
  }
  expect(adminCalls).toEqual([])

  // The server is the real guard: the API refuses whatever the page shows.
  for (const path of ['/api/admin/users/', '/api/admin/audit/', '/api/admin/audit/export/']) {
    const answer = await user.request.get(path)
    expect(answer.status(), path).toBe(403)
    expect((await answer.json()).error.code).toBe('permission_denied')
  }
})

test('staff create a user, who logs in elsewhere; deactivating them ends that session', async ({
  browser,
}) => {
  const admin = await loggedInBrowser(browser, E2E_USER)
  const account = newAccount('dora')
  await createUser(admin, account)
  const userPage = admin.url()

  const user = await loggedInBrowser(browser, account)
  await admin.reload() // the user page now lists the new session
  await expect(admin.getByRole('table', { name: 'Sessions' }).locator('tbody tr')).toHaveCount(1)

  await confirmAction(admin, 'Deactivate', /deactivated/)
  await expect(admin.getByRole('button', { name: 'Reactivate' })).toBeVisible()
  expect(admin.url()).toBe(userPage)

  // The other browser's next action (opening its account page) finds its session gone.
  await user.getByRole('button', { name: `User menu for ${account.username}` }).click()
  await user.getByRole('menuitem', { name: 'Account' }).click()
  await expect(user).toHaveURL(/\/login/)
  await expect(user.getByText(SESSION_ENDED)).toBeVisible()
  await logIn(user, account)
  await expect(user.locator('.v-alert')).toContainText('Wrong username or password.')
})

test('a superuser grants staff; the new staff member sees the console after a reload', async ({
  browser,
}) => {
  const admin = await loggedInBrowser(browser, E2E_USER)
  const account = newAccount('erin')
  await createUser(admin, account)
  const member = await loggedInBrowser(browser, account)

  await confirmAction(admin, 'Grant staff', /is now staff/)
  await expect(admin.getByRole('button', { name: 'Remove staff' })).toBeVisible()

  // Nothing changes in the open page until the server is asked again.
  const menu = member.getByRole('button', { name: `User menu for ${account.username}` })
  await menu.click()
  await expect(member.getByRole('menuitem', { name: 'Account' })).toBeVisible()
  await expect(member.getByRole('menuitem', { name: 'Admin' })).toHaveCount(0)
  await member.keyboard.press('Escape')

  await member.reload()
  await menu.click()
  await member.getByRole('menuitem', { name: 'Admin' }).click()
  await expect(member.getByRole('heading', { name: 'Users' })).toBeVisible()
  // Staff without a group: the console opens, and the server says what they may not see.
  await expect(member.getByText(/permission/i).first()).toBeVisible()
})

test('the users table pages, searches and sorts on the server; the audit log lists and exports', async ({
  browser,
}) => {
  const admin = await loggedInBrowser(browser, E2E_USER)
  const account = newAccount('zed')
  await createUser(admin, account)
  await confirmAction(admin, 'End all sessions', /sessions? ended/)

  await admin.goto('/admin/users')
  const users = admin.getByRole('table', { name: 'Users' })
  await expect(users.getByRole('link', { name: E2E_USER.username })).toBeVisible()
  await admin.getByLabel('Search users').fill(account.username)
  await expect(users.locator('tbody tr')).toHaveCount(1)
  await expect(users.getByRole('link', { name: account.username })).toBeVisible()
  await admin.getByLabel('Search users').fill('')
  await expect(users.getByRole('link', { name: E2E_USER.username })).toBeVisible()
  await users.getByRole('columnheader', { name: 'Username' }).click() // toggles to descending
  await expect(users.locator('tbody tr').first()).not.toContainText(E2E_USER.username)
  await docsScreenshot(admin, 'admin-users', users, { fullPage: true })

  await admin.getByRole('link', { name: 'Audit log' }).click()
  await expect(admin.getByRole('heading', { name: 'Audit log' })).toBeVisible()
  await admin.getByLabel('Username').fill(account.username)
  await expect(admin).toHaveURL(new RegExp(`username=${account.username}`))
  const listed = admin.getByRole('table', { name: 'Audit events' }).locator('tbody tr')
  await expect(listed.filter({ hasText: 'user_created' })).toHaveCount(1)
  await expect(listed.filter({ hasText: 'session_revoked' })).toHaveCount(1)
  await expect(listed.filter({ hasNotText: account.username })).toHaveCount(0)
  await docsScreenshot(admin, 'admin-audit', listed.first(), { fullPage: true })

  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('link', { name: 'Export CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^sesame-audit-.*\.csv$/)
  const csv = await readFile(await download.path(), 'utf8')
  const [header, ...rows] = csv.trim().split(/\r\n/)
  // Every text cell is quoted, the header's too (issue #13 item 4).
  const columns =
    'id,at,type,actor_id,actor_username,target_id,target_username,ip,user_agent,detail'
  expect(header).toBe(
    columns
      .split(',')
      .map((name) => `"${name}"`)
      .join(','),
  )
  expect(rows.some((row) => row.includes('user_created') && row.includes(account.username))).toBe(
    true,
  )
  expect(rows.some((row) => row.includes('session_revoked'))).toBe(true)
  // Secrets never leave in an export: not this browser's session cookie nor its CSRF token.
  const cookies = await admin.context().cookies()
  const secrets = cookies.filter((cookie) => ['sessionid', 'csrftoken'].includes(cookie.name))
  expect(secrets).toHaveLength(2)
  for (const secret of secrets) expect(csv).not.toContain(secret.value)
})

test('the console works at tablet width without the page scrolling sideways', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 } })
  const page = await context.newPage()
  await page.goto('/login')
  await logIn(page, E2E_USER)
  // Navigating before the login's answer would land on the login page again.
  await expect(page.getByRole('heading', { name: `Hello ${E2E_USER.username}` })).toBeVisible()
  for (const path of ['/admin/users', '/admin/audit']) {
    await page.goto(path)
    await expect(page.getByRole('table').first()).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`${path}$`))
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})
