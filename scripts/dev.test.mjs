// Run by `npm test` (node --test): `npm run dev` brings up the server and Vite, Vite's /api proxy
// reaches the server, and Ctrl+C stops both.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function poll(url, deadline) {
  for (;;) {
    try {
      return await fetch(url)
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

test('npm run dev serves the app with hot reload and proxies /api to the server', async () => {
  const [apiPort, devPort] = [await freePort(), await freePort()]
  const dir = mkdtempSync(join(tmpdir(), 'sesame-dev-'))
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'dev.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(apiPort),
      DEV_PORT: String(devPort),
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite3')}`,
      LOG_LEVEL: 'warn',
    },
    stdio: 'pipe',
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => child.on('exit', resolve))
  try {
    const deadline = Date.now() + 60_000
    const page = await poll(`http://localhost:${devPort}/`, deadline)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /@vite\/client/) // Vite's dev server, with its HMR client

    // Through Vite's proxy to the server (which may still be starting).
    let session
    do {
      session = await poll(`http://localhost:${devPort}/api/session/`, deadline)
    } while (session.status !== 200 && Date.now() < deadline)
    assert.equal(session.status, 200, output)
    assert.deepEqual(await session.json(), { user: null })
  } finally {
    child.kill('SIGINT')
    await exited
    rmSync(dir, { recursive: true, force: true })
  }
  assert.match(output, /\[server\]/)
  assert.match(output, /\[web\]/)
  // Both are gone: nothing answers on either port any more.
  await assert.rejects(fetch(`http://127.0.0.1:${apiPort}/healthz`))
  await assert.rejects(fetch(`http://localhost:${devPort}/`))
})
