/**
 * `npm run profile -w bench`: one Sesame (SQLite) under the logged-in GET /api/hello/ load, with
 * `node --cpu-prof`; writes the .cpuprofile (open it in Chrome DevTools) and prints the
 * functions that used the most CPU. Options: --duration S (10), --out DIR (bench/results/profiles),
 * --postgres URL (a fresh database on that server instead of SQLite), --redis URL (sessions and
 * throttle counters in Redis).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { measure } from './load.js'
import { freshPostgres, logIn, sqliteUrl, startSesame } from './targets.js'

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    out: {
      type: 'string',
      default: join(dirname(fileURLToPath(import.meta.url)), '..', 'results', 'profiles'),
    },
    path: { type: 'string', default: '/api/hello/' },
    postgres: { type: 'string' },
    redis: { type: 'string' },
  },
})

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time per function, as a share of all samples. */
export function topFunctions(profile: Profile, count: number): Array<[string, number]> {
  const time = new Map<number, number>()
  profile.samples.forEach((id, index) =>
    time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
  )
  const total = [...time.values()].reduce((sum, value) => sum + value, 0)
  const byFunction = new Map<string, number>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame
    const where = url.replace(/^.*node_modules\//, '').replace(/^.*\/(server|bench)\//, '$1/')
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + (time.get(node.id) ?? 0))
  }
  return [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, value]) => [key, value / total])
}

const database = args.postgres ? await freshPostgres(args.postgres) : null
const server = await startSesame({
  name: 'sesame',
  databaseUrl: database ? database.url : sqliteUrl(),
  users: 64,
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${args.out}`],
  ...(args.redis
    ? { env: { SESSION_STORE: args.redis, REDIS_KEY_PREFIX: `sesame-profile:${Date.now()}:` } }
    : {}),
})
try {
  const cookies = await Promise.all(server.usernames.map((name) => logIn(server.origin, name)))
  let index = 0
  const result = await measure(
    server.pid,
    {
      url: `${server.origin}${args.path}`,
      connections: 64,
      durationSeconds: Number(args.duration),
      next: () => ({ headers: { cookie: cookies[index++ % cookies.length] ?? '' } }),
    },
    2,
  )
  console.log(
    `${result.rps.toFixed(0)} requests/s, ${result.cpuUsPerRequest.toFixed(0)} µs CPU per request`,
  )
} finally {
  await server.stop()
  await database?.drop()
}
// One profile per thread (the hash pool's workers write theirs too); the request path is in the
// main thread's, the biggest of this run's.
const newest = readdirSync(args.out)
  .filter((name) => name.endsWith('.cpuprofile') && name.includes(`.${server.pid}.`))
  .sort((a, b) => statSync(join(args.out, b)).size - statSync(join(args.out, a)).size)
  .at(0)
if (newest) {
  const profile = JSON.parse(readFileSync(join(args.out, newest), 'utf8')) as Profile
  console.log(`${join(args.out, newest)}\nself time:`)
  for (const [name, share] of topFunctions(profile, 30)) {
    console.log(`${(share * 100).toFixed(1).padStart(6)}%  ${name}`)
  }
}
