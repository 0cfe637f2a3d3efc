/**
 * Builds the Sesame app (never listens: CONTRIBUTING.md, Build, don't start). Tests call `buildApp` and drive it with
 * `inject()`; `server.ts` adds the socket.
 */
import cookie from '@fastify/cookie'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import type { PasswordHasher } from './auth/password.hasher.js'
import { systemClock, type Clock } from './core/clock.js'
import type { Config } from './core/config.js'
import { openDatabase, type Db } from './db/database.js'
import { accountRoutes } from './http/account.routes.js'
import { adminGroupRoutes } from './http/admin-groups.routes.js'
import { adminRoutes } from './http/admin.routes.js'
import { auditRoutes } from './http/audit.routes.js'
import { authRoutes } from './http/auth.routes.js'
import {
  clientErrorHandler,
  frameworkErrorHandler,
  registerErrorHandlers,
} from './http/error-handler.js'
import { forwardAuthRoutes } from './http/forward-auth.routes.js'
import { healthRoutes } from './http/health.routes.js'
import { BODY_LIMIT_BYTES, registerJsonBodyParser } from './http/json-body.js'
import { registerOpenApi } from './http/openapi.js'
import { DEFAULT_WEB_ROOT, registerSpa } from './http/spa.js'
import { registerOriginCheck } from './security/csrf.js'
import { registerSecurityHeaders } from './security/headers.js'
import { registerHostCheck } from './security/host-check.js'
import { registerCookieTossingCheck } from './security/cookie-tossing.js'
import { registerForwardedHeaderCheck } from './self-check.js'
import { registerSessionResolution } from './http/session.plugin.js'
import { createServices, type Services } from './services.js'

declare module 'fastify' {
  interface FastifyInstance {
    services: Services
  }
}

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
}

/** Header and cookie values that must never reach a log line. */
const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrftoken"]',
  'res.headers["set-cookie"]',
]

export async function buildApp(
  config: Config,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const clock = options.clock ?? systemClock
  const logger = options.logger ?? { level: config.logLevel }
  const app = Fastify({
    logger: logger === false ? false : { ...logger, redact: REDACTED_PATHS },
    trustProxy: typeof config.trustProxy === 'boolean' ? config.trustProxy : [...config.trustProxy],
    bodyLimit: BODY_LIMIT_BYTES,
    logController: new LogController({ disableRequestLogging: !config.logRequests }),
    routerOptions: { ignoreTrailingSlash: true },
    // Garbage never reaches a handler as a 500: Fastify answers these with 400 itself.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>()

  const db = options.db ?? openDatabase(config.databaseUrl)
  const services = createServices(config, db, {
    clock,
    log: app.log,
    passwordHasher: options.passwordHasher,
  })
  app.decorate('services', services)
  // onClose hooks run in the order added: the services still write (counted refusals) first.
  app.addHook('onClose', async () => services.close())
  if (!options.db) app.addHook('onClose', async () => db.destroy())

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  const webRoot = options.webRoot ?? config.webRoot ?? DEFAULT_WEB_ROOT
  const spa = await registerSpa(app, webRoot)
  if (!spa) {
    app.log.warn(`No index.html in ${webRoot}: serving the API only (npm run build builds the app)`)
  }
  registerErrorHandlers(app, { spa })
  registerJsonBodyParser(app)
  const httpsOrigin = config.publicOrigin?.startsWith('https:') ?? false
  registerSecurityHeaders(app, {
    isSecure: (request) => httpsOrigin || request.protocol === 'https',
  })
  registerHostCheck(app, config.allowedHosts)
  const cookieNames = { sessionName: config.sessionCookieName, csrfName: config.csrfCookieName }
  registerCookieTossingCheck(app, cookieNames)
  await app.register(cookie)
  registerOriginCheck(app, {
    publicOrigin: config.publicOrigin,
    trustedOrigins: config.trustedOrigins,
  })
  registerForwardedHeaderCheck(app, config)
  registerSessionResolution(app, services.sessions, config.sessionCookieName)
  await registerOpenApi(app)

  await app.register(healthRoutes, { db, redis: services.redis })
  const userRoutesOptions = {
    login: services.login,
    users: services.users,
    sessions: services.sessions,
    clock,
    cookies: { security: config.cookieSecure, ...cookieNames },
  }
  await app.register(authRoutes, userRoutesOptions)
  await app.register(accountRoutes, userRoutesOptions)
  await app.register(forwardAuthRoutes, {
    users: services.users,
    publicOrigin: config.publicOrigin,
    trustedOrigins: config.trustedOrigins,
  })
  await app.register(adminRoutes, {
    users: services.users,
    groups: services.groups,
    sessions: services.sessions,
  })
  await app.register(adminGroupRoutes, {
    users: services.users,
    groups: services.groups,
    sessions: services.sessions,
  })
  await app.register(auditRoutes, {
    users: services.users,
    audit: services.audit,
    trustedOrigins: config.trustedOrigins,
  })
  return app
}
