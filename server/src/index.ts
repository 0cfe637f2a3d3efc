/**
 * `@sesame/server`: Sesame for apps built on it (docs/build-your-app.md). The Fastify plugin and
 * the options to create the instance with, the app definition the plugin and the `sesame` CLI
 * share, the configuration loader, `serve()`, the error type routes throw, and the types of what
 * the plugin hands to routes. Everything else under src/ is internal.
 */
export {
  sesame,
  sesameFastifyOptions,
  defineSesameApp,
  type SesameDecoration,
  type SesameOptions,
} from './plugin.js'
export { appMigrationTable, type SesameApp } from './app-definition.js'
export { ConfigError, loadConfig, loadDotEnv, type Config } from './core/config.js'
export { ApiError, ERRORS, type ErrorCode } from './core/errors.js'
export { serve } from './server.js'
export { runCli } from './cli/run.js'
export { createProcessIo, type CliIo } from './cli/io.js'
export type { UserCreatedEvent, UserCreatedHook } from './auth/user-created.js'
export type { PermissionInfo } from './auth/permissions.js'
export { isPostgres, openDatabase, type Db, type Executor } from './db/database.js'
export type { Database } from './db/schema.js'
export type { Services } from './services.js'
export type { ValidSession } from './sessions/session.service.js'
export type { AuthUser } from './users/user.types.js'
// The declarations these modules add to Fastify's types (`request.auth`; the route options
// `config: { session: false }` and `config: { csrf: 'origin-only' }`) must reach an app's tsc:
// re-exporting nothing from them keeps them in the declaration files an app reads.
export type {} from './http/session.plugin.js'
export type {} from './security/csrf.js'
