/**
 * The `SessionStore` contract: every store (SQL on SQLite and PostgreSQL, Redis) must pass the
 * same tests, so the session service behaves the same whatever holds the sessions.
 */
import { describe, expect, it } from 'vitest'
import { insertUser } from '../src/auth/user.repository.js'
import type { Db } from '../src/db/database.js'
import type { SessionRecord, SessionStore } from '../src/sessions/session.store.js'

export interface StoreFixture {
  store: SessionStore
  /** The SQL database holding the users the sessions belong to. */
  db: Db
}

// Near the real time: a store may hand expiry times to a server with its own clock (Redis).
const T0 = Math.floor(Date.now() / 1000) * 1000
const HOUR = 3_600_000

let sequence = 0
function record(userId: number, overrides: Partial<SessionRecord> = {}): SessionRecord {
  sequence += 1
  return {
    publicId: `public-${sequence}-${Math.random().toString(36).slice(2)}`,
    userId,
    authVersion: 1,
    csrfSecret: `csrf-${sequence}`,
    createdAt: T0,
    lastSeenAt: T0,
    expiresAt: T0 + 24 * HOUR,
    ip: '192.0.2.1',
    userAgent: 'contract',
    persistent: true,
    reauthenticatedAt: T0,
    ...overrides,
  }
}

let names = 0
/** A user row for sessions to belong to (no usable password). */
export async function newUser(db: Db): Promise<number> {
  names += 1
  const username = `contract_${names}_${Math.random().toString(36).slice(2, 8)}`
  const user = await insertUser(db, {
    username,
    usernameKey: username,
    email: '',
    passwordHash: '!',
    isStaff: false,
    isSuperuser: false,
    dateJoined: T0,
  })
  if (!user) throw new Error('could not create a user')
  return user.id
}

const idHash = (label: string): string =>
  `${label}-${Math.random().toString(16).slice(2)}`.padEnd(64, '0').slice(0, 64)

export function describeSessionStoreContract(
  label: string,
  setup: () => Promise<StoreFixture>,
  options: { skip?: boolean } = {},
): void {
  describe.skipIf(options.skip ?? false)(`SessionStore contract: ${label}`, () => {
    it('creates a session and finds it with its user; an unknown hash is null', async () => {
      const { store, db } = await setup()
      const userId = await newUser(db)
      const hash = idHash('a')
      const session = record(userId, { persistent: false })
      await store.create(hash, session)
      const found = await store.findWithUser(hash)
      expect(found?.session).toEqual(session)
      expect(found?.user).toMatchObject({ id: userId, isActive: true, authVersion: 1 })
      expect(await store.findWithUser(idHash('missing'))).toBeNull()
    })

    it('sees the user row as it is now (flags and auth_version are never copied)', async () => {
      const { store, db } = await setup()
      const userId = await newUser(db)
      const hash = idHash('b')
      await store.create(hash, record(userId))
      await db
        .updateTable('users')
        .set((eb) => ({ is_active: 0, is_staff: 1, auth_version: eb('auth_version', '+', 1) }))
        .where('id', '=', userId)
        .execute()
      expect((await store.findWithUser(hash))?.user).toMatchObject({
        isActive: false,
        isStaff: true,
        authVersion: 2,
      })
    })

    it('answers many concurrent lookups, each with its own session and user', async () => {
      // Stores may batch the lookups of one event-loop turn into one query: no answer may land
      // on the wrong request, and a missing session stays missing among found ones.
      const { store, db } = await setup()
      const sessions = await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const userId = await newUser(db)
          const hash = idHash(`c${i}`)
          const session = record(userId)
          await store.create(hash, session)
          return { hash, session, userId }
        }),
      )
      const lookups = sessions.flatMap(({ hash }, i) => [hash, idHash(`none${i}`), hash])
      const found = await Promise.all(lookups.map((hash) => store.findWithUser(hash)))
      sessions.forEach(({ session, userId }, i) => {
        for (const answer of [found[i * 3], found[i * 3 + 2]]) {
          expect(answer?.session).toEqual(session)
          expect(answer?.user.id).toBe(userId)
        }
        expect(found[i * 3 + 1]).toBeNull()
      })
    })

    it('touches, marks re-authentication, and deletes one session', async () => {
      const { store, db } = await setup()
      const userId = await newUser(db)
      const hash = idHash('c')
      await store.create(hash, record(userId))
      await store.touch(hash, T0 + HOUR)
      await store.markReauthenticated(hash, T0 + 2 * HOUR)
      expect((await store.findWithUser(hash))?.session).toMatchObject({
        lastSeenAt: T0 + HOUR,
        reauthenticatedAt: T0 + 2 * HOUR,
      })
      await store.delete(hash)
      expect(await store.findWithUser(hash)).toBeNull()
      // Deleting or touching what is gone is harmless.
      await store.delete(hash)
      await store.touch(hash, T0 + 3 * HOUR)
      expect(await store.findWithUser(hash)).toBeNull()
    })

    it('lists a user’s sessions, most recent activity first, and no one else’s', async () => {
      const { store, db } = await setup()
      const alice = await newUser(db)
      const bob = await newUser(db)
      const older = record(alice, { lastSeenAt: T0 + HOUR })
      const newer = record(alice, { lastSeenAt: T0 + 2 * HOUR })
      await store.create(idHash('older'), older)
      await store.create(idHash('newer'), newer)
      await store.create(idHash('bob'), record(bob))
      const listed = await store.listForUser(alice)
      expect(listed.map((session) => session.publicId)).toEqual([newer.publicId, older.publicId])
      expect(listed[0]?.idHash).toMatch(/^newer-/)
      expect(await store.listForUser(await newUser(db))).toEqual([])
    })

    it('deletes by public id only within the user', async () => {
      const { store, db } = await setup()
      const alice = await newUser(db)
      const bob = await newUser(db)
      const bobs = record(bob)
      await store.create(idHash('bob'), bobs)
      expect(await store.deleteByPublicId(alice, bobs.publicId)).toBe(false)
      expect(await store.listForUser(bob)).toHaveLength(1)
      expect(await store.deleteByPublicId(bob, bobs.publicId)).toBe(true)
      expect(await store.listForUser(bob)).toHaveLength(0)
      expect(await store.deleteByPublicId(bob, bobs.publicId)).toBe(false)
    })

    it('deletes all of a user’s sessions, or all but one, and counts them', async () => {
      const { store, db } = await setup()
      const alice = await newUser(db)
      const bob = await newUser(db)
      const keep = idHash('keep')
      await store.create(keep, record(alice))
      await store.create(idHash('x'), record(alice))
      await store.create(idHash('y'), record(alice))
      const bobsHash = idHash('bob')
      await store.create(bobsHash, record(bob))
      expect(await store.deleteAllForUser(alice, keep)).toBe(2)
      expect((await store.listForUser(alice)).map((s) => s.idHash)).toEqual([keep])
      expect(await store.deleteAllForUser(alice)).toBe(1)
      expect(await store.deleteAllForUser(alice)).toBe(0)
      expect(await store.findWithUser(bobsHash)).not.toBeNull()
    })

    it('deletes expired sessions: past the absolute expiry or idle too long', async () => {
      const { store, db } = await setup()
      const userId = await newUser(db)
      const idle = idHash('idle')
      const over = idHash('over')
      const live = idHash('live')
      const now = T0 + 10 * HOUR
      await store.create(
        idle,
        record(userId, { lastSeenAt: now - 3 * HOUR, expiresAt: now + HOUR }),
      )
      await store.create(over, record(userId, { lastSeenAt: now, expiresAt: now }))
      await store.create(live, record(userId, { lastSeenAt: now - HOUR, expiresAt: now + HOUR }))
      expect(await store.deleteExpired(now, 2 * HOUR)).toBeGreaterThanOrEqual(2)
      expect(await store.findWithUser(idle)).toBeNull()
      expect(await store.findWithUser(over)).toBeNull()
      expect(await store.findWithUser(live)).not.toBeNull()
    })
  })
}
