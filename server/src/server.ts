/**
 * Listens (CONTRIBUTING.md, Build, don't start): migrates the database, builds the app, serves on HOST:PORT and
 * closes cleanly on SIGINT/SIGTERM. `npm start` and `sesame serve` both end up here.
 */
import { pathToFileURL } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import { checkSesameApp, type SesameApp } from './app-definition.js'
import { prepareDummyHash } from './auth/password.hasher.js'
import { ConfigError, loadConfig, loadDotEnv, type Config } from './core/config.js'
import { openDatabase } from './db/database.js'
import { upgradeDatabase } from './upgrade.js'
import { redisPersistence, waitForRedis } from './redis/connection.js'
import { checkConfiguration, checkRedisPersistence } from './self-check.js'

export async function serve(
  config: Config,
  options: {
    /** An app built on Sesame (docs/build-your-app.md): served instead of the demo route and web app. */
    app?: SesameApp | null
  } = {},
): Promise<FastifyInstance> {
  const { errors, warnings } = checkConfiguration(config)
  if (errors.length) throw new ConfigError(`Refusing to start:\n  ${errors.join('\n  ')}`)
  if (options.app) checkSesameApp(options.app)
  const db = openDatabase(config.databaseUrl)
  await upgradeDatabase(db, options.app ?? null)
  const app = await buildApp(config, { db, ...(options.app ? { app: options.app } : {}) })
  // The first unknown-user login must not pay for making the dummy hash on top of verifying it.
  await prepareDummyHash()
  app.addHook('onClose', async () => db.destroy())
  for (const warning of warnings) app.log.warn(warning)
  const { redis } = app.services
  if (redis) {
    try {
      await waitForRedis(redis)
      for (const warning of checkRedisPersistence(await redisPersistence(redis))) {
        app.log.warn(warning)
      }
    } catch {
      // Started anyway: requests that need Redis get 503 until it answers, then work again.
      app.log.error('Redis does not answer yet: requests that need sessions get 503 until it does')
    }
  }
  await app.listen({ port: config.port, host: config.host })
  if ((await app.services.users.count()) === 0) {
    console.log('No users yet. Create the first one with: npx sesame createsuperuser')
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down')
      void app.close()
    })
  }
  return app
}

async function main(): Promise<void> {
  try {
    loadDotEnv()
    await serve(loadConfig())
  } catch (error) {
    // A bad variable or an unreachable database: one clear line, no stack trace.
    const message = error instanceof ConfigError ? error.message : `Cannot start: ${String(error)}`
    console.error(message)
    process.exitCode = 1
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main()
