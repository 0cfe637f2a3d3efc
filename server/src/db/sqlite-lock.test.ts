import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from './database.js'

const opened: Array<{ destroy: () => Promise<void> }> = []
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()))
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function sqliteFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-lock-'))
  dirs.push(dir)
  return join(dir, 'db.sqlite3')
}

function open(path: string): Db {
  const db = openDatabase(`sqlite:${path}`)
  opened.push(db)
  return db
}

async function insert(db: Db, value: string): Promise<void> {
  await sql`insert into t (v) values (${value})`.execute(db)
}

describe('SQLite transactions on one file from two connections', () => {
  it('wait for each other without blocking the event loop, even in one process', async () => {
    const path = sqliteFile()
    const a = open(path)
    const b = open(path)
    await sql`create table t (v text)`.execute(a)
    // A holds the write lock across a timer; B asks for it meanwhile. SQLite's own busy wait
    // would freeze this thread: A could never resume, and B would fail with "database is locked".
    let ticks = 0
    const ticker = setInterval(() => (ticks += 1), 5)
    const results = await Promise.all([
      a.transaction().execute(async (trx) => {
        await insert(trx, 'a1')
        await new Promise((resolve) => setTimeout(resolve, 100))
        await insert(trx, 'a2')
      }),
      new Promise((resolve) => setTimeout(resolve, 20)).then(() =>
        b.transaction().execute((trx) => insert(trx, 'b')),
      ),
    ])
    clearInterval(ticker)
    expect(results).toHaveLength(2)
    // The timer kept firing while B waited: the event loop was never blocked for long.
    expect(ticks).toBeGreaterThan(5)
    const rows = await sql<{ v: string }>`select v from t order by rowid`.execute(b)
    expect(rows.rows.map((row) => row.v)).toEqual(['a1', 'a2', 'b'])
  })

  it('still fail with SQLITE_BUSY when the lock is held past the timeout', async () => {
    const path = sqliteFile()
    const db = open(path)
    await sql`create table t (v text)`.execute(db)
    const holder = new SqliteDatabase(path)
    opened.push({ destroy: async () => void holder.close() })
    holder.exec('begin immediate')
    const started = Date.now()
    await expect(db.transaction().execute((trx) => insert(trx, 'x'))).rejects.toMatchObject({
      code: 'SQLITE_BUSY',
    })
    expect(Date.now() - started).toBeGreaterThanOrEqual(4900)
    holder.exec('rollback')
    await expect(db.transaction().execute((trx) => insert(trx, 'y'))).resolves.toBeUndefined()
  }, 10_000)
})
