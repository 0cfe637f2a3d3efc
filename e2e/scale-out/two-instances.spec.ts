/**
 * Only meaningful through nginx (playwright.scale-out.config.ts): one logged-in page is served by
 * both instances and stays logged in, also while one instance is stopped and after it started
 * again, because sessions live in Redis and users in PostgreSQL, nothing in an instance's memory.
 * Which instance answered comes from nginx's access log: the shipped format records
 * `upstream=<address>` (all addresses nginx tried, the one that answered last).
 */
import { expect, test, type Page } from '@playwright/test'
import { helloHeading, logIn } from '../tests/helpers.js'
import { accessLog, instance, topology } from './control.js'

interface Served {
  status: number
  upstream: string
}

/** Where the access log ends now: later calls of `helloRequests` read only what follows. */
const logMark = async (): Promise<number> => (await accessLog()).length

/** The GET /api/hello/ requests logged after `mark` (the home page asks it on every load). */
async function helloRequests(mark: number): Promise<Served[]> {
  const served: Served[] = []
  for (const line of (await accessLog()).slice(mark).split('\n')) {
    const match = /"GET \/api\/hello\/ [^"]*" (\d{3}) .* upstream=(.+?) upstream_status=/.exec(line)
    if (!match) continue
    const tried = (match[2] ?? '').split(/, | : /)
    served.push({ status: Number(match[1]), upstream: tried[tried.length - 1] ?? '' })
  }
  return served
}

async function reloadLoggedIn(page: Page): Promise<void> {
  await page.reload()
  await expect(helloHeading(page)).toBeVisible()
}

/** Reloads the logged-in page until the log shows its /api/hello/ answered by each `upstream`. */
async function reloadUntilServedBy(page: Page, mark: number, upstreams: string[]): Promise<void> {
  const deadline = Date.now() + 30_000
  for (;;) {
    await reloadLoggedIn(page)
    const seen = new Set((await helloRequests(mark)).map((served) => served.upstream))
    if (upstreams.every((upstream) => seen.has(upstream))) return
    expect(Date.now(), `/api/hello/ served by ${upstreams.join(' and ')}`).toBeLessThan(deadline)
    // One more request in between: should a page load make an even number of requests, nginx
    // (least_conn, round robin among equals) could otherwise send every /api/hello/ to the same
    // instance.
    await page.request.get('/healthz')
  }
}

// A failed test must not leave the rest of the run with one instance (a no-op when it runs).
test.afterEach(() => instance(0, 'start'))

const sessionId = async (page: Page): Promise<string | undefined> =>
  (await page.context().cookies()).find((cookie) => cookie.name === 'sessionid')?.value

test('one logged-in page is served by both instances and survives a restart of one', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const upstreams = topology().instances.map((entry) => entry.upstream)
  expect(upstreams).toHaveLength(2)
  const [first = '', second = ''] = upstreams
  await page.goto('/login')
  await logIn(page)
  await expect(helloHeading(page)).toBeVisible()
  const session = await sessionId(page)
  expect(session).toBeDefined()

  // Reloads of the same page: nginx spreads its requests over both instances (least_conn, no
  // sticky sessions), and every one of them knows the session.
  let mark = await logMark()
  await reloadUntilServedBy(page, mark, [first, second])
  expect((await helloRequests(mark)).every((served) => served.status === 200)).toBe(true)

  // The first instance stops: nginx skips it, the page stays logged in on the second.
  await instance(0, 'stop')
  mark = await logMark()
  await reloadLoggedIn(page)
  await expect.poll(async () => (await helloRequests(mark)).length).toBeGreaterThan(0)
  for (const served of await helloRequests(mark)) {
    expect(served).toEqual({ status: 200, upstream: second })
  }

  // It starts again (a new process with an empty memory) and serves the same session. nginx may
  // leave it out for up to fail_timeout (10s) after the failed attempts to reach it.
  await instance(0, 'start')
  mark = await logMark()
  await reloadUntilServedBy(page, mark, [first])
  expect((await helloRequests(mark)).every((served) => served.status === 200)).toBe(true)
  expect(await sessionId(page)).toBe(session)
})
