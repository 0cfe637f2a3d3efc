// `npm run dev`: the server with reload (tsx watch) and Vite's dev server with hot reload, whose
// /api proxy points at that server. Ctrl+C stops both; if either exits, the other is stopped too.
// PORT (default 8000) is the server's port, DEV_PORT (default 5173) Vite's.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEnv } from 'node:util'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
// The server reads .env itself; read it here too, so the proxy aims where the server listens.
const env = { ...readDotEnv(join(ROOT, '.env')), ...process.env }
const apiPort = env.PORT || '8000'
const devPort = env.DEV_PORT || '5173'
const apiHost = proxyHost(env.HOST || '127.0.0.1')
/** A workspace's own binary first (web pins its Vite), then the hoisted one. */
const bin = (name, workspace = '.') =>
  [
    join(ROOT, workspace, 'node_modules', '.bin', name),
    join(ROOT, 'node_modules', '.bin', name),
  ].find((path) => existsSync(path)) ?? name

const children = [
  start('server', bin('tsx'), ['watch', '--clear-screen=false', 'server/src/server.ts'], ROOT),
  start('web', bin('vite', 'web'), ['--port', devPort, '--strictPort'], join(ROOT, 'web'), {
    SESAME_API_URL: `http://${apiHost}:${apiPort}`,
  }),
]
console.log(`[dev] open http://localhost:${devPort}/ (API on port ${apiPort}, proxied at /api)`)

function start(name, command, args, cwd, env = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const prefix = (stream, out) => {
    let rest = ''
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) out.write(`[${name}] ${line}\n`)
    })
  }
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  // A binary that cannot start (missing, not executable) must not leave the other one running.
  child.on('error', (error) => {
    console.error(`[dev] ${name} could not start: ${error.message}`)
    stopAll(1)
  })
  child.on('exit', (code, signal) => {
    console.log(`[dev] ${name} exited (${signal ?? code}); stopping`)
    stopAll(code ?? 1)
  })
  return child
}

/** Variables of a .env file (Node's own parser), without touching process.env; {} if none. */
function readDotEnv(path) {
  return existsSync(path) ? parseEnv(readFileSync(path, 'utf8')) : {}
}

/** Where to reach a server listening on HOST: a wildcard means this machine. */
function proxyHost(host) {
  if (host === '0.0.0.0') return '127.0.0.1'
  if (host === '::') return '[::1]'
  return host.includes(':') ? `[${host}]` : host
}

let stopping = false
function stopAll(code) {
  if (stopping) return
  stopping = true
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exitCode = code
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stopAll(0))
