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
