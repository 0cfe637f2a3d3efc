/**
 * The services, wired once (docs/architecture.md, Layers): `buildApp` (app.ts) serves them over
 * HTTP and the CLI (cli/context.ts) calls them directly, so both share the same rules and stores.
 * Its own module so that the CLI never loads the HTTP app.
 */
import type { FastifyBaseLogger } from 'fastify'
import type { SesameApp } from './app-definition.js'
import { createAuditService, type AuditService } from './audit/audit.service.js'
import { createGroupService, type GroupService } from './auth/group.service.js'
import { createLoginService, type LoginService } from './auth/login.service.js'
import type { PasswordHasher } from './auth/password.hasher.js'
import { createPermissionRegistry, type PermissionRegistry } from './auth/permissions.js'
import { createUserService, type UserService } from './auth/user.service.js'
import { systemClock, type Clock } from './core/clock.js'
import type { Config } from './core/config.js'
import type { Db } from './db/database.js'
import { closeRedis, openRedis, type RedisClient } from './redis/connection.js'
import { createRedisThrottleStore } from './security/redis.throttle.store.js'
import { createSqlThrottleStore } from './security/sql.throttle.store.js'
import type { ThrottleStore } from './security/throttle.store.js'
import { createRedisSessionStore } from './sessions/redis.session.store.js'
import { createSessionService, type SessionService } from './sessions/session.service.js'
import { createSqlSessionStore } from './sessions/sql.session.store.js'

export interface Services {
  config: Config
  db: Db
  clock: Clock
  sessions: SessionService
  users: UserService
  login: LoginService
  groups: GroupService
  audit: AuditService
  /** Every permission this server knows: Sesame's and the app's. */
  permissions: PermissionRegistry
  /** The app built on Sesame, or null for Sesame alone. */
  app: SesameApp | null
  throttle: ThrottleStore
  /** The Redis holding sessions and throttle counters, or null when they live in SQL. */
  redis: RedisClient | null
  /** Closes what `createServices` opened (the Redis connection); the database is the caller's. */
  close(): Promise<void>
}

export function createServices(
  config: Config,
  db: Db,
  options: {
    clock?: Clock
    log: FastifyBaseLogger
    /** Only tests pass one (a cheap cost); the default is the OWASP cost (password.hasher.ts). */
    passwordHasher?: PasswordHasher
    /** The app built on Sesame: its permissions and its "user created" hook. */
    app?: SesameApp | null
  },
): Services {
  const app = options.app ?? null
  const permissions = createPermissionRegistry(
    app ? { name: app.name, permissions: app.permissions ?? {} } : null,
  )
  const clock = options.clock ?? systemClock
  const idleTimeoutMs = config.sessionIdleTimeoutSeconds * 1000
  // Scale-out: sessions and throttle counters in Redis, users and the audit log stay in SQL.
  const redis =
    config.sessionStore.kind === 'redis'
      ? openRedis(config.sessionStore.url, { keyPrefix: config.redisKeyPrefix })
      : null
  const audit = createAuditService(db, clock, options.log)
  const sessions = createSessionService({
    audit,
    store: redis
      ? createRedisSessionStore(redis, db, { idleTimeoutMs })
      : createSqlSessionStore(db),
    clock,
    idleTimeoutMs,
    absoluteTimeoutMs: config.sessionAbsoluteTimeoutSeconds * 1000,
    reauthWindowMs: config.reauthWindowSeconds * 1000,
  })
  const throttle = redis ? createRedisThrottleStore(redis) : createSqlThrottleStore(db)
  const hasher = options.passwordHasher
  const login = createLoginService({ db, sessions, throttle, audit, clock, hasher })
  return {
    config,
    db,
    clock,
    sessions,
    audit,
    throttle,
    login,
    permissions,
    app,
    users: createUserService({
      db,
      sessions,
      login,
      audit,
      throttle,
      clock,
      hasher,
      knownPermissions: permissions.names,
      onUserCreated: app?.onUserCreated,
    }),
    groups: createGroupService({ db, audit }),
    redis,
    async close(): Promise<void> {
      // Refusals counted since the last flush go to their events while the database is open.
      await audit.close()
      if (redis) await closeRedis(redis)
    },
  }
}
