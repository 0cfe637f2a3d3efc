/**
 * Issue #13, the audit export and list: formulas after a separator (item 4), addresses of staff
 * and superusers hidden from other staff (item 5), no export on a cross-site navigation
 * (item 10), and count and rows that agree while events arrive (item 14, PostgreSQL).
 */
import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv-reader.js'
import { authed, build, createUser, login, loginOk, type Cookies, type TestContext } from './helpers.js'

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
    const exportWith = (site?: string, origin?: string): ReturnType<TestContext['app']['inject']> =>
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
