/**
 * The Redis session store: the `SessionStore` contract, then what only Redis has (TTLs, the
 * per-user index, concurrent writers, a dead server). Users live in SQLite, as they would in SQL.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { closeRedis, openRedis, waitForRedis } from '../src/redis/connection.js'
import { createRedisSessionStore } from '../src/sessions/redis.session.store.js'
import type { SessionRecord, SessionStore } from '../src/sessions/session.store.js'
import { REDIS_TEST_URL, testRedis } from './redis.js'
import { describeSessionStoreContract, newUser as newUserIn } from './session-store.contract.js'
import { startTcpProxy } from './tcp-proxy.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const IDLE_MS = 2 * HOUR

const dir = mkdtempSync(join(tmpdir(), 'sesame-redis-store-'))
const db = openDatabase(`sqlite:${join(dir, 'db.sqlite3')}`)
await migrateToLatest(db)
const fixture = await testRedis('sessions')
afterAll(async () => {
  await fixture?.cleanup()
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

function redisStore(): SessionStore {
  if (!fixture) throw new Error('unreachable: skipped without Redis')
  return createRedisSessionStore(fixture.redis, db, { idleTimeoutMs: IDLE_MS })
}

describeSessionStoreContract('Redis', async () => ({ store: redisStore(), db }), {
  skip: fixture === null,
})

const newUser = (): Promise<number> => newUserIn(db)

function record(userId: number, overrides: Partial<SessionRecord> = {}): SessionRecord {
  const now = Date.now()
  return {
    publicId: Math.random().toString(36).slice(2),
    userId,
    authVersion: 1,
    csrfSecret: 'csrf',
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + 24 * HOUR,
    ip: '192.0.2.1',
    userAgent: 'redis test',
    persistent: true,
    reauthenticatedAt: now,
    ...overrides,
  }
}

const newHash = (): string =>
  Array.from({ length: 4 }, () => Math.random().toString(16).slice(2, 18).padEnd(16, '0')).join('')

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(fixture === null)('Redis session store', () => {
  const redis = fixture?.redis
  if (!fixture || !redis) return
  const store = redisStore()
  const ttl = (idHash: string): Promise<number> => redis.pttl(`session:${idHash}`)

  it('expires a new session at min(absolute, idle) and keeps the index at least as long', async () => {
    const userId = await newUser()
    const idle = newHash()
    const absolute = newHash()
    await store.create(idle, record(userId))
    await store.create(absolute, record(userId, { expiresAt: Date.now() + 10 * MINUTE }))
    expect(await ttl(idle)).toBeGreaterThan(IDLE_MS - 5000)
    expect(await ttl(idle)).toBeLessThanOrEqual(IDLE_MS)
    expect(await ttl(absolute)).toBeGreaterThan(10 * MINUTE - 5000)
    expect(await ttl(absolute)).toBeLessThanOrEqual(10 * MINUTE)
    expect(await redis.pttl(`user-sessions:${userId}`)).toBeGreaterThan(24 * HOUR - 5000)
  })

  it('extends the TTL on touch, never past the absolute expiry', async () => {
    const userId = await newUser()
    const hash = newHash()
    const now = Date.now()
    await store.create(hash, record(userId, { lastSeenAt: now - 90 * MINUTE }))
    expect(await ttl(hash)).toBeLessThanOrEqual(30 * MINUTE)
    await store.touch(hash, now)
    expect(await ttl(hash)).toBeGreaterThan(IDLE_MS - 5000)

    const capped = newHash()
    await store.create(capped, record(userId, { expiresAt: now + 5 * MINUTE }))
    await store.touch(capped, now + MINUTE)
    expect(await ttl(capped)).toBeLessThanOrEqual(5 * MINUTE)
  })

  it('never resurrects a deleted session on touch or re-authentication', async () => {
    const userId = await newUser()
    const hash = newHash()
    await store.create(hash, record(userId))
    await store.delete(hash)
    await store.touch(hash, Date.now())
    await store.markReauthenticated(hash, Date.now())
    expect(await redis.exists(`session:${hash}`)).toBe(0)
    expect(await redis.zcard(`user-sessions:${userId}`)).toBe(0)
    expect(await store.findWithUser(hash)).toBeNull()
  })

  it('keeps both fields when two instances touch and re-authenticate at once', async () => {
    const other = createRedisSessionStore(await fixture.connect(), db, { idleTimeoutMs: IDLE_MS })
    const userId = await newUser()
    const hash = newHash()
    const start = Date.now()
    await store.create(hash, record(userId, { lastSeenAt: start, reauthenticatedAt: start }))
    for (let i = 1; i <= 20; i++) {
      await Promise.all([store.touch(hash, start + i), other.markReauthenticated(hash, start + i)])
      expect((await store.findWithUser(hash))?.session).toMatchObject({
        lastSeenAt: start + i,
        reauthenticatedAt: start + i,
      })
    }
  })

  it('ending all while logins run: each new session is either ended or listed', async () => {
    const other = createRedisSessionStore(await fixture.connect(), db, { idleTimeoutMs: IDLE_MS })
    const userId = await newUser()
    for (let round = 0; round < 5; round++) {
      const old = Array.from({ length: 5 }, newHash)
      for (const hash of old) await store.create(hash, record(userId))
      const fresh = Array.from({ length: 20 }, newHash)
      await Promise.all([
        ...fresh.map((hash) => other.create(hash, record(userId))),
        store.deleteAllForUser(userId),
      ])
      for (const hash of old) expect(await store.findWithUser(hash)).toBeNull()
      const listed = new Set((await store.listForUser(userId)).map((s) => s.idHash))
      for (const hash of fresh) {
        const alive = (await store.findWithUser(hash)) !== null
        expect(alive).toBe(listed.has(hash))
      }
      await store.deleteAllForUser(userId)
    }
  })

  it('prunes index entries of sessions Redis has expired, but not one being created', async () => {
    const userId = await newUser()
    const hash = newHash()
    await store.create(hash, record(userId, { lastSeenAt: Date.now() - IDLE_MS + 50 }))
    // Another login in flight: its index entry exists, its session not yet.
    const pending = `${newHash()} pending-public-id`
    await redis.zadd(`user-sessions:${userId}`, Date.now() + IDLE_MS, pending)
    await sleep(120)
    expect(await redis.exists(`session:${hash}`)).toBe(0)
    expect(await redis.zcard(`user-sessions:${userId}`)).toBe(2)
    expect(await store.listForUser(userId)).toEqual([])
    expect(await redis.zrange(`user-sessions:${userId}`, '0', '-1')).toEqual([pending])
    expect(await store.deleteAllForUser(userId)).toBe(0)
    expect(await redis.zrange(`user-sessions:${userId}`, '0', '-1')).toEqual([pending])
  })

  it('prunes expired index entries in deleteExpired too', async () => {
    const userId = await newUser()
    await store.create(newHash(), record(userId, { lastSeenAt: Date.now() - IDLE_MS + 50 }))
    await sleep(120)
    await store.deleteExpired(Date.now(), IDLE_MS)
    expect(await redis.exists(`user-sessions:${userId}`)).toBe(0)
  })

  it('fails within 2 s when Redis is down, and never hangs', async () => {
    const dead = openRedis('redis://127.0.0.1:1', { keyPrefix: fixture.prefix })
    const deadStore = createRedisSessionStore(dead, db, { idleTimeoutMs: IDLE_MS })
    try {
      for (const call of [
        () => deadStore.findWithUser(newHash()),
        () => deadStore.touch(newHash(), Date.now()),
        () => deadStore.create(newHash(), record(1)),
        () => waitForRedis(dead, 1500),
      ]) {
        const started = performance.now()
        await expect(call()).rejects.toThrow()
        const elapsed = performance.now() - started
        expect(elapsed).toBeLessThan(2500)
      }
    } finally {
      await closeRedis(dead)
    }
  })

  // Through a relay to one server; a cluster's nodes announce their own addresses instead.
  it.skipIf(!REDIS_TEST_URL.startsWith('redis://'))(
    'fails fast while Redis is gone and recovers by itself when it is back',
    async () => {
      const target = new URL(REDIS_TEST_URL)
      const proxy = await startTcpProxy({
        host: target.hostname,
        port: Number(target.port || 6379),
      })
      const viaProxy = openRedis(`redis://127.0.0.1:${proxy.port}`, { keyPrefix: fixture.prefix })
      try {
        await waitForRedis(viaProxy)
        const proxied = createRedisSessionStore(viaProxy, db, { idleTimeoutMs: IDLE_MS })
        const hash = newHash()
        await proxied.create(hash, record(await newUser()))
        await proxy.cut()
        const started = performance.now()
        await expect(proxied.findWithUser(hash)).rejects.toThrow()
        expect(performance.now() - started).toBeLessThan(2500)
        await proxy.restore()
        await waitForRedis(viaProxy, 5000)
        expect(await proxied.findWithUser(hash)).not.toBeNull()
      } finally {
        await closeRedis(viaProxy)
        await proxy.close()
      }
    },
  )

  it('fails within 2 s when Redis accepts but stops answering', async () => {
    const { server, port } = await startMuteRedis()
    const hung = openRedis(`redis://127.0.0.1:${port}`)
    try {
      await waitForRedis(hung)
      const hungStore = createRedisSessionStore(hung, db, { idleTimeoutMs: IDLE_MS })
      const started = performance.now()
      await expect(hungStore.findWithUser(newHash())).rejects.toThrow(/timed out/i)
      expect(performance.now() - started).toBeLessThan(2500)
    } finally {
      await closeRedis(hung)
      server.close()
    }
  })
})

/**
 * A server that completes ioredis' handshake (HELLO, CLIENT SETINFO, INFO) and then never
 * answers again: a Redis stuck in a long command, or behind a dead network path.
 */
async function startMuteRedis(): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    socket.on('error', () => {})
    socket.on('data', (chunk) => {
      const text = chunk.toString()
      const replies: string[] = []
      for (const command of text.split('*').slice(1)) {
        const name = command.split('\r\n')[2]?.toUpperCase()
        if (name === 'HELLO') replies.push('%1\r\n+proto\r\n:3\r\n')
        else if (name === 'CLIENT') replies.push('+OK\r\n')
        else if (name === 'INFO') replies.push('$9\r\nloading:0\r\n')
      }
      if (replies.length > 0) socket.write(replies.join(''))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address !== 'object') throw new Error('no port')
  return { server, port: address.port }
}
