/**
 * The argon2 cost (issue #14): the tests' apps hash cheaply (test/helpers.ts), but Sesame itself
 * can only hash at the OWASP cost. Nothing in the configuration selects a hasher; the HTTP app
 * and the services the CLI uses get the OWASP one unless code passes another.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { createServices } from '../src/services.js'
import { defaultPasswordHasher, OWASP_ARGON2_COST } from '../src/auth/password.hasher.js'
import { loadConfig } from '../src/core/config.js'
import { openDatabase, type Db } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { CHEAP_PASSWORD_HASHER, PASSWORD, build, createUser, loginOk } from './helpers.js'

const OWASP_PREFIX = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/

let dir = ''
let db: Db | null = null
afterEach(async () => {
  await db?.destroy()
  db = null
  rmSync(dir, { recursive: true, force: true })
})

async function sqlite(): Promise<{ db: Db; url: string }> {
  dir = mkdtempSync(join(tmpdir(), 'sesame-cost-'))
  const url = `sqlite:${join(dir, 'db.sqlite3')}`
  db = openDatabase(url)
  await migrateToLatest(db)
  return { db, url }
}

async function storedHash(database: Db, username: string): Promise<string> {
  const row = await database
    .selectFrom('users')
    .select('password_hash')
    .where('username_key', '=', username)
    .executeTakeFirstOrThrow()
  return row.password_hash
}

describe('the argon2id cost', () => {
  it('is the OWASP one by default: m=19456 KiB, t=2, p=1', async () => {
    expect(OWASP_ARGON2_COST).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 })
    expect(defaultPasswordHasher.cost).toEqual(OWASP_ARGON2_COST)
    expect(Object.isFrozen(OWASP_ARGON2_COST)).toBe(true)
  })

  it('is the OWASP one in an app built from the configuration, whatever the environment says', async () => {
    const { db, url } = await sqlite()
    // Variables that look like they might lower the cost are not settings: nothing reads them.
    const config = loadConfig({
      DATABASE_URL: url,
      ARGON2_MEMORY_COST: '256',
      ARGON2_TIME_COST: '1',
      PASSWORD_HASHER: 'cheap',
    })
    const app = await buildApp(config, { db, logger: false })
    try {
      const created = await app.services.users.create({ username: 'alice', password: PASSWORD })
      expect(created.ok).toBe(true)
      expect(await storedHash(db, 'alice')).toMatch(OWASP_PREFIX)
    } finally {
      await app.close()
    }
  })

  it('is the OWASP one in the services the CLI uses', async () => {
    const { db, url } = await sqlite()
    const services = createServices(loadConfig({ DATABASE_URL: url }), db, {
      log: pino({ enabled: false }),
    })
    try {
      const created = await services.users.create({ username: 'bob', password: PASSWORD })
      expect(created.ok).toBe(true)
      expect(await storedHash(db, 'bob')).toMatch(OWASP_PREFIX)
    } finally {
      await services.close()
    }
  })

  it("is the cheap one in the tests' apps, which do not rehash at every login", async () => {
    const ctx = await build()
    await createUser(ctx, 'carol')
    const hash = await storedHash(ctx.db, 'carol')
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=256,t=1,p=1\$/)
    expect(CHEAP_PASSWORD_HASHER.cost).toEqual({ memoryCost: 256, timeCost: 1, parallelism: 1 })
    await loginOk(ctx, 'carol')
    await loginOk(ctx, 'carol')
    expect(await storedHash(ctx.db, 'carol')).toBe(hash)
  })
})
