/**
 * Writes are atomic with their audit row (issue #14 item 3): each multi-row change runs in one
 * transaction with its audit event, so an audit insert that fails leaves nothing half-done. The
 * audit insert is made to fail for real, by a trigger on `audit_events` that raises (SQLite
 * `RAISE(ABORT)`, a PL/pgSQL exception on PostgreSQL); every table the change touches must then be
 * exactly as before, the sessions alive, and the client gets a plain 500 (a server fault, not its
 * own). Then the trigger is dropped and the same change goes through, proving the trigger alone
 * stopped it.
 *
 * With the Redis session store (`SESSION_STORE=redis`), a pure revocation (logout, ending
 * sessions) deletes the sessions before the failing insert and they stay ended: failing closed,
 * as docs/decisions/0007-atomic-writes.md says. Everything in SQL is still untouched.
 */
import { sql } from 'kysely'
import type { LightMyRequestResponse } from 'fastify'
import { describe, expect, it } from 'vitest'
import { importDjangoExport } from '../src/auth/django-import.service.js'
import type { DjangoExport, DjangoUser } from '../src/auth/django.reader.js'
import { usernameKey } from '../src/users/username.js'
import { run as revokeSessionsCommand } from '../src/cli/commands/revoke-sessions.js'
import { run as unlockCommand } from '../src/cli/commands/unlock.js'
import type { CliIo } from '../src/cli/io.js'
import { isUnavailableError } from '../src/http/unavailable.js'
import {
  DJANGO_HASH,
  ON_POSTGRES,
  PASSWORD,
  authed,
  build,
  cliEnv,
  createUser,
  login,
  loginOk,
  storedSessionCount,
  storedThrottleCounters,
  type Cookies,
  type TestContext,
  accountRows,
} from './helpers.js'

const NEW_PASSWORD = 'another-horse-battery-7'
const INTERNAL_ERROR = { error: { code: 'internal_error', message: 'Internal server error.' } }

/** Makes every insert into `audit_events` fail, as a full disk or a broken constraint would. */
async function breakAudit(ctx: TestContext): Promise<void> {
  if (ON_POSTGRES) {
    await sql`create or replace function sesame_test_boom() returns trigger language plpgsql as
      $$ begin raise exception 'boom'; end $$`.execute(ctx.db)
    await sql`create trigger audit_boom before insert on audit_events
      for each row execute function sesame_test_boom()`.execute(ctx.db)
  } else {
    await sql`create trigger audit_boom before insert on audit_events
      begin select raise(abort, 'boom'); end`.execute(ctx.db)
  }
}

async function mendAudit(ctx: TestContext): Promise<void> {
  await sql`drop trigger audit_boom${ON_POSTGRES ? sql` on audit_events` : sql``}`.execute(ctx.db)
}

/** Every row a change may write, in a stable order (sessions too when they are in SQL). */
async function snapshot(ctx: TestContext): Promise<unknown> {
  const { db } = ctx
  return {
    ...(await accountRows(db)),
    sessions: await db.selectFrom('sessions').selectAll().orderBy('id_hash').execute(),
    audit: await db.selectFrom('audit_events').selectAll().orderBy('id').execute(),
    storedSessions: await storedSessionCount(ctx),
  }
}

async function auditCount(ctx: TestContext): Promise<number> {
  return (await ctx.db.selectFrom('audit_events').select('id').execute()).length
}

/** Who the cookies belong to, or null when their session is gone. */
async function whoIs(ctx: TestContext, cookies: Cookies): Promise<string | null> {
  const response = await authed(ctx, cookies, { url: '/api/session/' })
  expect(response.statusCode).toBe(200)
  return (response.json() as { user: { username: string } | null }).user?.username ?? null
}

/**
 * Breaks the audit table, runs `act`, expects the plain 500 and every table as it was; mends the
 * table, runs `act` again and expects `okStatus` and one more audit row at least.
 */
async function expectAtomic(
  ctx: TestContext,
  act: () => Promise<LightMyRequestResponse>,
  okStatus: number,
  options: { failsClosed?: boolean } = {},
): Promise<void> {
  const before = await snapshot(ctx)
  await breakAudit(ctx)
  const failed = await act()
  expect(failed.statusCode).toBe(500)
  expect(failed.json()).toEqual(INTERNAL_ERROR)
  expect(failed.body).not.toContain('boom')
  await mendAudit(ctx)
  const after = (await snapshot(ctx)) as { storedSessions: number }
  if (options.failsClosed) {
    // A pure revocation ends the sessions before the failing insert, on every store: the client
    // gets a 500, the sessions stay ended (docs/decisions/0007).
    const {
      storedSessions,
      sessions: _rows,
      ...rest
    } = after as {
      storedSessions: number
      sessions: unknown
    }
    const {
      storedSessions: had,
      sessions: _rowsBefore,
      ...restBefore
    } = before as {
      storedSessions: number
      sessions: unknown
    }
    expect(rest).toEqual(restBefore)
    expect(storedSessions).toBeLessThan(had)
    return
  }
  expect(after).toEqual(before)
  const events = await auditCount(ctx)
  const done = await act()
  expect(done.statusCode).toBe(okStatus)
  expect(await auditCount(ctx)).toBeGreaterThan(events)
}

interface Cast {
  ctx: TestContext
  root: Cookies
  alice: Cookies
  aliceElsewhere: Cookies
  aliceId: number
  supportId: number
}

/** root (superuser), alice (in "support", two sessions), groups "support" and "ops". */
async function cast(): Promise<Cast> {
  // Its own PostgreSQL database: a trigger left by a failing test must not reach the next one
  // (the shared per-worker database is only truncated between tests).
  const ctx = await build({}, { ownDatabase: true })
  const { groups } = ctx.app.services
  const support = await groups.create({ name: 'support', permissions: ['auth.view_user'] }, {})
  const ops = await groups.create({ name: 'ops', permissions: ['auth.change_user'] }, {})
  if (!support.ok || !ops.ok) throw new Error('groups not created')
  await createUser(ctx, 'root', { isSuperuser: true })
  const alice = await createUser(ctx, 'alice', { groups: ['support'] })
  return {
    ctx,
    root: await loginOk(ctx, 'root'),
    alice: await loginOk(ctx, 'alice'),
    aliceElsewhere: await loginOk(ctx, 'alice'),
    aliceId: alice.id,
    supportId: support.value.id,
  }
}

async function expectAliceAlive(c: Cast): Promise<void> {
  expect(await whoIs(c.ctx, c.alice)).toBe('alice')
  expect(await whoIs(c.ctx, c.aliceElsewhere)).toBe('alice')
}

describe('a failing audit insert leaves nothing half-done (issue #14 item 3)', () => {
  it('the failure is a server fault, not a backing-service outage: 500, not 503', async () => {
    const { ctx } = await cast()
    await breakAudit(ctx)
    const error = await ctx.app.services.users
      .create({ username: 'xavier', password: PASSWORD })
      .then(
        () => null,
        (thrown: unknown) => thrown,
      )
    expect(error).not.toBeNull()
    expect(isUnavailableError(error)).toBe(false)
  })

  it('creating a user with groups', async () => {
    const c = await cast()
    await expectAtomic(
      c.ctx,
      () =>
        authed(c.ctx, c.root, {
          method: 'POST',
          url: '/api/admin/users/',
          payload: { username: 'bob', password: PASSWORD, groups: ['support', 'ops'] },
        }),
      201,
    )
  })

  it('changing a user: flags, groups, deactivation with the end of their sessions', async () => {
    const c = await cast()
    await expectAtomic(
      c.ctx,
      () =>
        authed(c.ctx, c.root, {
          method: 'PATCH',
          url: `/api/admin/users/${c.aliceId}/`,
          payload: { email: 'alice@new.example', isActive: false, groups: ['ops'] },
        }),
      200,
    )
    // The positive run deactivated her: her sessions are gone now.
    expect(await whoIs(c.ctx, c.alice)).toBeNull()
  })

  it('changing a user without deactivating: the row and the groups together', async () => {
    const c = await cast()
    const before = await snapshot(c.ctx)
    await breakAudit(c.ctx)
    const failed = await authed(c.ctx, c.root, {
      method: 'PATCH',
      url: `/api/admin/users/${c.aliceId}/`,
      payload: { isStaff: true, groups: [] },
    })
    expect(failed.statusCode).toBe(500)
    await mendAudit(c.ctx)
    expect(await snapshot(c.ctx)).toEqual(before)
    await expectAliceAlive(c)
  })

  it('an admin setting a password: the old one still works, the sessions live', async () => {
    const c = await cast()
    const before = await snapshot(c.ctx)
    await breakAudit(c.ctx)
    const failed = await authed(c.ctx, c.root, {
      method: 'POST',
      url: `/api/admin/users/${c.aliceId}/password/`,
      payload: { password: NEW_PASSWORD },
    })
    expect(failed.statusCode).toBe(500)
    expect(failed.json()).toEqual(INTERNAL_ERROR)
    await mendAudit(c.ctx)
    expect(await snapshot(c.ctx)).toEqual(before)
    await expectAliceAlive(c)
    expect((await login(c.ctx, 'alice', NEW_PASSWORD)).response.statusCode).toBe(400)
    expect((await login(c.ctx, 'alice', PASSWORD)).response.statusCode).toBe(200)
  })

  it('changing one’s own password: no new password, no new session, the old ones live', async () => {
    const c = await cast()
    const before = await snapshot(c.ctx)
    await breakAudit(c.ctx)
    const failed = await authed(c.ctx, c.alice, {
      method: 'POST',
      url: '/api/password/change/',
      payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    })
    expect(failed.statusCode).toBe(500)
    expect(failed.json()).toEqual(INTERNAL_ERROR)
    // No cookie for a session that does not exist.
    expect(failed.headers['set-cookie']).toBeUndefined()
    await mendAudit(c.ctx)
    // The check of the current password cleared its throttle counters (not part of the change).
    expect(await snapshot(c.ctx)).toEqual(before)
    await expectAliceAlive(c)
    await expectAtomic(
      c.ctx,
      () =>
        authed(c.ctx, c.aliceElsewhere, {
          method: 'POST',
          url: '/api/password/change/',
          payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
        }),
      200,
    )
    expect(await whoIs(c.ctx, c.alice)).toBeNull()
  })

  it('group writes: create, rename with new permissions, delete', async () => {
    const c = await cast()
    await expectAtomic(
      c.ctx,
      () =>
        authed(c.ctx, c.root, {
          method: 'POST',
          url: '/api/admin/groups/',
          payload: { name: 'auditors', permissions: ['audit.view_event', 'auth.view_user'] },
        }),
      201,
    )
    await expectAtomic(
      c.ctx,
      () =>
        authed(c.ctx, c.root, {
          method: 'PATCH',
          url: `/api/admin/groups/${c.supportId}/`,
          payload: { name: 'helpdesk', permissions: ['auth.add_user'] },
        }),
      200,
    )
    // Deleting a group also drops its memberships and permissions (foreign keys): all or none.
    await expectAtomic(
      c.ctx,
      () => authed(c.ctx, c.root, { method: 'DELETE', url: `/api/admin/groups/${c.supportId}/` }),
      204,
    )
  })

  it('re-authentication: the session is not marked without its event', async () => {
    const c = await cast()
    // Two minutes on, so the mark would change the row; the activity touch this needs is taken
    // first, outside the change.
    c.ctx.clock.advance(2 * 60_000)
    expect(await whoIs(c.ctx, c.alice)).toBe('alice')
    await expectAtomic(
      c.ctx,
      () =>
        authed(c.ctx, c.alice, {
          method: 'POST',
          url: '/api/reauthenticate/',
          payload: { password: PASSWORD },
        }),
      200,
    )
  })

  it('revoking a user’s sessions (admin): the sessions stay ended, the answer is a 500', async () => {
    const c = await cast()
    await expectAtomic(
      c.ctx,
      () =>
        authed(c.ctx, c.root, {
          method: 'POST',
          url: `/api/admin/users/${c.aliceId}/revoke-sessions/`,
        }),
      200,
      { failsClosed: true },
    )
    expect(await whoIs(c.ctx, c.alice)).toBeNull()
  })

  it('ending one’s other sessions, one session, and logging out: ended even when the event fails', async () => {
    const c = await cast()
    await expectAtomic(
      c.ctx,
      () => authed(c.ctx, c.alice, { method: 'POST', url: '/api/sessions/revoke-others/' }),
      200,
      { failsClosed: true },
    )
    const d = await cast()
    const listed = await authed(d.ctx, d.alice, { url: '/api/sessions/' })
    const other = (listed.json() as { sessions: Array<{ id: string; current: boolean }> }).sessions
      .filter((session) => !session.current)
      .map((session) => session.id)[0]
    await expectAtomic(
      d.ctx,
      () => authed(d.ctx, d.alice, { method: 'DELETE', url: `/api/sessions/${other}/` }),
      204,
      { failsClosed: true },
    )
    await expectAtomic(
      d.ctx,
      () => authed(d.ctx, d.root, { method: 'POST', url: '/api/logout/' }),
      200,
      { failsClosed: true },
    )
  })
})

/** Runs a CLI command in this process on the app's database; it must throw (the audit fails). */
async function runCli(
  ctx: TestContext,
  command: (args: string[], io: CliIo) => Promise<number>,
  args: string[],
): Promise<unknown> {
  const io: CliIo = {
    stdout: () => undefined,
    stderr: () => undefined,
    env: cliEnv(ctx.config),
    prompt: () => Promise.reject(new Error('no prompt expected')),
    promptHidden: () => Promise.reject(new Error('no prompt expected')),
    isInteractive: false,
  }
  return command(args, io).then(
    (code) => code,
    (error: unknown) => error,
  )
}

describe('CLI commands and the Django import record through the services, atomically', () => {
  it('sesame unlock leaves nothing behind and sesame revoke-sessions fails closed when the audit fails', async () => {
    const c = await cast()
    // Three wrong passwords: counters for alice.
    for (let i = 0; i < 3; i++) await login(c.ctx, 'alice', 'wrong-password')
    const counters = await storedThrottleCounters(c.ctx)
    expect(counters.size).toBeGreaterThan(0)
    const before = await snapshot(c.ctx)
    await breakAudit(c.ctx)
    expect(await runCli(c.ctx, unlockCommand, ['alice'])).toBeInstanceOf(Error)
    await mendAudit(c.ctx)
    expect(await snapshot(c.ctx)).toEqual(before)
    await expectAliceAlive(c)
    // Redis counters cannot join the transaction: cleared at once (the unlock grants nothing).
    if (!c.ctx.app.services.redis) expect(await storedThrottleCounters(c.ctx)).toEqual(counters)

    // A revocation fails closed: the command fails, alice's sessions stay ended.
    await breakAudit(c.ctx)
    expect(await runCli(c.ctx, revokeSessionsCommand, ['alice'])).toBeInstanceOf(Error)
    await mendAudit(c.ctx)
    expect(await whoIs(c.ctx, c.alice)).toBeNull()
    expect(await whoIs(c.ctx, c.aliceElsewhere)).toBeNull()

    // Mended: each writes its one event, recorded by the service (via cli, no actor).
    expect(await runCli(c.ctx, unlockCommand, ['alice'])).toBe(0)
    expect(await runCli(c.ctx, revokeSessionsCommand, ['alice'])).toBe(0)
    const events = await c.ctx.app.services.audit.list({ limit: 2 })
    expect(events.map((event) => [event.event, event.detail?.via, event.actor])).toEqual([
      ['session_revoked', 'cli', null],
      ['login_unlocked', 'cli', null],
    ])
    expect(await whoIs(c.ctx, c.alice)).toBeNull()
  })

  it('a Django import of a batch: no group, user, membership or session change', async () => {
    const c = await cast()
    const imported: DjangoUser = {
      djangoId: 7,
      username: 'carol',
      usernameKey: usernameKey('carol'),
      passwordHash: DJANGO_HASH,
      email: 'carol@example.com',
      isActive: true,
      isStaff: true,
      isSuperuser: false,
      lastLogin: null,
      dateJoined: Date.UTC(2025, 0, 1),
      groups: ['support'],
    }
    const first: DjangoExport = {
      users: [imported],
      groups: [{ name: 'support', permissions: ['auth.view_user'] }],
      skipped: [],
      skippedUsers: 0,
      directPermissions: 0,
    }
    await importDjangoExport(c.ctx.app.services, first)
    const carol = await c.ctx.app.services.users.findByUsername('carol')
    if (!carol) throw new Error('carol was not imported')
    const carolSession = await c.ctx.app.services.sessions.start(carol, {
      ip: '127.0.0.1',
      userAgent: 'test',
    })
    // The next run: a new group, carol demoted and moved (her sessions end), dave created.
    const batch: DjangoExport = {
      ...first,
      groups: [...first.groups, { name: 'billing', permissions: ['billing.view_invoice'] }],
      users: [
        { ...imported, isStaff: false, groups: ['billing'] },
        { ...imported, djangoId: 8, username: 'dave', usernameKey: usernameKey('dave') },
      ],
    }
    const before = await snapshot(c.ctx)
    await breakAudit(c.ctx)
    await expect(importDjangoExport(c.ctx.app.services, batch)).rejects.toThrow()
    await mendAudit(c.ctx)
    expect(await snapshot(c.ctx)).toEqual(before)
    const carolCookies = { sessionid: carolSession.sessionId, csrftoken: carolSession.csrfSecret }
    expect(await whoIs(c.ctx, carolCookies)).toBe('carol')

    const report = await importDjangoExport(c.ctx.app.services, batch)
    expect(report.users).toMatchObject({ created: 1, updated: 1 })
    expect(report.sessionsEnded).toBe(1)
    expect(await whoIs(c.ctx, carolCookies)).toBeNull()
    const events = await c.ctx.app.services.audit.list({ limit: 3 })
    expect(events.map((event) => event.event).sort()).toEqual([
      'group_created',
      'user_changed',
      'user_created',
    ])
  })
})
