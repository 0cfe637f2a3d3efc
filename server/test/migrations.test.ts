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
import { loadConfig } from '../src/config.js'
import { openDatabase, type Db } from '../src/db/database.js'
import { migrateTo, migrateToLatest } from '../src/db/migrate.js'
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
    expect((await migrateToLatest(db)).applied[0]).toBe('2026-12-01T000000-revocation')
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
