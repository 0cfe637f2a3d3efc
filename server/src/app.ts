/**
 * Builds the default Sesame server (never listens: CONTRIBUTING.md, Build, don't start): the
 * plugin (plugin.ts) on a Fastify instance created with Sesame's options, the built web app, and
 * the demo route `GET /api/hello/`. Tests call `buildApp` and drive it with `inject()`;
 * `server.ts` adds the socket. An app built on Sesame does the same with its own routes
 * (docs/build-your-app.md).
 */
import Fastify, { type FastifyInstance } from 'fastify'
import type { SesameApp } from './app-definition.js'
import type { PasswordHasher } from './auth/password.hasher.js'
import type { Clock } from './core/clock.js'
import type { Config } from './core/config.js'
import type { Db } from './db/database.js'
import { helloRoutes } from './http/hello.routes.js'
import { DEFAULT_WEB_ROOT } from './http/spa.js'
import { sesame, sesameFastifyOptions } from './plugin.js'

export interface BuildOptions {
  /** An open database; by default one is opened from `config.databaseUrl` and closed with the app. */
  db?: Db
  clock?: Clock
  /** The built SPA to serve; default WEB_ROOT, else `web/dist`. Without an index.html only the API is served. */
  webRoot?: string
  /** false silences the app (tests); a level and stream capture its log. Default: LOG_LEVEL. */
  logger?: false | { level: string; stream?: NodeJS.WritableStream }
  /**
   * Tests only: a hasher at a cheap argon2 cost. Not in `Config`, so no variable or .env can
   * lower the cost; `server.ts` and the CLI never pass one (the OWASP cost).
   */
  passwordHasher?: PasswordHasher
  /** Apply pending migrations first (`serve()`; the tests migrate their databases themselves). */
  migrate?: boolean
  /** The plugin's start-up checks (`serve()`; off for tests, which build many configurations). */
  startupChecks?: boolean
  /**
   * An app built on Sesame (`sesame serve` in its folder): its routes and page replace the demo
   * route and Sesame's web app.
   */
  app?: SesameApp
}

export async function buildApp(
  config: Config,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify(sesameFastifyOptions(config, { logger: options.logger }))
  const webRoot = options.app
    ? (options.webRoot ?? options.app.webRoot)
    : (options.webRoot ?? config.webRoot ?? DEFAULT_WEB_ROOT)
  await app.register(sesame, {
    config,
    ...(options.app ? { app: options.app } : {}),
    ...(options.db ? { db: options.db } : {}),
    ...(webRoot === undefined ? {} : { webRoot }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.passwordHasher ? { passwordHasher: options.passwordHasher } : {}),
    migrate: options.migrate ?? false,
    startupChecks: options.startupChecks ?? false,
  })
  if (!options.app) await app.register(helloRoutes)
  return app
}
