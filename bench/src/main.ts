/**
 * `npm run bench`: Sesame against a bare node:http server, in one run on one machine. See
 * bench/README.md for what is measured and how to read it.
 *
 * Options: --rounds N (3), --duration S (5), --warmup S (2), --connections C (64),
 * --login-connections C (8), --no-scale, --quick (a smoke run: 1 round of 1 s, small scale check).
 * Environment: BENCH_POSTGRES_URL adds Sesame on PostgreSQL (a fresh database is created on that
 * server and dropped); BENCH_REDIS_URL adds Sesame with sessions and throttle counters in Redis
 * (on PostgreSQL too when both are set: the scale-out configuration).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  closeRedis,
  deleteKeysByPrefix,
  openRedis,
  waitForRedis,
} from '../../server/src/redis/connection.js'
import { measure, type LoadResult, type LoadSpec } from './load.js'
import { markdownTable, summarize, svgChart, type Row, type Summary } from './report.js'
import { seedSqlite, type SeedResult } from './seed.js'
import { growth, median } from './stats.js'
import {
  freshPostgres,
  logIn,
  sqliteUrl,
  startBaseline,
  startFastifyReference,
  startSesame,
  type SesameServer,
  type Server,
} from './targets.js'

/** Removes this run's Redis keys. */
async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = openRedis(url)
  try {
    await waitForRedis(redis)
    await deleteKeysByPrefix(redis, prefix)
  } finally {
    await closeRedis(redis)
  }
}

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'results')
const FAKE_SESSION = `sessionid=${'x'.repeat(43)}`

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '64' },
    'login-connections': { type: 'string', default: '8' },
    'no-scale': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: RESULTS },
  },
})
const quick = args.quick
const rounds = quick ? 1 : Number(args.rounds)
const duration = quick ? 1 : Number(args.duration)
const warmup = quick ? 0.5 : Number(args.warmup)
const connections = Number(args.connections)
const loginConnections = Number(args['login-connections'])
const scale = quick ? { users: 1_000, sessions: 10_000 } : { users: 100_000, sessions: 1_000_000 }

/** Sessions of distinct users, so the hello load reads many rows, as real traffic does. */
async function sessionCookies(server: SesameServer, count: number): Promise<string[]> {
  return Promise.all(server.usernames.slice(0, count).map((name) => logIn(server.origin, name)))
}

function rotate<T>(items: readonly T[]): () => T {
  let index = 0
  return () => items[index++ % items.length] as T
}

function helloSpec(server: Server, cookies: readonly string[]): LoadSpec {
  const cookie = rotate(cookies)
  return {
    url: `${server.origin}/api/hello/`,
    connections,
    durationSeconds: duration,
    next: () => ({ headers: { cookie: cookie() } }),
  }
}

function loginSpec(server: SesameServer): LoadSpec {
  const username = rotate(server.usernames)
  return {
    url: `${server.origin}/api/login/`,
    method: 'POST',
    connections: loginConnections,
    durationSeconds: duration,
    headers: { 'content-type': 'application/json', origin: server.origin },
    next: () => ({
      body: JSON.stringify({ username: username(), password: 'correct-horse-battery-9' }),
    }),
  }
}

async function main(): Promise<void> {
  const startedAt = new Date()
  console.log(
    `Sesame bench: ${rounds} round(s) of ${duration} s (warm-up ${warmup} s), ${connections} connections, ` +
      `${cpus().length} cores, Node ${process.version}`,
  )
  const cleanups: Array<() => Promise<void>> = []
  const rows = new Map<string, Row>()
  const record = (name: string, result: LoadResult, baselineRps: number | null): void => {
    const row = rows.get(name) ?? { name, rounds: [], ratios: [] }
    row.rounds.push(result)
    row.ratios.push(baselineRps ? result.rps / baselineRps : null)
    rows.set(name, row)
    console.log(
      `  ${name.padEnd(42)} ${result.rps.toFixed(0).padStart(7)}/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  ` +
        `errors ${result.errors}  cpu ${result.cpuUsPerRequest.toFixed(0)} µs/req  rss ${(result.peakRssBytes / 2 ** 20).toFixed(0)} MB` +
        (baselineRps ? `  ${(result.rps / baselineRps).toFixed(2)}×` : ''),
    )
  }

  try {
    const baseline = await startBaseline()
    cleanups.push(baseline.stop)
    const fastify = await startFastifyReference()
    cleanups.push(fastify.stop)
    const targets: SesameServer[] = []
    const sqlite = sqliteUrl()
    const users = quick ? 16 : 64
    const embedded = await startSesame({ name: 'sesame sqlite', databaseUrl: sqlite, users })
    cleanups.push(embedded.stop)
    targets.push(embedded)
    if (process.env.BENCH_POSTGRES_URL) {
      const database = await freshPostgres(process.env.BENCH_POSTGRES_URL)
      cleanups.push(database.drop)
      const server = await startSesame({
        name: 'sesame postgres',
        databaseUrl: database.url,
        users,
      })
      cleanups.push(server.stop)
      targets.push(server)
    }
    if (process.env.BENCH_REDIS_URL) {
      // The scale-out configuration: users in PostgreSQL when BENCH_POSTGRES_URL is set (else
      // SQLite), sessions and throttle counters in Redis under a key prefix of this run.
      const prefix = `sesame-bench:${Date.now()}:`
      const postgresUrl = process.env.BENCH_POSTGRES_URL
      const database = postgresUrl ? await freshPostgres(postgresUrl) : null
      if (database) cleanups.push(database.drop)
      const server = await startSesame({
        name: database ? 'sesame postgres + redis' : 'sesame sqlite + redis',
        databaseUrl: database ? database.url : sqliteUrl(),
        users,
        env: { SESSION_STORE: process.env.BENCH_REDIS_URL, REDIS_KEY_PREFIX: prefix },
      })
      cleanups.push(server.stop)
      cleanups.push(() => deleteRedisKeys(process.env.BENCH_REDIS_URL ?? '', prefix))
      targets.push(server)
    }
    const cookies = new Map<SesameServer, string[]>()
    for (const target of targets) cookies.set(target, await sessionCookies(target, users))

    for (let round = 1; round <= rounds; round++) {
      console.log(`Round ${round}/${rounds}`)
      const base = await measure(baseline.pid, { ...helloSpec(baseline, [FAKE_SESSION]) }, warmup)
      record('baseline: GET /api/hello/', base, base.rps)
      record(
        'reference, bare Fastify (no auth): GET /api/hello/',
        await measure(fastify.pid, helloSpec(fastify, [FAKE_SESSION]), warmup),
        base.rps,
      )
      for (const target of targets) {
        const hello = helloSpec(target, cookies.get(target) ?? [])
        const idle = await measure(target.pid, hello, warmup)
        record(`${target.name}: GET /api/hello/ (logged in)`, idle, base.rps)
        record(
          `${target.name}: GET /api/session/ (anonymous)`,
          await measure(
            target.pid,
            { url: `${target.origin}/api/session/`, connections, durationSeconds: duration },
            warmup,
          ),
          base.rps,
        )
        record(
          `${target.name}: POST /api/login/`,
          await measure(target.pid, loginSpec(target), warmup),
          null,
        )
        // A login flood and logged-in reads at once: the reads must not wait on password hashes.
        const [duringFlood, flood] = await Promise.all([
          measure(target.pid, hello),
          measure(target.pid, loginSpec(target)),
        ])
        // Both loads share the process's CPU time, which cannot be split between them: no
        // per-request figure for either.
        record(
          `${target.name}: GET /api/hello/ during a login flood`,
          { ...duringFlood, cpuUsPerRequest: Number.NaN },
          base.rps,
        )
        record(
          `${target.name}: POST /api/login/ (the flood)`,
          { ...flood, cpuUsPerRequest: Number.NaN },
          null,
        )
        const keep = duringFlood.rps / idle.rps
        console.log(
          `    reads kept ${(keep * 100).toFixed(0)}% of their idle throughput during the flood`,
        )
      }
    }

    let scaleResult: { seed: SeedResult; before: number; after: number } | null = null
    const first = targets[0]
    if (!args['no-scale'] && first) {
      console.log(`Scale check: seeding ${scale.users} users and ${scale.sessions} sessions…`)
      const seed = await seedSqlite(sqlite.slice('sqlite:'.length), scale.users, scale.sessions)
      const name = `${first.name}: GET /api/hello/ (logged in)`
      const scaledName = `${first.name}: GET /api/hello/ with ${scale.sessions.toLocaleString('en')} sessions`
      for (let round = 1; round <= rounds; round++) {
        record(
          scaledName,
          await measure(first.pid, helloSpec(first, cookies.get(first) ?? []), warmup),
          null,
        )
      }
      const before = median(rows.get(name)?.rounds.map((r) => r.cpuUsPerRequest) ?? [])
      const after = median(rows.get(scaledName)?.rounds.map((r) => r.cpuUsPerRequest) ?? [])
      scaleResult = { seed, before, after }
      console.log(
        `  CPU per request ${before.toFixed(0)} → ${after.toFixed(0)} µs (${(growth(before, after) * 100).toFixed(0)}%), ` +
          `${seed.bytesPerSession.toFixed(0)} bytes per session on disk`,
      )
    }

    const summaries: Summary[] = [...rows.values()].map(summarize)
    write(startedAt, summaries, [...rows.values()], scaleResult)
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
  }
}

function write(
  startedAt: Date,
  summaries: Summary[],
  rows: Row[],
  scale: { seed: SeedResult; before: number; after: number } | null,
): void {
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-')
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}`
  const title = `Requests/s as a share of a bare node:http server, ${startedAt.toISOString().slice(0, 10)}`
  const table = markdownTable(summaries)
  const scaleText = scale
    ? `Scale check: with ${scale.seed.users.toLocaleString('en')} more users and ` +
      `${scale.seed.sessions.toLocaleString('en')} more sessions, CPU per logged-in request went from ` +
      `${scale.before.toFixed(0)} to ${scale.after.toFixed(0)} µs (${(growth(scale.before, scale.after) * 100).toFixed(0)}%); ` +
      `the database grew by ${scale.seed.bytesPerSession.toFixed(0)} bytes per session.`
    : 'Scale check: not run.'
  const markdown = [
    `# Sesame bench, ${startedAt.toISOString()}`,
    '',
    `Machine: ${machine}. ${rounds} round(s) of ${duration} s after a ${warmup} s warm-up; ` +
      `${connections} connections (${loginConnections} for logins); medians over rounds.`,
    '',
    table,
    '',
    scaleText,
    '',
  ].join('\n')
  mkdirSync(args.out, { recursive: true })
  const base = join(args.out, stamp)
  writeFileSync(
    `${base}.json`,
    JSON.stringify(
      {
        startedAt,
        machine,
        rounds,
        duration,
        warmup,
        connections,
        loginConnections,
        summaries,
        rows,
        scale,
      },
      null,
      2,
    ) + '\n',
  )
  writeFileSync(`${base}.md`, markdown)
  writeFileSync(`${base}.svg`, svgChart(summaries, title))
  console.log(`\n${markdown}\nWrote ${base}.json, .md and .svg`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
