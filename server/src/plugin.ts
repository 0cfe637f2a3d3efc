/**
 * Sesame as a Fastify plugin (docs/build-your-app.md): `app.register(sesame, { config })` gives an
 * app Sesame's API (login, logout, sessions, account, admin, forward auth), its security layers on
 * every route of the app (host check, security headers, both CSRF layers, session resolution),
 * its error format, and `app.sesame`: the services, the database handle and route guards. The
 * default server (app.ts) is built from this same plugin.
 *
 * Registered without encapsulation (Fastify's `skip-override`, what `fastify-plugin` sets): its
 * hooks, decorators and error handlers apply to the app's own routes, so an app route cannot
 * forget CSRF. Sesame's own routes live in a child context with the zod compilers, so the app
 * keeps Fastify's default JSON-schema validation (or sets its own) for its routes.
 */
import cookie from '@fastify/cookie'
import type {
  FastifyPluginAsync,
  FastifyRequest,
  FastifyServerOptions,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { LogController } from 'fastify'
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import type { Kysely } from 'kysely'
import { checkSesameApp, type SesameApp } from './app-definition.js'
import { defaultPasswordHasher, type PasswordHasher } from './auth/password.hasher.js'
import { systemClock, type Clock } from './core/clock.js'
import { ConfigError, type Config } from './core/config.js'
import { openDatabase, type Db } from './db/database.js'
import type { Database } from './db/schema.js'
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
import { heldPermissionOrThrow, reauthenticatedOrThrow } from './http/guards.js'
import { healthRoutes } from './http/health.routes.js'
import { BODY_LIMIT_BYTES, registerJsonBodyParser } from './http/json-body.js'
import { registerOpenApi } from './http/openapi.js'
import { authOrThrow, registerSessionResolution } from './http/session.plugin.js'
import { registerSpa } from './http/spa.js'
import { registerCookieTossingCheck } from './security/cookie-tossing.js'
import { registerOriginCheck } from './security/csrf.js'
import { registerSecurityHeaders } from './security/headers.js'
import { registerHostCheck } from './security/host-check.js'
import { redisPersistence, waitForRedis } from './redis/connection.js'
import {
  checkConfiguration,
  checkRedisPersistence,
  registerForwardedHeaderCheck,
} from './self-check.js'
import { createServices, type Services } from './services.js'
import type { ValidSession } from './sessions/session.service.js'
import { upgradeDatabase } from './upgrade.js'

/** What `app.sesame` offers an app's routes. */
export interface SesameDecoration {
  readonly config: Config
  readonly services: Services
  /** The database handle Sesame uses (one pool for Sesame and the app). */
  readonly db: Db
  /** The same handle, typed with the app's own tables besides Sesame's. */
  database<Tables extends object>(): Kysely<Database & Tables>
  /** preHandler: 401 `not_authenticated` unless the request carries a valid session. */
  requireUser(): preHandlerAsyncHookHandler
  /**
   * preHandler: 401 anonymous; 403 `permission_denied` unless the user holds `permission` now
   * (read from the database on every request: removing it takes effect on the next one). A
   * superuser holds every permission. Throws at once for a permission nobody declared.
   */
  requirePermission(permission: string): preHandlerAsyncHookHandler
  /** preHandler: 401 anonymous; 403 `reauthentication_required` unless the password was entered within REAUTH_WINDOW. */
  requireReauthentication(): preHandlerAsyncHookHandler
  /** The caller's session and user, typed; throws 401 `not_authenticated` for anonymous requests. */
  auth(request: FastifyRequest): ValidSession
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Sesame's services (the same object as `sesame.services`). */
    services: Services
    sesame: SesameDecoration
  }
}

export interface SesameOptions {
  config: Config
  /** What the app brings: its name, migrations, permissions, "user created" hook, routes, page. */
  app?: SesameApp
  /** An open database; by default one is opened from `config.databaseUrl` and closed with the app. */
  db?: Db
  /**
   * Apply pending migrations (Sesame's, then the app's) before the app serves. Default true;
   * false when the caller migrates first (`serve()` does, the tests do).
   */
  migrate?: boolean
  /**
   * Check the configuration as `npm start` does (default true): refuse to start on an error
   * (`ConfigError`: an HTTPS origin with `COOKIE_SECURE=false`, a bad cookie prefix…), log the
   * warnings; when ready, compute the dummy hash that unknown-user logins verify against (so the
   * first one takes no longer than a real one) and check Redis's persistence. Tests turn it off.
   */
  startupChecks?: boolean
  /**
   * A built single-page app to serve (an index.html and its assets) for page paths. Default: the
   * app's `webRoot`; none serves only the API.
   */
  webRoot?: string
  clock?: Clock
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

/**
 * The options to create the Fastify instance with (`Fastify(sesameFastifyOptions(config))`): the
 * proxies to trust (TRUST_PROXY: client addresses for throttling, HTTPS), the body limit, log
 * redaction of cookies and tokens, trailing-slash paths as Django has them, and 400s instead of
 * 500s for garbage before routing. They cannot be set by a plugin once the instance exists.
 */
export function sesameFastifyOptions(
  config: Config,
  options: { logger?: false | { level: string; stream?: NodeJS.WritableStream } } = {},
): FastifyServerOptions {
  const logger = options.logger ?? { level: config.logLevel }
  return {
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
  }
}

const sesamePlugin: FastifyPluginAsync<SesameOptions> = async (app, options) => {
  const { config } = options
  const sesameApp = options.app ?? null
  if (sesameApp) checkSesameApp(sesameApp)
  const startupChecks = options.startupChecks !== false
  if (startupChecks) {
    const { errors, warnings } = checkConfiguration(config)
    if (errors.length) throw new ConfigError(`Refusing to start:\n  ${errors.join('\n  ')}`)
    for (const warning of warnings) app.log.warn(warning)
  }
  const clock = options.clock ?? systemClock

  const db = options.db ?? openDatabase(config.databaseUrl)
  if (options.migrate !== false) {
    try {
      for (const name of (await upgradeDatabase(db, sesameApp)).applied) {
        app.log.info(`Applied migration ${name}`)
      }
    } catch (error) {
      if (!options.db) await db.destroy()
      throw error
    }
  }
  const services = createServices(config, db, {
    clock,
    log: app.log,
    passwordHasher: options.passwordHasher,
    app: sesameApp,
  })
  app.decorate('services', services)
  // One hook, so the order is certain (Fastify runs a context's onClose hooks last added first):
  // the services still write (refusals counted since the last flush), then the database closes.
  app.addHook('onClose', async () => {
    try {
      await services.close()
    } finally {
      if (!options.db) await db.destroy()
    }
  })
  if (startupChecks) {
    app.addHook('onReady', async () => {
      // The first unknown-user login must not pay for making the dummy hash on top of verifying it.
      await (options.passwordHasher ?? defaultPasswordHasher).prepareDummy()
      const { redis } = services
      if (!redis) return
      try {
        await waitForRedis(redis)
        for (const warning of checkRedisPersistence(await redisPersistence(redis))) {
          app.log.warn(warning)
        }
      } catch {
        // Started anyway: requests that need Redis get 503 until it answers, then work again.
        app.log.error(
          'Redis does not answer yet: requests that need sessions get 503 until it does',
        )
      }
    })
  }

  const known = new Set(services.permissions.names)
  app.decorate('sesame', {
    config,
    services,
    db,
    // The same handle under a wider type, as Kysely's `withTables` gives (which wants a type with
    // an index signature, so an app's `interface` of tables would not fit it).
    database: <Tables extends object>() => db as unknown as Kysely<Database & Tables>,
    requireUser: () => async (request: FastifyRequest) => void authOrThrow(request),
    requirePermission(permission: string) {
      if (!known.has(permission)) {
        throw new Error(
          `Permission "${permission}" is not declared: add it to the app's permissions`,
        )
      }
      return async (request: FastifyRequest) =>
        void (await heldPermissionOrThrow(request, services.users, permission))
    },
    requireReauthentication: () => async (request: FastifyRequest) =>
      void reauthenticatedOrThrow(request, services.sessions),
    auth: authOrThrow,
  } satisfies SesameDecoration)

  const webRoot = options.webRoot ?? sesameApp?.webRoot
  const spa = webRoot === undefined ? null : await registerSpa(app, webRoot)
  if (webRoot !== undefined && !spa) {
    app.log.warn(`No index.html in ${webRoot}: serving the API only (build the app's page first)`)
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
  // At this level, so that the app's routes are documented beside Sesame's.
  await registerOpenApi(app)

  await app.register(async (api) => {
    const zod = api.withTypeProvider<ZodTypeProvider>()
    zod.setValidatorCompiler(validatorCompiler)
    zod.setSerializerCompiler(serializerCompiler)
    await zod.register(healthRoutes, { db, redis: services.redis })
    const userRoutesOptions = {
      login: services.login,
      users: services.users,
      sessions: services.sessions,
      clock,
      cookies: { security: config.cookieSecure, ...cookieNames },
    }
    await zod.register(authRoutes, userRoutesOptions)
    await zod.register(accountRoutes, userRoutesOptions)
    await zod.register(forwardAuthRoutes, {
      users: services.users,
      publicOrigin: config.publicOrigin,
      trustedOrigins: config.trustedOrigins,
    })
    const adminOptions = {
      users: services.users,
      groups: services.groups,
      sessions: services.sessions,
    }
    await zod.register(adminRoutes, {
      ...adminOptions,
      knownPermissions: services.permissions.names,
    })
    await zod.register(adminGroupRoutes, { ...adminOptions, permissions: services.permissions })
    await zod.register(auditRoutes, {
      users: services.users,
      audit: services.audit,
      trustedOrigins: config.trustedOrigins,
    })
  })
  if (sesameApp?.routes) await app.register(sesameApp.routes)
}

/** `skip-override`: what `fastify-plugin` sets, so the hooks and decorators reach the app's routes. */
export const sesame = Object.assign(sesamePlugin, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'sesame',
})

/** For the app's own type checks: `defineSesameApp({...})` is the object, typed. */
export function defineSesameApp(app: SesameApp): SesameApp {
  return app
}
