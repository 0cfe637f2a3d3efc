/**
 * issue #13 item 2, in the browser: a page on a sibling subdomain (evil.example.test) tosses a
 * `sessionid` for the parent domain with a longer Path, which Chromium then sends to the app
 * (app.example.test) before the victim's own. The victim must never work in the attacker's session,
 * and must not lose their own: once the tossed cookie is gone, they are still logged in.
 *
 * Chromium maps *.example.test to 127.0.0.1 (`--host-resolver-rules`); the app is the suite's
 * server (ALLOWED_HOSTS includes .example.test), the attacker's page a plain node:http server.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, request as apiRequest, test, type Page } from '@playwright/test'
import { PORT } from '../playwright.config.js'
import { ATTACKER_USER, CHROMIUM, E2E_USER, TOSSING_DOMAIN } from '../shared.js'
import { formError, helloHeading, logIn } from './helpers.js'

const APP = `http://app.${TOSSING_DOMAIN}:${PORT}`

test.use({
  launchOptions: {
    ...CHROMIUM,
    args: [...(CHROMIUM.args ?? []), `--host-resolver-rules=MAP *.${TOSSING_DOMAIN} 127.0.0.1`],
  },
})

let evil: Server
let evilOrigin = ''

/** The attacker's page: `/toss?name=…&value=…` sets the cookie for the parent domain, `/untoss` expires it. */
test.beforeAll(async () => {
  evil = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://evil')
    if (url.pathname !== '/toss' && url.pathname !== '/untoss') {
      outgoing.writeHead(404).end() // the browser's /favicon.ico among others
      return
    }
    const name = url.searchParams.get('name') ?? 'sessionid'
    const scope = `Domain=${TOSSING_DOMAIN}; Path=/api/; HttpOnly; SameSite=Lax`
    const cookie =
      url.pathname === '/toss'
        ? `${name}=${url.searchParams.get('value') ?? ''}; ${scope}`
        : `${name}=; ${scope}; Max-Age=0`
    outgoing.writeHead(200, { 'content-type': 'text/html', 'set-cookie': cookie })
    outgoing.end('<!doctype html><title>evil</title><p>Nothing to see here.</p>')
  })
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve))
  evilOrigin = `http://evil.${TOSSING_DOMAIN}:${(evil.address() as AddressInfo).port}`
})
test.afterAll(() => new Promise<void>((resolve) => evil.close(() => resolve())))

/** A session of the attacker's own, logged in outside the victim's browser. */
async function attackerSession(): Promise<{ sessionid: string; csrftoken: string }> {
  const context = await apiRequest.newContext({ baseURL: `http://localhost:${PORT}` })
  const response = await context.post('/api/login/', {
    headers: { origin: `http://localhost:${PORT}` },
    data: { username: ATTACKER_USER.username, password: ATTACKER_USER.password },
  })
  expect(response.status()).toBe(200)
  const cookies = (await context.storageState()).cookies
  await context.dispose()
  const value = (name: string): string => cookies.find((c) => c.name === name)?.value ?? ''
  return { sessionid: value('sessionid'), csrftoken: value('csrftoken') }
}

async function hello(page: Page): Promise<{ status: number; text: string }> {
  return page.evaluate(async () => {
    const response = await fetch('/api/hello/', { credentials: 'same-origin' })
    return { status: response.status, text: await response.text() }
  })
}

async function victimSessionCookie(page: Page): Promise<string | undefined> {
  const cookies = await page.context().cookies(APP)
  return cookies.find((c) => c.name === 'sessionid' && c.domain === `app.${TOSSING_DOMAIN}`)?.value
}

test('a cookie tossed from a sibling subdomain never puts the victim in the attacker’s session', async ({
  page,
}) => {
  await page.goto(`${APP}/login`)
  await logIn(page)
  await expect(helloHeading(page)).toBeVisible()
  const own = await victimSessionCookie(page)
  expect(own).toBeDefined()

  const attacker = await attackerSession()
  const tossing = await page.context().newPage()
  for (const [name, value] of Object.entries(attacker)) {
    await tossing.goto(`${evilOrigin}/toss?name=${name}&value=${value}`)
  }
  const tossed = (await page.context().cookies(`${APP}/api/`)).filter((c) => c.name === 'sessionid')
  expect(tossed.map((c) => c.domain).sort()).toEqual([
    `.${TOSSING_DOMAIN}`,
    `app.${TOSSING_DOMAIN}`,
  ])

  // The SPA, reloaded, is never the attacker's: anonymous, and it cannot be logged in either.
  await page.goto(`${APP}/`)
  await expect(page).toHaveURL(/\/login/)
  await expect(page.getByText(ATTACKER_USER.username)).toHaveCount(0)
  const during = await hello(page)
  expect(during.status).toBe(401)
  expect(during.text).not.toContain(ATTACKER_USER.username)
  await logIn(page)
  await expect(formError(page)).toContainText('more than once')
  expect(await victimSessionCookie(page)).toBe(own)

  // The tossed cookies go (they expire, or the attacker's page drops them): the victim is still
  // logged in with their own session, which nothing cleared or ended.
  for (const name of Object.keys(attacker)) await tossing.goto(`${evilOrigin}/untoss?name=${name}`)
  await page.goto(`${APP}/`)
  await expect(helloHeading(page)).toBeVisible()
  expect(await hello(page)).toEqual({
    status: 200,
    text: JSON.stringify({ message: `Hello ${E2E_USER.username}` }),
  })
  expect(await victimSessionCookie(page)).toBe(own)
})

test('a tossed dead session id does not log the victim out for good', async ({ page }) => {
  await page.goto(`${APP}/login`)
  await logIn(page)
  await expect(helloHeading(page)).toBeVisible()
  const own = await victimSessionCookie(page)

  const tossing = await page.context().newPage()
  await tossing.goto(`${evilOrigin}/toss?name=sessionid&value=${'A'.repeat(43)}`)
  await page.goto(`${APP}/`)
  await expect(page).toHaveURL(/\/login/)
  expect(await victimSessionCookie(page)).toBe(own)

  await tossing.goto(`${evilOrigin}/untoss?name=sessionid`)
  await page.goto(`${APP}/`)
  await expect(helloHeading(page)).toBeVisible()
  expect(await victimSessionCookie(page)).toBe(own)
})
