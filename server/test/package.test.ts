/**
 * `@sesame/server` as an app outside this repository gets it: `npm pack`, installed into a scratch
 * folder from npm's cache alone (offline), a 20-line app compiled against its types with `tsc`
 * and run. Its migration runs, its route answers 401 anonymous and 200 logged in, and a POST from
 * a foreign Origin or without X-CSRFToken is refused with 403 `csrf_failed`.
 *
 * Offline needs a lockfile: npm's cache holds the tarballs `npm ci` fetched, not the registry's
 * package lists, so the scratch folder gets a package-lock.json cut from this repository's (the
 * server's dependencies, resolved as they are installed here). better-sqlite3's native addon is
 * copied from this repository's install instead of being compiled again (the same 12.x version).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const SERVER = fileURLToPath(new URL('..', import.meta.url))
const ROOT = join(SERVER, '..')
const PASSWORD = 'correct-horse-battery-9'

interface LockEntry {
  version?: string
  resolved?: string
  integrity?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  optional?: boolean
  dev?: boolean
  devOptional?: boolean
  peer?: boolean
  [key: string]: unknown
}

/** Where Node would find `name` from the package at `from` (a lockfile path), or null. */
function resolveIn(packages: Record<string, LockEntry>, from: string, name: string): string | null {
  for (let base = from; ;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`
    if (packages[candidate]) return candidate
    if (!base) return null
    const cut = base.lastIndexOf('/node_modules/')
    base = cut === -1 ? '' : base.slice(0, cut)
  }
}

/**
 * A lockfile for a folder that depends on the tarball and on `extra` (names installed at the
 * top of this repository): every package they need, at the path and version installed here.
 */
function scratchLockfile(tarball: string, extra: string[]): object {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>
  }
  const { packages } = lock
  const server = packages.server as LockEntry
  const out: Record<string, LockEntry> = {}
  const wanted = { ...server.dependencies, ...server.peerDependencies }
  const queue: Array<[string, string]> = [
    ...Object.keys(wanted).map((name): [string, string] => ['server', name]),
    ...extra.map((name): [string, string] => ['', name]),
  ]
  while (queue.length) {
    const [from, name] = queue.shift() as [string, string]
    const path = resolveIn(packages, from, name)
    if (path === null) continue // an optional peer nobody installed
    const target = path.startsWith('server/')
      ? `node_modules/@sesame/server/${path.slice(7)}`
      : path
    if (out[target]) continue
    const {
      dev: _dev,
      devOptional: _devOptional,
      peer: _peer,
      ...entry
    } = packages[path] as LockEntry
    out[target] = entry
    const wanted = { ...entry.dependencies, ...entry.optionalDependencies }
    for (const [peer, meta] of Object.entries(entry.peerDependencies ?? {})) {
      if (!entry.peerDependenciesMeta?.[peer]?.optional) wanted[peer] = meta
    }
    for (const dependency of Object.keys(wanted)) queue.push([path, dependency])
  }
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`
  return {
    name: 'scratch-app',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'scratch-app', dependencies: scratchDependencies(extra) },
      'node_modules/@sesame/server': {
        version: server.version,
        resolved: 'file:sesame-server.tgz',
        integrity,
        dependencies: server.dependencies,
        peerDependencies: server.peerDependencies,
        bin: server.bin,
        engines: server.engines,
      },
      ...out,
    },
  }
}

function scratchDependencies(extra: string[]): Record<string, string> {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>
  }
  return {
    '@sesame/server': 'file:sesame-server.tgz',
    ...Object.fromEntries(
      extra.map((name) => [name, lock.packages[`node_modules/${name}`]?.version ?? '*']),
    ),
  }
}

/** The app's definition: what the server registers and the CLI finds (package.json). */
const TASKS_APP = `import { defineSesameApp } from '@sesame/server'

export default defineSesameApp({
  name: 'tasks',
  permissions: { 'tasks.add_task': 'Add tasks' },
  migrations: {
    '0001-tasks': {
      up: async (db) =>
        db.schema.createTable('tasks').addColumn('title', 'varchar(100)').execute(),
    },
  },
})
`

/** The 20-line app. */
const SERVER_APP = `import Fastify from 'fastify'
import { loadConfig, sesame, sesameFastifyOptions } from '@sesame/server'
import tasks from './tasks-app.js'

const config = loadConfig(process.env)
const app = Fastify(sesameFastifyOptions(config))
await app.register(sesame, { config, app: tasks })

app.get('/api/tasks/', { preHandler: app.sesame.requireUser() }, async (request) => {
  const username: string = app.sesame.auth(request).user.username
  return { results: [], username }
})
app.post('/api/tasks/', { preHandler: app.sesame.requirePermission('tasks.add_task') },
  async (request, reply) => reply.code(201).send({ by: request.auth?.user.username }))

await app.listen({ port: 0, host: '127.0.0.1' })
const address = app.server.address()
console.log(\`listening on \${typeof address === 'object' && address ? address.port : ''}\`)
`

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    types: ['node'],
    outDir: 'out',
  },
  include: ['*.ts'],
}

let scratch = ''
let server: ChildProcess | null = null

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
  return { code: result.status, output: `${result.stdout}${result.stderr}` }
}

beforeAll(() => {
  if (!existsSync(join(SERVER, 'dist', 'index.js'))) {
    throw new Error('server/dist is missing: build it first (npm run build -w server)')
  }
  scratch = mkdtempSync(join(tmpdir(), 'sesame-package-'))
})

afterAll(() => {
  server?.kill('SIGKILL')
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('the packed @sesame/server', () => {
  it('installs offline, compiles a 20-line app with tsc, and serves it under Sesame', async () => {
    // 1. Pack: what `npm publish` would upload.
    const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', scratch], {
      cwd: SERVER,
      encoding: 'utf8',
    })
    expect(packed.status, packed.stderr).toBe(0)
    const [manifest] = JSON.parse(packed.stdout) as Array<{
      filename: string
      files: Array<{ path: string }>
    }>
    const files = manifest?.files.map((file) => file.path) ?? []
    expect(files).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'bin/sesame.js', 'package.json']),
    )
    expect(
      files.filter((file) => /^(src|test)\/|\.test\.|tsbuildinfo|build-stamp/.test(file)),
    ).toEqual([])
    const tarball = join(scratch, 'sesame-server.tgz')
    cpSync(join(scratch, manifest?.filename ?? ''), tarball)

    // 2. Install from npm's cache only.
    // fastify and kysely are the package's peers: the app's own copies, shared with Sesame.
    const extra = ['fastify', 'kysely', 'typescript', '@types/node']
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({
        name: 'scratch-app',
        private: true,
        type: 'module',
        sesame: { app: './out/tasks-app.js' },
        dependencies: scratchDependencies(extra),
      }),
    )
    writeFileSync(
      join(scratch, 'package-lock.json'),
      JSON.stringify(scratchLockfile(tarball, extra)),
    )
    const install = run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'])
    expect(install.code, install.output).toBe(0)
    expect(existsSync(join(scratch, 'node_modules', '@sesame', 'server', 'src'))).toBe(false)
    cpSync(
      join(ROOT, 'node_modules', 'better-sqlite3', 'build'),
      join(scratch, 'node_modules', 'better-sqlite3', 'build'),
      { recursive: true },
    )

    // 3. Compile against the package's types: `app.sesame`, `request` and the user must resolve.
    writeFileSync(join(scratch, 'tasks-app.ts'), TASKS_APP)
    writeFileSync(join(scratch, 'server.ts'), SERVER_APP)
    expect(SERVER_APP.trim().split('\n').length).toBeLessThanOrEqual(20)
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(TSCONFIG))
    const compiled = run(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc')])
    expect(compiled.code, compiled.output).toBe(0)
    // A wrong use of the API must not compile: the types are really there, not `any`.
    writeFileSync(
      join(scratch, 'wrong.ts'),
      `import { sesame } from '@sesame/server'\nconst n: number = sesame\nexport { n }\n`,
    )
    const wrong = run(process.execPath, [
      join('node_modules', 'typescript', 'bin', 'tsc'),
      '--noEmit',
    ])
    expect(wrong.code).not.toBe(0)
    expect(wrong.output).toMatch(/wrong\.ts\(2,7\): error TS2322/)
    rmSync(join(scratch, 'wrong.ts'))

    // 4. Run it on a fresh SQLite file: the plugin migrates Sesame's tables and the app's.
    const database = join(scratch, 'db.sqlite3')
    const env = { DATABASE_URL: `sqlite:${database}`, LOG_LEVEL: 'warn' }
    server = spawn(process.execPath, ['out/server.js'], {
      cwd: scratch,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const port = await new Promise<number>((resolve, reject) => {
      let output = ''
      const timer = setTimeout(() => reject(new Error(`no start: ${output}`)), 30_000)
      const read = (chunk: Buffer): void => {
        output += chunk.toString()
        const match = /listening on (\d+)/.exec(output)
        if (match) {
          clearTimeout(timer)
          resolve(Number(match[1]))
        }
      }
      server?.stdout?.on('data', read)
      server?.stderr?.on('data', read)
      server?.on('exit', () => reject(new Error(`exited: ${output}`)))
    })
    const sqlite = new Database(database, { readonly: true })
    const migrated = sqlite.prepare('select name from tasks_kysely_migration').all()
    const tables = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name in ('tasks', 'users')")
      .all()
    sqlite.close()
    expect(migrated).toEqual([{ name: '0001-tasks' }])
    expect(tables).toHaveLength(2)

    // The packed CLI finds the app through package.json and creates a user.
    const created = run(
      process.execPath,
      [join('node_modules', '.bin', 'sesame'), 'createsuperuser', '--no-input'],
      { ...env, SESAME_USERNAME: 'ada', SESAME_PASSWORD: PASSWORD },
    )
    expect(created.code, created.output).toBe(0)

    const base = `http://127.0.0.1:${port}`
    const origin = base
    const anonymous = await fetch(`${base}/api/tasks/`)
    expect(anonymous.status).toBe(401)
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
      'not_authenticated',
    )
    const login = await fetch(`${base}/api/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ username: 'ada', password: PASSWORD }),
    })
    expect(login.status).toBe(200)
    const cookies = new Map(
      login.headers.getSetCookie().map((line) => {
        const pair = line.slice(0, line.indexOf(';'))
        return [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const
      }),
    )
    const cookie = `sessionid=${cookies.get('sessionid')}; csrftoken=${cookies.get('csrftoken')}`
    const token = cookies.get('csrftoken') ?? ''
    const list = await fetch(`${base}/api/tasks/`, { headers: { cookie } })
    expect(list.status).toBe(200)
    expect(await list.json()).toEqual({ results: [], username: 'ada' })

    const post = (headers: Record<string, string>) =>
      fetch(`${base}/api/tasks/`, { method: 'POST', headers: { cookie, ...headers } })
    for (const refused of [
      await post({ origin: 'https://evil.example', 'x-csrftoken': token }),
      await post({ origin }),
    ]) {
      expect(refused.status).toBe(403)
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('csrf_failed')
    }
    const added = await post({ origin, 'x-csrftoken': token })
    expect(added.status).toBe(201)
    expect(await added.json()).toEqual({ by: 'ada' })
  }, 180_000)
})
