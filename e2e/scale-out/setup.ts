/**
 * Global setup of playwright.scale-out.config.ts: the scale-out shape of issue #6 for the whole
 * run, from the helpers of the server's own tests. A fresh PostgreSQL database
 * (server/test/postgres.ts) and a fresh Redis key prefix (server/test/redis.ts); the test users
 * created in them by the CLI, as playwright.config.ts does on SQLite; two Sesame instances sharing
 * both; and a real nginx running the shipped deploy/nginx/sesame.conf in front of them, HTTPS on a
 * free port with a self-signed certificate (server/test/topology.ts). The returned teardown stops
 * everything, drops the database and deletes the keys; a setup that fails halfway undoes what it
 * started.
 *
 * Workers start after this and inherit its environment, SESAME_E2E_TOPOLOGY included
 * (scale-out/control.ts): nginx's origin (the config's baseURL), the control endpoint, instances.
 */
import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { freshPostgresDatabase } from '../../server/test/postgres.js'
import { REDIS_TEST_URL, testRedis } from '../../server/test/redis.js'
import {
  freePort,
  startInstance,
  startNginx,
  type Instance,
  type Nginx,
} from '../../server/test/topology.js'
import { ACCOUNT_USERS, E2E_USER } from '../shared.js'
import { TOPOLOGY_VARIABLE, type Topology } from './control.js'

const E2E_DIR = fileURLToPath(new URL('..', import.meta.url))
const CLI = fileURLToPath(new URL('../../server/dist/cli/main.js', import.meta.url))

type Cleanup = () => Promise<void>

export default async function globalSetup(): Promise<Cleanup> {
  const cleanups: Cleanup[] = []
  const teardown: Cleanup = async () => {
    const errors: unknown[] = []
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => errors.push(error))
    if (errors.length > 0) throw new AggregateError(errors, 'scale-out teardown failed')
  }
  try {
    const postgres = await freshPostgresDatabase('e2e')
    if (!postgres) throw new Error('PostgreSQL is needed at 127.0.0.1:5432 (see run.mjs)')
    cleanups.push(() => postgres.drop())
    const redis = await testRedis('e2e')
    if (!redis) throw new Error('Redis is needed at 127.0.0.1:6379 (see run.mjs)')
    cleanups.push(() => redis.cleanup())
    const shared = {
      DATABASE_URL: postgres.url,
      SESSION_STORE: REDIS_TEST_URL,
      REDIS_KEY_PREFIX: redis.prefix,
      LOG_LEVEL: 'warn',
    }
    await Promise.all([E2E_USER, ...Object.values(ACCOUNT_USERS)].map((u) => createUser(u, shared)))

    const ports = await twoFreePorts()
    // nginx first: the instances need its origin. Until they listen it answers 503 itself.
    const nginx = await startNginx(ports)
    cleanups.push(() => nginx.stop())
    const instances: Instance[] = []
    for (const port of ports) {
      const instance = await startInstance(port, {
        ...shared,
        TRUST_PROXY: '127.0.0.1',
        // nginx forwards Host without the port ($host), so the origin must be configured.
        PUBLIC_ORIGIN: nginx.origin,
      })
      cleanups.push(() => instance.stop())
      instances.push(instance)
    }

    const control = await startControl(nginx, instances)
    cleanups.push(() => new Promise((resolve) => control.close(() => resolve())))
    const topology: Topology = {
      origin: nginx.origin,
      control: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
      instances: ports.map((port) => ({ upstream: `127.0.0.1:${port}` })),
    }
    process.env[TOPOLOGY_VARIABLE] = JSON.stringify(topology)
    return teardown
  } catch (error) {
    await teardown().catch((teardownError: unknown) => console.error(teardownError))
    throw error
  }
}

/** `sesame createsuperuser --no-input` against the shared database, as playwright.config.ts. */
async function createUser(
  user: { username: string; password: string },
  env: Record<string, string>,
): Promise<void> {
  await promisify(execFile)(process.execPath, [CLI, 'createsuperuser', '--no-input'], {
    cwd: E2E_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      ...env,
      SESAME_USERNAME: user.username,
      SESAME_PASSWORD: user.password,
    },
  })
}

async function twoFreePorts(): Promise<[number, number]> {
  const first = await freePort()
  let second = await freePort()
  while (second === first) second = await freePort()
  return [first, second]
}

/** The control endpoint of scale-out/control.ts, on a free port of 127.0.0.1. */
async function startControl(nginx: Nginx, instances: Instance[]): Promise<Server> {
  const running = instances.map(() => true)
  /** Idempotent: starting a running instance would spawn a second process on its port. */
  async function set(index: number, action: 'stop' | 'start'): Promise<void> {
    const instance = instances[index]
    if (!instance || running[index] === (action === 'start')) return
    await instance[action]()
    running[index] = action === 'start'
  }
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/access-log') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end(nginx.accessLog())
      return
    }
    const match = /^\/instances\/(\d+)\/(stop|start)$/.exec(request.url ?? '')
    if (request.method !== 'POST' || !match || !instances[Number(match[1])]) {
      response.writeHead(404).end()
      return
    }
    set(Number(match[1]), match[2] === 'stop' ? 'stop' : 'start').then(
      () => response.writeHead(204).end(),
      (error: unknown) => response.writeHead(500).end(String(error)),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}
