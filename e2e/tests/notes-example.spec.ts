/**
 * The notes example (examples/notes: an app built on the @sesame/server plugin, its page on the
 * web app's shell) in Chromium: a note outlives a reload, another user never sees it, and a
 * permission an admin takes away in the console refuses the very next add, without a logout.
 * alice is the example's superuser (made by `npm exec -w examples/notes -- sesame
 * createsuperuser`); the other users are created in the console, so the example's "user created"
 * hook puts them in `notes-users`.
 */
import { expect, test, type Browser, type Page } from '@playwright/test'
import { NOTES_PORT } from '../playwright.config.js'
import { E2E_USER } from '../shared.js'
import { confirmPasswordIfAsked, logIn } from './helpers.js'

const BASE = `http://localhost:${NOTES_PORT}`
const PASSWORD = 'violet-compass-tundra-8'

test.use({ baseURL: BASE })

function newName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`
}

/** A new browser (its own cookie jar), logged in through the example's login page. */
async function loggedIn(
  browser: Browser,
  user: { username: string; password: string },
): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: BASE })).newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/login\?next=/)
  await logIn(page, user)
  await expect(page.getByRole('heading', { name: 'Notes', level: 1 })).toBeVisible()
  return page
}

/** Creates a user in the admin console, as a superuser; the hook puts them in notes-users. */
async function createInConsole(admin: Page, username: string): Promise<void> {
  await admin.goto('/admin/users')
  await admin.getByRole('button', { name: 'New user' }).click()
  const dialog = admin.getByRole('dialog', { name: 'New user' })
  await dialog.getByLabel('Username').fill(username)
  await dialog.getByLabel('Password').fill(PASSWORD)
  await dialog.getByRole('button', { name: 'Create' }).click()
  await confirmPasswordIfAsked(admin, admin.getByRole('heading', { name: username }))
}

async function addNote(page: Page, text: string): Promise<number> {
  await page.getByLabel('New note').fill(text)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/notes/') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Add note' }).click(),
  ])
  return response.status()
}

test('a note stays, stays private, and goes when the permission goes', async ({ browser }) => {
  const admin = await loggedIn(browser, E2E_USER)
  const nora = { username: newName('nora'), password: PASSWORD }
  const otto = { username: newName('otto'), password: PASSWORD }
  await createInConsole(admin, nora.username)
  await expect(admin.getByRole('main')).toContainText('notes-users')
  await createInConsole(admin, otto.username)

  // Nora adds a note; it is still there after a reload (the server has it, not the page).
  const page = await loggedIn(browser, nora)
  const text = `Buy milk ${Date.now()}`
  expect(await addNote(page, text)).toBe(201)
  await expect(page.getByRole('listitem').filter({ hasText: text })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('listitem').filter({ hasText: text })).toBeVisible()

  // Otto, logged in elsewhere, does not see it.
  const other = await loggedIn(browser, otto)
  await expect(other.getByText('No notes yet.')).toBeVisible()
  await expect(other.getByText(text)).toHaveCount(0)

  // The admin takes Nora out of notes-users in the console (her user page, Edit groups).
  await admin.goto('/admin/users')
  await admin.getByRole('link', { name: nora.username }).click()
  await admin.getByRole('button', { name: 'Edit groups' }).click()
  const dialog = admin.getByRole('dialog', { name: `Groups of ${nora.username}` })
  await expect(dialog).toBeVisible()
  // The multi-select opens from the keyboard (Vuetify's input takes no pointer events); the
  // chosen option is toggled off, the list closed, and the dialog saved.
  await dialog.getByRole('combobox', { name: 'Groups' }).press('ArrowDown')
  await admin.getByRole('option', { name: 'notes-users' }).click()
  await admin.keyboard.press('Escape')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await confirmPasswordIfAsked(admin, admin.getByText(`${nora.username} is in no group now.`))

  // Nora's very next add is refused, and she is still logged in.
  expect(await addNote(page, 'one more')).toBe(403)
  await expect(
    page.getByRole('alert').filter({ hasText: 'You do not have permission' }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Notes', level: 1 })).toBeVisible()
  await expect(page).not.toHaveURL(/\/login/)
})

test('the notes page is usable from the keyboard', async ({ browser }) => {
  const page = await loggedIn(browser, E2E_USER)
  await page.getByLabel('New note').focus()
  await page.keyboard.type(`Typed ${Date.now()}`)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Add note' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toHaveText('Note added.')
})
