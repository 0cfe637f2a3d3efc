/**
 * Opens the database named by DATABASE_URL: `sqlite:<path>` (the embedded default, WAL mode) or
 * `postgres://…`. Everything above this file speaks Kysely and never knows which one it got.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  sql,
  type Compilable,
  type DatabaseConnection,
  type Driver,
  type LogEvent,
  type SqliteDialectConfig,
} from 'kysely'
import pg from 'pg'
import { batchLoader } from './batch.js'
import type { Database } from './schema.js'

export type Db = Kysely<Database>

/**
 * What a repository runs its SQL on: the database or an open transaction (a Kysely
 * `Transaction` is a `Kysely`). Repositories never open a transaction; the service does
 * (db/transaction.ts, CONTRIBUTING.md, Layers).
 */
export type Executor = Kysely<Database>

/** The pg pool behind each PostgreSQL `Db`, for server-side prepared statements (below). */
const postgresPools = new WeakMap<
  Db,
  { pool: pg.Pool; onQuery: ((sql: string) => void) | undefined }
>()
let preparedNames = 0

/** The better-sqlite3 handle behind each SQLite `Db`, for statements prepared once (below). */
const sqliteHandles = new WeakMap<
  Db,
  { database: SqliteDatabase.Database; onQuery: ((sql: string) => void) | undefined }
>()

/**
 * A query for the per-request hot path, built and compiled by Kysely once instead of on every
 * call. On SQLite the statement is also prepared once (better-sqlite3 otherwise prepares on every
 * execution, the largest single cost of a logged-in request); on PostgreSQL it is a named
 * statement, which the server parses and plans once per connection. Call it with the parameters
 * in the order the example query used them.
 */
export function prepareQuery<Row>(
  db: Db,
  example: Compilable<Row>,
): (parameters: readonly unknown[]) => Promise<Row[]> {
  const { sql: text } = example.compile()
  const handle = sqliteHandles.get(db)
  if (handle) {
    // Prepared at first use: the tables may not exist yet when the services are wired. These
    // statements run outside Kysely's connection lock; better-sqlite3 is synchronous, so one runs
    // whole between two awaits, but it can land inside another request's open transaction and
    // share its fate. Only idempotent reads and the activity touch go through here.
    let prepared: SqliteDatabase.Statement | null = null
    return (parameters) => {
      const statement = (prepared ??= handle.database.prepare(text))
      handle.onQuery?.(text)
      if (statement.reader) return Promise.resolve(statement.all(...parameters) as Row[])
      statement.run(...parameters)
      return Promise.resolve([])
    }
  }
  const postgres = postgresPools.get(db)
  if (postgres) {
    const name = `sesame_${++preparedNames}`
    return async (parameters) => {
      const result = await postgres.pool.query({ name, text, values: [...parameters] })
      postgres.onQuery?.(text)
      return result.rows as Row[]
    }
  }
  return async (parameters) =>
    (await db.executeQuery<Row>(CompiledQuery.raw(text, [...parameters]))).rows
}

export interface OpenOptions {
  /** Called with each query's SQL (not its parameters) after it runs; for tests and debugging. */
  onQuery?: (sql: string) => void
}

/** Opens (and for SQLite, creates) the database. Throws with a clear message when it cannot. */
export function openDatabase(url: string, options: OpenOptions = {}): Db {
  const log = options.onQuery
  const config = log ? { log: (event: LogEvent) => log(event.query.sql) } : {}
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length), config, log)
  if (url.startsWith('postgres:') || url.startsWith('postgresql:')) {
    return openPostgres(url, config, log)
  }
  throw new Error(`Unsupported DATABASE_URL scheme: ${url.split(':')[0] ?? ''}`)
}

type LogConfig = { log?: (event: LogEvent) => void }

/** How long a SQLite statement waits for another connection's write lock before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5000
const BEGIN_IMMEDIATE = CompiledQuery.raw('begin immediate')

/**
 * Every transaction here writes (services open them around a change and its audit row), so on
 * SQLite it takes the write lock at BEGIN (`begin immediate`). A plain (deferred) BEGIN that reads
 * first and then writes cannot wait: when another connection (a second instance, the CLI) is
 * writing, SQLite answers "database is locked" at once to avoid a deadlock.
 *
 * The wait for the lock is asynchronous: `busy_timeout` is off for the BEGIN, which is retried
 * after a short sleep while it answers SQLITE_BUSY, up to the same 5 s. SQLite's own busy wait
 * would block the event loop: every request of this process would stall behind it, and a holder
 * of the lock in this same process (two instances on one file, as the tests run them) could never
 * finish, so the wait always ended in "database is locked".
 */
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #database: SqliteDatabase.Database
  constructor(config: SqliteDialectConfig & { database: SqliteDatabase.Database }) {
    super(config)
    this.#database = config.database
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS
    for (let pause = 1; ; pause = Math.min(pause * 2, 25)) {
      try {
        // better-sqlite3 runs the statement before executeQuery returns: the pragma is off for
        // exactly this BEGIN.
        this.#database.pragma('busy_timeout = 0')
        try {
          await connection.executeQuery(BEGIN_IMMEDIATE)
        } finally {
          this.#database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
        }
        return
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error
        await new Promise((resolve) => setTimeout(resolve, pause))
      }
    }
  }
}

function isBusy(error: unknown): boolean {
  return error instanceof SqliteDatabase.SqliteError && error.code === 'SQLITE_BUSY'
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig & { database: SqliteDatabase.Database }
  constructor(config: SqliteDialectConfig & { database: SqliteDatabase.Database }) {
    super(config)
    this.#config = config
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config)
  }
}

function openSqlite(path: string, config: LogConfig, onQuery?: (sql: string) => void): Db {
  if (path === '') throw new Error('DATABASE_URL sqlite: needs a file path, or :memory:')
  if (path !== ':memory:') ensureDirectory(dirname(resolve(path)))
  const database = new SqliteDatabase(path)
  // WAL lets readers run while one writer commits; busy_timeout waits instead of failing
  // when two processes (server and CLI) write at once.
  database.pragma('journal_mode = WAL')
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
  database.pragma('foreign_keys = ON')
  database.pragma('synchronous = NORMAL')
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }), ...config })
  sqliteHandles.set(db, { database, onQuery })
  return db
}

function openPostgres(
  connectionString: string,
  config: LogConfig,
  onQuery?: (sql: string) => void,
): Db {
  // Timestamps are epoch milliseconds in BIGINT columns; they fit a JS number exactly.
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format),
  }
  const pool = new pg.Pool({
    connectionString,
    types,
    max: 10,
    // Bounded waits: a database that is down or unreachable fails a request within ~2 s (503)
    // instead of holding it; the pool reconnects by itself when the server is back.
    connectionTimeoutMillis: 1500,
    query_timeout: 10_000,
    statement_timeout: 10_000,
    idleTimeoutMillis: 30_000,
  })
  // An idle client whose server went away emits 'error' on the pool; unhandled, it would crash
  // the process. The next query gets a fresh connection (or a 503).
  pool.on('error', () => {})
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...config })
  postgresPools.set(db, { pool, onQuery })
  return db
}

/**
 * A hot-path lookup of one row by key. On SQLite it is `one` (key as its only parameter), a
 * statement prepared once; on PostgreSQL the lookups of one event-loop turn share one run of
 * `many` (its only parameter the array of keys, `= any($1)`; see batch.ts), because there the
 * round trip, not the query, is what a request pays for. `keyOf` finds each row's key.
 */
export function prepareLookup<K, Row>(
  db: Db,
  one: Compilable<Row>,
  many: Compilable<Row>,
  keyOf: (row: Row) => K,
): (key: K) => Promise<Row | undefined> {
  if (!postgresPools.has(db)) {
    const single = prepareQuery(db, one)
    return async (key) => (await single([key]))[0]
  }
  const batched = prepareQuery(db, many)
  return batchLoader(async (keys: readonly K[]) => {
    const rows = await batched([keys])
    return new Map(rows.map((row) => [keyOf(row), row]))
  })
}

/** Resolves when the database answers a trivial query; for readiness checks. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db)
}

/**
 * Creates a directory and its missing parents one level at a time. Node's recursive mkdir spins
 * forever when a parent exists but cannot hold children (a path under /proc): procfs answers
 * ENOENT, Node makes the parent, gets EEXIST and retries (seen on Node 20.20). A plain mkdir
 * fails at once with ENOENT instead.
 */
function ensureDirectory(path: string): void {
  const missing: string[] = []
  for (let dir = path; !existsSync(dir); dir = dirname(dir)) {
    missing.unshift(dir)
    if (dirname(dir) === dir) break
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir)
    } catch (error) {
      // Another process made it first: fine, as long as it is a directory now.
      if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw error
    }
  }
}

/** True for a unique-constraint violation on SQLite (`SQLITE_CONSTRAINT_UNIQUE`) or PostgreSQL (23505). */
/** A row still referred to by another table's foreign key (without `on delete cascade`). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503'
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505'
}

/**
 * True when `db` (any Kysely handle or transaction, typed or not) talks to PostgreSQL: for
 * migrations that differ by dialect (`serial` against SQLite's `integer … autoincrement`).
 */
export function isPostgres(db: { getExecutor(): { readonly adapter: unknown } }): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}
