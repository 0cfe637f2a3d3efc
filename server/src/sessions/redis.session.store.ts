/**
 * `SessionStore` on Redis (scale-out): sessions in Redis, users stay in SQL, so a user's state
 * (active, auth_version, staff) is read fresh on every request (instant revocation).
 *
 * Keys (after the client's key prefix):
 * - `session:<idHash>`: a hash of every `SessionRecord` field. It expires (PEXPIREAT) at its
 *   deadline `min(expiresAt, lastSeenAt + idle timeout)`: the TTL follows the idle timeout and is
 *   capped by the absolute one, so Redis ends dead sessions by itself.
 * - `user-sessions:<userId>`: a sorted set indexing the user's sessions, member
 *   `<idHash> <publicId>`, score the session's deadline; the set expires with the latest
 *   absolute expiry among its sessions. Listing, "end all" and end-by-public-id read it in one
 *   command, then act on the sessions in one pipelined round.
 *
 * Redis Cluster: no command touches two keys (the two kinds hash to different slots). Writes
 * that span both are ordered steps, so a crash between them leaves at worst an index entry
 * without a session (pruned later), never a session its user cannot list or end:
 * - create: add to the index, then create the session (one MULTI on its key);
 * - delete: delete the session (a script returning its user), then remove it from the index;
 * - touch / markReauthenticated: one script on the session key that changes it only when it
 *   exists and re-applies its expiry, so a touch never resurrects a deleted session and two
 *   concurrent updates never lose each other's field; a touch then raises the index score (XX:
 *   never re-adding an entry that "end all" removed meanwhile).
 *
 * "End all" against a concurrent login: every session whose index entry was added before the
 * index read is deleted; one whose entry came later (or whose session did not exist yet at the
 * DEL) survives, and its entry stays in the index, so it is listed and can be ended. Index entries
 * are pruned only when their session key is gone AND their deadline has passed: an entry added
 * by a create still in flight has a future deadline, so pruning never drops a live session.
 */
import { sql } from 'kysely'
import { USER_COLUMNS, toAuthUser, type UserColumns } from '../users/user.columns.js'
import { prepareLookup, type Db } from '../db/database.js'
import { defineScript, scanKeys, type RedisClient } from '../redis/connection.js'
import type {
  ListedSession,
  SessionRecord,
  SessionStore,
  SessionWithUser,
} from './session.store.js'

export interface RedisSessionStoreOptions {
  /** IDLE_TIMEOUT: the session keys' TTL follows it. */
  idleTimeoutMs: number
}

const sessionKey = (idHash: string): string => `session:${idHash}`
const indexKey = (userId: number | string): string => `user-sessions:${userId}`
/** idHashes are hex and public ids base64url: a space separates them unambiguously. */
const indexMember = (idHash: string, publicId: string): string => `${idHash} ${publicId}`

interface IndexEntry {
  member: string
  idHash: string
  publicId: string
  /** The session's deadline when last written. */
  score: number
}

/** Adds ARGV[2] with score ARGV[1]; keeps the set alive until at least ARGV[3] (epoch ms). */
const addToIndex = defineScript(`redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
local time = redis.call('TIME')
local keep = tonumber(ARGV[3]) - (tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000))
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 or ttl < keep then redis.call('PEXPIRE', KEYS[1], math.max(keep, 1)) end
return 1`)

/**
 * Sets field/value pairs ARGV[2..] only when the session exists, then re-applies its expiry
 * from the stored fields (idle timeout ARGV[1]). Returns {userId, publicId, deadline} or nil.
 */
const updateSession = defineScript(`if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
local f = redis.call('HMGET', KEYS[1], 'expiresAt', 'lastSeenAt', 'userId', 'publicId')
local deadline = math.min(tonumber(f[1]), tonumber(f[2]) + tonumber(ARGV[1]))
redis.call('PEXPIREAT', KEYS[1], deadline)
return {f[3], f[4], deadline}`)

/** Deletes the session; returns {userId, publicId}, or nil when there was none. */
const deleteSession = defineScript(`local f = redis.call('HMGET', KEYS[1], 'userId', 'publicId')
if redis.call('DEL', KEYS[1]) == 0 then return false end
return f`)

/** Deletes the session when dead at ARGV[1] for idle timeout ARGV[2]; as `deleteSession`. */
const deleteIfDead =
  defineScript(`local f = redis.call('HMGET', KEYS[1], 'expiresAt', 'lastSeenAt', 'userId', 'publicId')
if not f[1] then return false end
local now = tonumber(ARGV[1])
if tonumber(f[1]) > now and tonumber(f[2]) > now - tonumber(ARGV[2]) then return false end
redis.call('DEL', KEYS[1])
return {f[3], f[4]}`)

function toFields(record: SessionRecord): Record<string, string | number> {
  return { ...record, persistent: record.persistent ? 1 : 0 }
}

/** The record from a session hash; null for a missing (empty) one. */
function toRecord(hash: Record<string, string>): SessionRecord | null {
  if (hash.userId === undefined) return null
  return {
    publicId: hash.publicId ?? '',
    userId: Number(hash.userId),
    authVersion: Number(hash.authVersion),
    csrfSecret: hash.csrfSecret ?? '',
    createdAt: Number(hash.createdAt),
    lastSeenAt: Number(hash.lastSeenAt),
    expiresAt: Number(hash.expiresAt),
    ip: hash.ip ?? '',
    userAgent: hash.userAgent ?? '',
    persistent: hash.persistent === '1',
    reauthenticatedAt: Number(hash.reauthenticatedAt),
  }
}

async function readIndex(redis: RedisClient, userId: number | string): Promise<IndexEntry[]> {
  const flat = await redis.zrange(indexKey(userId), '0', '-1', 'WITHSCORES')
  const entries: IndexEntry[] = []
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const member = flat[i] ?? ''
    const space = member.indexOf(' ')
    entries.push({
      member,
      idHash: member.slice(0, space),
      publicId: member.slice(space + 1),
      score: Number(flat[i + 1]),
    })
  }
  return entries
}

/** Drops entries whose session is gone and whose deadline has passed (never one in creation). */
async function pruneIndex(
  redis: RedisClient,
  userId: number | string,
  entries: readonly IndexEntry[],
  exists: readonly boolean[],
): Promise<void> {
  const now = Date.now()
  const dead = entries.filter((entry, i) => !exists[i] && entry.score <= now)
  if (dead.length > 0) await redis.zrem(indexKey(userId), ...dead.map((entry) => entry.member))
}

/**
 * The SQL half of the request path: the session's user (on PostgreSQL, batched per event-loop
 * turn: `prepareLookup`).
 */
function userLookup(db: Db): (id: number) => Promise<UserColumns | undefined> {
  const users = db.selectFrom('users').select(USER_COLUMNS)
  return prepareLookup(
    db,
    users.where('users.id', '=', 0),
    users.where(sql<boolean>`${sql.ref('users.id')} = any(${[0]})`),
    (row) => row.id,
  )
}

export function createRedisSessionStore(
  redis: RedisClient,
  db: Db,
  options: RedisSessionStoreOptions,
): SessionStore {
  const { idleTimeoutMs } = options
  const deadlineOf = (record: SessionRecord): number =>
    Math.min(record.expiresAt, record.lastSeenAt + idleTimeoutMs)
  const findUser = userLookup(db)

  /** Removes a deleted session's index entry; `reply` is a delete script's answer. */
  const unindex = async (idHash: string, reply: unknown): Promise<boolean> => {
    if (!Array.isArray(reply)) return false
    const [userId, publicId] = reply as [string, string]
    await redis.zrem(indexKey(userId), indexMember(idHash, publicId))
    return true
  }

  return {
    async create(idHash: string, record: SessionRecord): Promise<void> {
      const key = sessionKey(idHash)
      const deadline = deadlineOf(record)
      // Index first: a crash in between leaves an entry to prune, not an unlisted session.
      const member = indexMember(idHash, record.publicId)
      await addToIndex(redis, [indexKey(record.userId)], [deadline, member, record.expiresAt])
      const replies = await redis
        .multi()
        .hset(key, toFields(record))
        .pexpireat(key, deadline)
        .exec()
      const failed = replies?.find(([error]) => error)
      if (!replies || failed) throw failed?.[0] ?? new Error('Redis aborted the session write')
    },

    async findWithUser(idHash: string): Promise<SessionWithUser | null> {
      // Auto-pipelined (connection.ts): the reads of one event-loop turn share one socket write.
      const session = toRecord(await redis.hgetall(sessionKey(idHash)))
      if (!session) return null
      const row = await findUser(session.userId)
      // A user deleted from SQL: the session is dead; its key expires by itself.
      return row ? { session, user: toAuthUser(row) } : null
    },

    async touch(idHash: string, lastSeenAt: number): Promise<void> {
      const reply = await updateSession(
        redis,
        [sessionKey(idHash)],
        [idleTimeoutMs, 'lastSeenAt', lastSeenAt],
      )
      if (!Array.isArray(reply)) return
      const [userId, publicId, deadline] = reply as [string, string, number]
      // XX: only an entry still there; "end all" may have removed it (and the session) meanwhile.
      await redis.zadd(indexKey(userId), 'XX', deadline, indexMember(idHash, publicId))
    },

    async markReauthenticated(idHash: string, at: number): Promise<void> {
      await updateSession(redis, [sessionKey(idHash)], [idleTimeoutMs, 'reauthenticatedAt', at])
    },

    async delete(idHash: string): Promise<void> {
      await unindex(idHash, await deleteSession(redis, [sessionKey(idHash)], []))
    },

    async deleteAllForUser(userId: number, exceptIdHash?: string): Promise<number> {
      const entries = (await readIndex(redis, userId)).filter(
        (entry) => entry.idHash !== exceptIdHash,
      )
      const deleted = await Promise.all(
        entries.map(async (entry) => (await redis.del(sessionKey(entry.idHash))) === 1),
      )
      // An entry whose session was not there may belong to a create still in flight: it stays
      // (and is listed once created) unless its deadline has passed.
      const now = Date.now()
      const drop = entries.filter((entry, i) => deleted[i] || entry.score <= now)
      if (drop.length > 0) await redis.zrem(indexKey(userId), ...drop.map((e) => e.member))
      return deleted.filter(Boolean).length
    },

    async deleteByPublicId(userId: number, publicId: string): Promise<boolean> {
      const entry = (await readIndex(redis, userId)).find((e) => e.publicId === publicId)
      if (!entry || (await redis.del(sessionKey(entry.idHash))) === 0) return false
      await redis.zrem(indexKey(userId), entry.member)
      return true
    },

    async listForUser(userId: number): Promise<ListedSession[]> {
      const entries = await readIndex(redis, userId)
      const records = await Promise.all(
        entries.map(async (entry) => toRecord(await redis.hgetall(sessionKey(entry.idHash)))),
      )
      await pruneIndex(
        redis,
        userId,
        entries,
        records.map((record) => record !== null),
      )
      return entries
        .flatMap((entry, i) => {
          const record = records[i]
          return record ? [{ idHash: entry.idHash, ...record }] : []
        })
        .sort((a, b) => b.lastSeenAt - a.lastSeenAt || b.createdAt - a.createdAt)
    },

    async deleteExpired(now: number, idleMs: number): Promise<number> {
      let removed = 0
      for await (const keys of scanKeys(redis, 'session:*')) {
        const results = await Promise.all(
          keys.map(async (key) => {
            const idHash = key.slice('session:'.length)
            return unindex(idHash, await deleteIfDead(redis, [key], [now, idleMs]))
          }),
        )
        removed += results.filter(Boolean).length
      }
      // Entries of sessions that Redis expired by itself.
      for await (const keys of scanKeys(redis, 'user-sessions:*')) {
        for (const key of keys) {
          const userId = key.slice('user-sessions:'.length)
          const entries = await readIndex(redis, userId)
          const exists = await Promise.all(
            entries.map(async (entry) => (await redis.exists(sessionKey(entry.idHash))) === 1),
          )
          await pruneIndex(redis, userId, entries, exists)
        }
      }
      return removed
    },
  }
}
