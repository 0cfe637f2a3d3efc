/** The SQL session store against the `SessionStore` contract, on SQLite and on PostgreSQL. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { openDatabase, type Db } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { createSqlSessionStore } from '../src/sessions/sql.session.store.js'
import { describeSessionStoreContract } from './session-store.contract.js'
import { freshPostgresDatabase } from './postgres.js'

const dir = mkdtempSync(join(tmpdir(), 'sesame-store-'))
let sqlite: Db | null = null
afterAll(async () => {
  await sqlite?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describeSessionStoreContract('SQL on SQLite', async () => {
  if (!sqlite) {
    sqlite = openDatabase(`sqlite:${join(dir, 'db.sqlite3')}`)
    await migrateToLatest(sqlite)
  }
  return { store: createSqlSessionStore(sqlite), db: sqlite }
})

const postgres = await freshPostgresDatabase('store')
describeSessionStoreContract(
  'SQL on PostgreSQL',
  async () => {
    if (!postgres) throw new Error('unreachable: skipped without PostgreSQL')
    return { store: createSqlSessionStore(postgres.db), db: postgres.db }
  },
  { skip: postgres === null },
)
afterAll(async () => {
  await postgres?.drop()
})
