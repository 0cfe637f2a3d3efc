/**
 * Upgrades keep what users have: a session created before the 2026-12-01 migration (no public
 * id, no remember-me flag, no re-authentication time) still works after it, gets a public id of
 * its own, and the migration can be undone.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/core/config.js'
import { openDatabase, type Db } from '../src/db/database.js'
import { migrateTo } from '../src/db/migrate.js'
import { upgradeDatabase } from '../src/upgrade.js'
import { createSqlSessionStore } from '../src/sessions/sql.session.store.js'
import { generateToken, hashSessionId } from '../src/sessions/session.token.js'
import { testClock } from './helpers.js'

let dir = ''
let db: Db | null = null
afterEach(async () => {
  await db?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe('migration 2026-12-01 (revocation)', () => {
  it('keeps sessions from before working and gives each its own public id', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sesame-migrate-'))
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite3')}` })
    db = openDatabase(config.databaseUrl)
    await migrateTo(db, '2026-11-30T000000-initial')
    const clock = testClock()
    const now = clock()
    const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>
    await raw
      .insertInto('users')
      .values({ username: 'alice', username_key: 'alice', password_hash: '!', date_joined: now })
      .execute()
    /** A session row as the code before the migration writes it (no public id). */
    const insertOldSession = async (token: string): Promise<void> => {
      await raw
        .insertInto('sessions')
        .values({
          id_hash: hashSessionId(token),
          user_id: 1,
          auth_version: 1,
          csrf_secret: generateToken(),
          created_at: now,
          last_seen_at: now,
          expires_at: now + 86_400_000,
        })
        .execute()
    }
    const tokens = [generateToken(), generateToken()]
    for (const token of tokens) await insertOldSession(token)

    // Later migrations apply after it; this test is about this one.
    expect((await upgradeDatabase(db)).applied[0]).toBe('2026-12-01T000000-revocation')
    const rows = await db.selectFrom('sessions').selectAll().execute()
    expect(rows.map((row) => row.public_id)).toEqual([
      expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    ])
    expect(rows[0]?.public_id).not.toBe(rows[1]?.public_id)
    expect(rows.map((row) => [row.persistent, row.reauthenticated_at])).toEqual([
      [1, now],
      [1, now],
    ])

    const app = await buildApp(config, { db, clock, logger: false, webRoot: dir })
    try {
      const hello = await app.inject({
        url: '/api/hello/',
        headers: { cookie: `sessionid=${tokens[0]}` },
      })
      expect(hello.json()).toEqual({ message: 'Hello alice' })
    } finally {
      await app.close()
    }

    // Instances still on the old code keep inserting sessions without the new columns during a
    // rolling upgrade; two such inserts must not collide, and each gets its id when listed.
    const legacy = [generateToken(), generateToken()]
    for (const token of legacy) await insertOldSession(token)
    const listed = await createSqlSessionStore(db).listForUser(1)
    const ids = listed.map((session) => session.publicId)
    expect(ids).toHaveLength(4)
    expect(new Set(ids).size).toBe(4)
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    const stored = await db.selectFrom('sessions').select('public_id').execute()
    expect(stored.map((row) => row.public_id).sort()).toEqual([...ids].sort())

    await migrateTo(db, '2026-11-30T000000-initial')
    expect(await db.selectFrom('sessions').select('id_hash').execute()).toHaveLength(4)
  })
})

describe('migrations 2026-12-06 (import source, username skeletons)', () => {
  it('upgrade a database that already holds two look-alike names (issue #13 item 12)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sesame-migrate-'))
    db = openDatabase(`sqlite:${join(dir, 'db.sqlite3')}`)
    await migrateTo(db, '2026-12-01T000000-revocation')
    const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>
    // Latin `top`, then Cyrillic `ТОР`: an older Sesame let both in.
    for (const [username, key] of [
      ['top', 'top'],
      ['\u0422\u041e\u0420', '\u0442\u043e\u0440'],
      ['alice', 'alice'],
    ]) {
      await raw
        .insertInto('users')
        .values({ username, username_key: key, password_hash: '!', date_joined: 0 })
        .execute()
    }
    expect((await upgradeDatabase(db)).applied).toEqual([
      '2026-12-06T000000-import-source',
      '2026-12-06T000100-username-skeleton',
      '2026-12-06T000200-audit-hardening',
      '2026-12-06T000300-throttle-in-flight',
    ])
    const rows = await db
      .selectFrom('users')
      .select(['username', 'django_id', 'username_skeleton', 'username_skeleton_upper'])
      .orderBy('id')
      .execute()
    expect(rows).toEqual([
      {
        username: 'top',
        django_id: null,
        username_skeleton: 'top',
        username_skeleton_upper: 'TOP',
      },
      // The newer look-alike keeps NULL where the older one holds the value.
      {
        username: '\u0422\u041e\u0420',
        django_id: null,
        username_skeleton: '\u1d1bop',
        username_skeleton_upper: null,
      },
      {
        username: 'alice',
        django_id: null,
        username_skeleton: 'alice',
        username_skeleton_upper: 'ALlCE',
      },
    ])
    await migrateTo(db, '2026-12-01T000000-revocation')
    expect(await db.selectFrom('users').select('id').execute()).toHaveLength(3)
  })
})

describe('migration 2026-12-06T000200 (audit hardening, issue #13 items 6 and 7)', () => {
  it('makes the audit username key once, keeps old counters, and can be undone', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sesame-migrate-'))
    db = openDatabase(`sqlite:${join(dir, 'db.sqlite3')}`)
    await migrateTo(db, '2026-12-01T000000-revocation')
    await db
      .insertInto('throttle_counters')
      .values({ key: 'login:account:x', failures: 3, last_failure_at: 5 })
      .execute()
    await upgradeDatabase(db)
    const key = async (): Promise<string | undefined> =>
      (
        await db
          ?.selectFrom('secrets')
          .select('value')
          .where('name', '=', 'audit_username_key')
          .executeTakeFirst()
      )?.value
    const made = await key()
    expect(made).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect((await upgradeDatabase(db)).applied).toEqual([])
    expect(await key()).toBe(made)
    const counter = await db.selectFrom('throttle_counters').selectAll().executeTakeFirstOrThrow()
    expect(counter).toMatchObject({ failures: 3, refusal_logged_until: 0 })

    await migrateTo(db, '2026-12-01T000000-revocation')
    await upgradeDatabase(db)
    // A new key when the migration runs again: each database has its own.
    expect(await key()).not.toBe(made)
  })
})
