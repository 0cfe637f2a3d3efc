/**
 * Listens (CONTRIBUTING.md, Build, don't start): migrates the database, builds the app, serves on HOST:PORT and
 * closes cleanly on SIGINT/SIGTERM. `npm start` and `sesame serve` both end up here.
 */
import { pathToFileURL } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import { checkSesameApp, type SesameApp } from './app-definition.js'
import { ConfigError, loadConfig, loadDotEnv, type Config } from './core/config.js'
import { checkConfiguration } from './self-check.js'

export async function serve(
  config: Config,
  options: {
    /** An app built on Sesame (docs/build-your-app.md): served instead of the demo route and web app. */
    app?: SesameApp | null
  } = {},
): Promise<FastifyInstance> {
  // Before anything is opened: a configuration error is one clear message, nothing half-started.
  const { errors } = checkConfiguration(config)
  if (errors.length) throw new ConfigError(`Refusing to start:\n  ${errors.join('\n  ')}`)
  if (options.app) checkSesameApp(options.app)
  // The plugin opens the database, migrates it (Sesame's, then the app's), logs the
  // configuration's warnings, prepares the dummy hash and checks Redis; it closes the database.
  const app = await buildApp(config, {
    ...(options.app ? { app: options.app } : {}),
    migrate: true,
    startupChecks: true,
  })
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
