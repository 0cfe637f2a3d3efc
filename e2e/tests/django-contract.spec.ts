/**
 * A frontend written only against the Django wire contract (fixtures/django-frontend) works
 * unchanged, served by Sesame itself (WEB_ROOT) or by a proxy that puts it in front of the API.
 */
import { readFileSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { CONTRACT_PORT } from '../playwright.config.js'
import { E2E_USER } from '../shared.js'

const FIXTURE = new URL('../fixtures/django-frontend/', import.meta.url)

async function contractFlow(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`)
  await page.getByLabel('Username').fill(E2E_USER.username)
  await page.getByLabel('Password').fill(E2E_USER.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.locator('#status')).toHaveText('signed in')
  await expect(page.locator('#message')).toHaveText(`Hello ${E2E_USER.username}`)
  // Its CSRF "parser" takes the first cookie it can see: only csrftoken is visible to scripts.
  expect(await page.evaluate(() => document.cookie)).toMatch(/^csrftoken=[^;]+$/)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.locator('#status')).toHaveText('signed out')
  await page.getByRole('button', { name: 'Say hello' }).click()
  await expect(page.locator('#message')).toHaveText('hello 401')
}

test('served by Sesame (WEB_ROOT)', async ({ page }) => {
  await contractFlow(page, `http://localhost:${CONTRACT_PORT}`)
})

test.describe('behind a proxy', () => {
  let proxy: Server
  let origin = ''

  // The page comes from the proxy; /api/ goes on to Sesame with the Host header kept, as the
  // Django reference setup's nginx does (docs/README.md, Where Sesame comes from). Plain
  // node:http, so the test needs nothing installed.
  test.beforeAll(async () => {
    proxy = createServer((incoming, outgoing) => {
      const path = incoming.url ?? '/'
      if (path.startsWith('/api/')) {
        const upstream = request(
          {
            host: '127.0.0.1',
            port: CONTRACT_PORT,
            path,
            method: incoming.method,
            headers: incoming.headers,
          },
          (answer) => {
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
            answer.pipe(outgoing)
          },
        )
        incoming.pipe(upstream)
        return
      }
      const file = path === '/' ? 'index.html' : path.slice(1)
      if (!['index.html', 'assets/contract.js'].includes(file)) {
        outgoing.writeHead(404).end()
        return
      }
      const type = file.endsWith('.js') ? 'text/javascript' : 'text/html'
      outgoing.writeHead(200, { 'content-type': type }).end(readFileSync(new URL(file, FIXTURE)))
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    origin = `http://localhost:${(proxy.address() as AddressInfo).port}`
  })
  test.afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())))

  test('the same page, unchanged', async ({ page }) => {
    await contractFlow(page, origin)
  })
})
