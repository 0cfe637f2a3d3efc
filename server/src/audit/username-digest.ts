/**
 * What the audit log keeps of a username a client tried that names no account: people often type
 * their password into the username field, so the text itself is never stored. A short keyed
 * digest is, `unknown:<12 hex>` (HMAC-SHA-256 of the case-insensitive username key, cut to 48
 * bits), so repeated attempts with one name still group and a filter by that name still finds
 * them. The key is the server secret `audit_username_key`, made once by a migration and kept in
 * the database: the same on every instance and after restarts, and without database access
 * nobody can test a guess against a digest.
 */
import { createHmac } from 'node:crypto'
import { usernameKey } from '../users/username.js'
import type { Db, Executor } from '../db/database.js'

export const UNKNOWN_USERNAME_PREFIX = 'unknown:'
const DIGEST_HEX_LENGTH = 12
const KEY_NAME = 'audit_username_key'

/** `unknown:<12 hex>` for `username` under `key`. */
export function usernameDigest(key: string, username: string): string {
  const mac = createHmac('sha256', key).update(usernameKey(username)).digest('hex')
  return `${UNKNOWN_USERNAME_PREFIX}${mac.slice(0, DIGEST_HEX_LENGTH)}`
}

/**
 * Digests with the database's key, read once (again after a failed read). Inside a transaction,
 * pass it as `executor`: the key is then read through it (SQLite has one connection, which the
 * transaction holds).
 */
export function createUsernameDigester(
  db: Db,
): (username: string, executor?: Executor) => Promise<string> {
  let key: Promise<string> | null = null
  const loadKey = async (executor: Executor): Promise<string> => {
    const row = await executor
      .selectFrom('secrets')
      .select('value')
      .where('name', '=', KEY_NAME)
      .executeTakeFirst()
    if (!row) throw new Error(`The secret ${KEY_NAME} is missing: run the migrations`)
    return row.value
  }
  return async (username, executor = db) => {
    key ??= loadKey(executor).catch((error: unknown) => {
      key = null
      throw error
    })
    return usernameDigest(await key, username)
  }
}
