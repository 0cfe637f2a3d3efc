/**
 * Fills a SQLite database for the scale check: many users and many live sessions, written
 * straight into the tables in large transactions (going through HTTP would take hours).
 */
import { createHash, randomBytes } from 'node:crypto'
import { statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { hashPassword } from '../../server/src/auth/password.hasher.js'

export interface SeedResult {
  users: number
  sessions: number
  /** Bytes the database file grew by, per session added (users included). */
  bytesPerSession: number
}

/** Adds `users` users and `sessions` sessions spread over them; returns the growth per session. */
export async function seedSqlite(
  path: string,
  users: number,
  sessions: number,
): Promise<SeedResult> {
  const passwordHash = await hashPassword(randomBytes(16).toString('hex'))
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 5000')
  const size = (): number => {
    db.pragma('wal_checkpoint(TRUNCATE)')
    return statSync(path).size
  }
  const before = size()
  const now = Date.now()
  const firstUser =
    (db.prepare('select coalesce(max(id), 0) as id from users').get() as { id: number }).id + 1
  const insertUser = db.prepare(
    `insert into users (username, username_key, email, password_hash, is_active, is_staff,
       is_superuser, auth_version, last_login, date_joined)
     values (?, ?, '', ?, 1, 0, 0, 1, null, ?)`,
  )
  const insertSession = db.prepare(
    `insert into sessions (id_hash, user_id, auth_version, csrf_secret, created_at, last_seen_at,
       expires_at, ip, user_agent)
     values (?, ?, 1, ?, ?, ?, ?, '127.0.0.1', 'sesame-bench')`,
  )
  const batch = 50_000
  db.transaction(() => {
    for (let i = 0; i < users; i++) {
      const name = `seed${firstUser + i}`
      insertUser.run(name, name, passwordHash, now)
    }
  })()
  for (let start = 0; start < sessions; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(sessions, start + batch); i++) {
        const idHash = createHash('sha256').update(`seed-session-${now}-${i}`).digest('hex')
        const secret = createHash('sha256').update(`seed-secret-${i}`).digest('base64url')
        const user = firstUser + (i % users)
        insertSession.run(idHash, user, secret, now, now, now + 30 * 86_400_000)
      }
    })()
  }
  const after = size()
  db.close()
  return { users, sessions, bytesPerSession: (after - before) / sessions }
}
