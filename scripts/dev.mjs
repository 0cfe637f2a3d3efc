// `npm run dev`: the server with reload (tsx watch) and Vite's dev server with hot reload, whose
// /api proxy points at that server. Ctrl+C stops both; if either exits, the other is stopped too.
// PORT (default 8000) is the server's port, DEV_PORT (default 5173) Vite's.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const apiPort = process.env.PORT ?? '8000'
const devPort = process.env.DEV_PORT ?? '5173'
/** A workspace's own binary first (web pins its Vite), then the hoisted one. */
const bin = (name, workspace = '.') =>
  [
    join(ROOT, workspace, 'node_modules', '.bin', name),
    join(ROOT, 'node_modules', '.bin', name),
  ].find((path) => existsSync(path)) ?? name

const children = [
  start('server', bin('tsx'), ['watch', '--clear-screen=false', 'server/src/server.ts'], ROOT),
  start('web', bin('vite', 'web'), ['--port', devPort, '--strictPort'], join(ROOT, 'web'), {
    SESAME_API_URL: `http://127.0.0.1:${apiPort}`,
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
  child.on('exit', (code, signal) => {
    console.log(`[dev] ${name} exited (${signal ?? code}); stopping`)
    stopAll(code ?? 1)
  })
  return child
}

let stopping = false
function stopAll(code) {
  if (stopping) return
  stopping = true
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exitCode = code
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stopAll(0))
