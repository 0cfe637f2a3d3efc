/**
 * The servers under test, each its own process so its CPU time and memory can be read: the bare
 * baseline, and Sesame started the way `npm start` starts it (`node server/dist/server.js`, the
 * default configuration) on a database prepared here.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { pino } from 'pino'
import { createServices } from '../../server/src/services.js'
import { loadConfig } from '../../server/src/core/config.js'
import { openDatabase } from '../../server/src/db/database.js'
import { migrateToLatest } from '../../server/src/db/migrate.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BENCH_PASSWORD = 'correct-horse-battery-9'

export interface Server {
  name: string
  origin: string
  pid: number
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      )
    })
  })
}

async function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort()
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    // Logs go where a service's stdout usually goes: somewhere that never blocks the writer.
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const origin = `http://127.0.0.1:${port}`
  await waitForHealth(origin, child, () => stderr)
  return {
    name,
    origin,
    pid: child.pid as number,
    stop: () => stopChild(child),
  }
}

async function waitForHealth(
  origin: string,
  child: ChildProcess,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr()}`)
    try {
      const response = await fetch(`${origin}/healthz`)
      if (response.ok || response.status === 404) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`server at ${origin} did not start: ${stderr()}`)
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

export function startBaseline(): Promise<Server> {
  return startProcess('baseline', [join(ROOT, 'bench', 'baseline.mjs')], {})
}

/** Bare Fastify with the same route: the framework's own share of the cost. */
export function startFastifyReference(): Promise<Server> {
  return startProcess('fastify', [join(ROOT, 'bench', 'fastify-bare.mjs')], {})
}

export interface SesameOptions {
  name: string
  databaseUrl: string
  /** Extra environment, e.g. a session store selected by a later issue. */
  env?: NodeJS.ProcessEnv
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[]
  users: number
}

export interface SesameServer extends Server {
  databaseUrl: string
  usernames: string[]
}

/** Migrates the database, creates `users` users (password BENCH_PASSWORD), starts Sesame. */
export async function startSesame(options: SesameOptions): Promise<SesameServer> {
  const usernames = await seedUsers(options.databaseUrl, options.users)
  const script = join(ROOT, 'server', 'dist', 'server.js')
  const server = await startProcess('sesame', [...(options.nodeArgs ?? []), script], {
    DATABASE_URL: options.databaseUrl,
    ...options.env,
  })
  return { ...server, name: options.name, databaseUrl: options.databaseUrl, usernames }
}

async function seedUsers(databaseUrl: string, count: number): Promise<string[]> {
  const config = loadConfig({ DATABASE_URL: databaseUrl })
  const db = openDatabase(databaseUrl)
  try {
    await migrateToLatest(db)
    const services = createServices(config, db, { log: pino({ level: 'silent' }) })
    const usernames = Array.from({ length: count }, (_, index) => `bench${index}`)
    await Promise.all(
      usernames.map(async (username) => {
        const result = await services.users.create({ username, password: BENCH_PASSWORD })
        if (!result.ok) throw new Error(`cannot create ${username}: ${JSON.stringify(result)}`)
      }),
    )
    return usernames
  } finally {
    await db.destroy()
  }
}

export function sqliteUrl(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'sesame-bench-')), 'db.sqlite3')}`
}

/** A fresh PostgreSQL database on the server of `adminUrl`; dropped by the returned function. */
export async function freshPostgres(
  adminUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sesame_bench_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}

/** Logs `username` in over HTTP as a browser would; returns the Cookie header to send. */
export async function logIn(origin: string, username: string): Promise<string> {
  const response = await fetch(`${origin}/api/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  })
  if (!response.ok) throw new Error(`login of ${username} failed: ${response.status}`)
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')
}
