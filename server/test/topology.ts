/**
 * The scale-out topology for tests (issue #6): Sesame instances as real processes
 * (`server/dist/server.js`, as `npm start` runs them) behind a real nginx running the shipped
 * `deploy/nginx/sesame.conf`, rewritten only where a test machine differs (upstream addresses,
 * ports, file paths; the same rewrite as deploy/nginx/check.sh).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { request } from 'node:https'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = dirname(fileURLToPath(import.meta.url))
export const SERVER_ENTRY = join(HERE, '..', 'dist', 'server.js')
export const NGINX = process.env.SESAME_TEST_NGINX ?? '/usr/sbin/nginx'
const FORWARD_AUTH_CONF = join(HERE, '..', '..', 'deploy', 'nginx', 'forward-auth.conf')
const SHIPPED_CONF = join(HERE, '..', '..', 'deploy', 'nginx', 'sesame.conf')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}

export interface Instance {
  port: number
  origin: string
  stop(): Promise<void>
  start(): Promise<void>
}

/** One Sesame process on `port`, started and waited for (`/healthz`). */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  let child: ChildProcess | null = null
  let output = ''
  const origin = `http://127.0.0.1:${port}`
  const instance: Instance = {
    port,
    origin,
    async start(): Promise<void> {
      child = spawn(process.execPath, [SERVER_ENTRY], {
        env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
      await waitFor(
        async () => (await fetch(`${origin}/healthz`)).ok,
        `Sesame on ${port}: ${output.slice(-2000)}`,
      )
    },
    async stop(): Promise<void> {
      const running = child
      child = null
      if (!running || running.exitCode !== null) return
      const exited = new Promise((resolve) => running.once('exit', resolve))
      running.kill('SIGTERM')
      await exited
    },
  }
  await instance.start()
  return instance
}

export interface Nginx {
  /** https://localhost:<port>, the public origin (self-signed certificate). */
  origin: string
  accessLog(): string
  stop(): Promise<void>
}

/**
 * The shipped nginx configuration in front of `upstreams`, on a free HTTPS port. With
 * `forwardAuthApp`, the shipped forward-auth snippet (deploy/nginx/forward-auth.conf) is included
 * in the HTTPS server, as its header says, with the app at that port.
 */
export async function startNginx(
  upstreams: [number, number],
  options: { forwardAuthApp?: number } = {},
): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-nginx-'))
  // mkdtemp makes it 0700; run as root, nginx's workers (user nobody) must reach the asset cache.
  chmodSync(dir, 0o755)
  for (const sub of ['certs', 'logs', 'cache', 'temp', 'acme']) mkdirSync(join(dir, sub))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-days',
      '1',
      '-keyout',
      join(dir, 'certs', 'privkey.pem'),
      '-out',
      join(dir, 'certs', 'fullchain.pem'),
    ],
    { stdio: 'ignore' },
  )
  const [httpPort, httpsPort] = [await freePort(), await freePort()]
  const conf = readFileSync(SHIPPED_CONF, 'utf8')
    .replace(/app1:8000/g, `127.0.0.1:${upstreams[0]}`)
    .replace(/app2:8000/g, `127.0.0.1:${upstreams[1]}`)
    .replace(/listen 80;/g, `listen 127.0.0.1:${httpPort};`)
    .replace(/listen 443 ssl/g, `listen 127.0.0.1:${httpsPort} ssl`)
    .replace(/\/etc\/nginx\/certs\//g, `${dir}/certs/`)
    .replace(/\/var\/cache\/nginx-sesame/g, `${dir}/cache`)
    .replace(/\/var\/log\/nginx\//g, `${dir}/logs/`)
    .replace(/\/var\/www\/acme/g, `${dir}/acme`)
  let withSnippet = conf
  if (options.forwardAuthApp !== undefined) {
    const snippet = readFileSync(FORWARD_AUTH_CONF, 'utf8').replace(
      /127\.0\.0\.1:9000/g,
      `127.0.0.1:${options.forwardAuthApp}`,
    )
    writeFileSync(join(dir, 'forward-auth.conf'), snippet)
    // Inside the HTTPS server, after its proxy settings: before its first location.
    withSnippet = conf.replace(
      /^(\s*)location \/api\/ \{/m,
      `$1include ${dir}/forward-auth.conf;\n$1location /api/ {`,
    )
    if (withSnippet === conf) throw new Error('sesame.conf has no "location /api/ {" any more')
  }
  writeFileSync(join(dir, 'sesame.conf'), withSnippet)
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/logs/error.log warn;`,
      'events {}',
      'http {',
      `  client_body_temp_path ${dir}/temp/body;`,
      `  proxy_temp_path ${dir}/temp/proxy;`,
      `  fastcgi_temp_path ${dir}/temp/fastcgi;`,
      `  uwsgi_temp_path ${dir}/temp/uwsgi;`,
      `  scgi_temp_path ${dir}/temp/scgi;`,
      `  include ${dir}/sesame.conf;`,
      '}',
      '',
    ].join('\n'),
  )
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const origin = `https://localhost:${httpsPort}`
  await waitFor(
    async () => (await httpsRequest(origin, { path: '/healthz' })).status > 0,
    `nginx: ${errors}`,
  )
  return {
    origin,
    accessLog: () => {
      const path = join(dir, 'logs', 'access.log')
      return existsSync(path) ? readFileSync(path, 'utf8') : ''
    },
    async stop(): Promise<void> {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGQUIT')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface HttpsResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A request to the test nginx (self-signed certificate: not verified, test only). */
export function httpsRequest(
  origin: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<HttpsResponse> {
  const url = new URL(options.path, origin)
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, rejectUnauthorized: false },
      (response) => {
        let body = ''
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        )
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** A minimal cookie jar: name → value from Set-Cookie, sent back as one Cookie header. */
export class CookieJar {
  readonly cookies = new Map<string, string>()

  take(response: { headers: Record<string, string | string[] | undefined> }): void {
    const raw = response.headers['set-cookie']
    for (const line of raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) {
      const [pair = ''] = line.split(';')
      const index = pair.indexOf('=')
      const name = pair.slice(0, index)
      const value = pair.slice(index + 1)
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}
