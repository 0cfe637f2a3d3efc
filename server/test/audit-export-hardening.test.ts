/**
 * Issue #13, the audit export and list: formulas after a separator (item 4), addresses of staff
 * and superusers hidden from other staff (item 5), no export on a cross-site navigation
 * (item 10), and count and rows that agree while events arrive (item 14, PostgreSQL).
 */
import type { LightMyRequestResponse } from 'fastify'
import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv-reader.js'
import {
  authed,
  build,
  createUser,
  login,
  loginOk,
  type Cookies,
  type TestContext,
} from './helpers.js'

async function staffAndRoot(): Promise<{ ctx: TestContext; root: Cookies; helper: Cookies }> {
  const ctx = await build()
  const group = await ctx.app.services.groups.create(
    { name: 'auditors', permissions: ['audit.view_event'] },
    {},
  )
  expect(group.ok).toBe(true)
  await createUser(ctx, 'root', { isSuperuser: true })
  await createUser(ctx, 'helper', { isStaff: true, groups: ['auditors'] })
  return { ctx, root: await loginOk(ctx, 'root'), helper: await loginOk(ctx, 'helper') }
}

/** What a reader that splits at `sep` and at line ends, ignoring quotes, sees as cells. */
const naiveCells = (text: string, sep: string): string[] =>
  text.split(/\r\n|\r|\n/).flatMap((row) => row.split(sep))

describe('issue #13 item 4: the export in a `;` locale', () => {
  it('a formula after a `;` in a user agent never becomes a cell of its own', async () => {
    const { ctx, root } = await staffAndRoot()
    await login(ctx, 'root', 'a-wrong-password', { 'user-agent': 'x;=2+5;y' })
    await login(ctx, 'root', 'a-wrong-password', { 'user-agent': 'a, @SUM(1)' })
    const response = await authed(ctx, root, { url: '/api/admin/audit/export/' })
    expect(response.statusCode).toBe(200)
    for (const sep of [',', ';', '\t']) {
      for (const cell of naiveCells(response.body, sep)) {
        expect(cell, `split at ${JSON.stringify(sep)}`).not.toMatch(/^[ "]*[=+\-@]/)
      }
    }
    const cells = parseCsv(response.body).flat()
    expect(cells).toContain("x;'=2+5;y")
    expect(cells).toContain("a,' @SUM(1)")
    // Every text cell is quoted, the header's too.
    expect(response.body.startsWith('"id","at","type",')).toBe(true)
  })

  it('?bom=1 starts the file with a UTF-8 byte order mark, for Excel; no BOM by default', async () => {
    const { ctx, root } = await staffAndRoot()
    const plain = await authed(ctx, root, { url: '/api/admin/audit/export/' })
    expect(plain.rawPayload.subarray(0, 4).toString()).toBe('"id"')
    const bom = await authed(ctx, root, { url: '/api/admin/audit/export/?bom=1' })
    expect(bom.statusCode).toBe(200)
    expect([...bom.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bom.rawPayload.subarray(3, 7).toString()).toBe('"id"')
    const bad = await authed(ctx, root, { url: '/api/admin/audit/export/?bom=yes' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields.bom).toBeDefined()
  })
})

describe('issue #13 item 10: no export on a navigation from another site', () => {
  it('refuses Sec-Fetch-Site cross-site and same-site with 403 csrf_failed, recording nothing', async () => {
    const { ctx, root } = await staffAndRoot()
    const exportWith = (site?: string, origin?: string): Promise<LightMyRequestResponse> =>
      ctx.app.inject({
        url: '/api/admin/audit/export/',
        headers: {
          host: 'localhost',
          cookie: `sessionid=${root.sessionid}; csrftoken=${root.csrftoken}`,
          ...(site ? { 'sec-fetch-site': site, 'sec-fetch-mode': 'navigate' } : {}),
          ...(origin ? { origin } : {}),
        },
      })
    for (const site of ['cross-site', 'same-site', 'something-else']) {
      const refused = await exportWith(site)
      expect(refused.statusCode, site).toBe(403)
      expect(refused.json().error.code, site).toBe('csrf_failed')
      expect(refused.headers['content-disposition'], site).toBeUndefined()
    }
    // An untrusted Origin does not help.
    expect((await exportWith('cross-site', 'http://evil.example')).statusCode).toBe(403)
    const exported = async (): Promise<number> =>
      (await authed(ctx, root, { url: '/api/admin/audit/?type=audit_exported' })).json().count
    expect(await exported()).toBe(0)
    // Our own page, a typed URL or bookmark, and a client that sends no such header.
    for (const site of ['same-origin', 'none', undefined]) {
      const response = await exportWith(site)
      expect(response.statusCode, String(site)).toBe(200)
      expect(response.headers['content-disposition'], String(site)).toMatch(/^attachment/)
    }
    expect(await exported()).toBe(3)
  })

  it('lets a page on a trusted origin export (TRUSTED_ORIGINS)', async () => {
    const ctx = await build({ TRUSTED_ORIGINS: 'https://admin.example.test' })
    await createUser(ctx, 'root', { isSuperuser: true })
    const root = await loginOk(ctx, 'root')
    const response = await ctx.app.inject({
      url: '/api/admin/audit/export/',
      headers: {
        host: 'localhost',
        cookie: `sessionid=${root.sessionid}`,
        'sec-fetch-site': 'same-site',
        origin: 'https://admin.example.test',
      },
    })
    expect(response.statusCode).toBe(200)
  })
})

describe('issue #13 item 5: addresses of staff and superusers, for staff who are not superusers', () => {
  interface Listed {
    type: string
    actor: { username: string | null } | null
    target: { username: string | null } | null
    ip: string | null
    userAgent: string | null
  }
  const list = async (ctx: TestContext, cookies: Cookies, query: string): Promise<Listed[]> => {
    const response = await authed(ctx, cookies, { url: `/api/admin/audit/?pageSize=200${query}` })
    expect(response.statusCode).toBe(200)
    return response.json().results
  }
  /** The export's records as objects by column name. */
  const exported = async (
    ctx: TestContext,
    cookies: Cookies,
    query: string,
  ): Promise<Array<Record<string, string>>> => {
    const response = await authed(ctx, cookies, { url: `/api/admin/audit/export/${query}` })
    expect(response.statusCode).toBe(200)
    const [header = [], ...records] = parseCsv(response.body)
    return records.map((record) =>
      Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])),
    )
  }

  it('blanks ip and user agent of events whose actor or target is staff or superuser', async () => {
    const { ctx, root, helper } = await staffAndRoot()
    const alice = await createUser(ctx, 'alice')
    const ua = { 'user-agent': 'RootBrowser/1.0' }
    await login(ctx, 'root', 'correct-horse-battery-9', ua)
    await login(ctx, 'alice', 'correct-horse-battery-9', { 'user-agent': 'AliceBrowser/1.0' })

    // The superuser sees everything.
    const byRoot = await list(ctx, root, '&username=root&type=login_succeeded')
    expect(byRoot[0]).toMatchObject({ ip: '127.0.0.1', userAgent: 'RootBrowser/1.0' })
    // Staff with audit.view_event: the superuser's login without address or browser.
    const byHelper = await list(ctx, helper, '&username=root&type=login_succeeded')
    expect(byHelper).toHaveLength(byRoot.length)
    for (const event of byHelper) expect(event).toMatchObject({ ip: null, userAgent: null })
    // An ordinary user's event keeps them.
    const aliceEvents = await list(ctx, helper, '&username=alice&type=login_succeeded')
    expect(aliceEvents[0]).toMatchObject({ ip: '127.0.0.1', userAgent: 'AliceBrowser/1.0' })
    // No event about staff or superusers shows an address to the helper.
    for (const event of await list(ctx, helper, '')) {
      const names = [event.actor?.username, event.target?.username]
      if (names.includes('root') || names.includes('helper')) {
        expect(event, event.type).toMatchObject({ ip: null, userAgent: null })
      }
    }

    // The export likewise.
    const csvRoot = await exported(ctx, root, '?username=root&type=login_succeeded')
    expect(csvRoot[0]).toMatchObject({ ip: '127.0.0.1', user_agent: 'RootBrowser/1.0' })
    const csvHelper = await exported(ctx, helper, '?username=root&type=login_succeeded')
    expect(csvHelper).toHaveLength(csvRoot.length)
    for (const record of csvHelper) expect(record).toMatchObject({ ip: '', user_agent: '' })
    expect((await exported(ctx, helper, '?username=alice&type=login_succeeded'))[0]).toMatchObject({
      user_agent: 'AliceBrowser/1.0',
    })

    // Decided by the account's flags now: alice made staff hides her earlier login too.
    await ctx.db.updateTable('users').set({ is_staff: 1 }).where('id', '=', alice.id).execute()
    const now = await list(ctx, helper, '&username=alice&type=login_succeeded')
    expect(now[0]).toMatchObject({ ip: null, userAgent: null })
    const csvNow = await exported(ctx, helper, '?username=alice&type=login_succeeded')
    expect(csvNow[0]).toMatchObject({ ip: '', user_agent: '' })
  })
})
