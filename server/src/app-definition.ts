/**
 * What an app built on Sesame brings (docs/build-your-app.md): its name, its own migrations, the
 * permissions it checks, a hook for new users, and (for `serve` and `sesame serve`) its routes and
 * page. The HTTP plugin (plugin.ts), the services and the CLI all read it from here, so the CLI
 * migrates and creates users exactly as the app's server does.
 */
import type { FastifyPluginAsync } from 'fastify'
import type { Migration } from 'kysely'
import { isValidPermissionName } from './auth/permissions.js'
import type { UserCreatedHook } from './auth/user-created.js'

export interface SesameApp {
  /**
   * The app's label (`notes`): lower-case letters, digits and `_`, starting with a letter. Its
   * migrations are recorded in a table of their own, `<name>_kysely_migration`, so its names
   * never meet Sesame's.
   */
  name: string
  /** The app's Kysely migrations by name, applied in name order after Sesame's. */
  migrations?: Readonly<Record<string, Migration>>
  /** The permissions the app checks, name (`notes.add_note`) → description. */
  permissions?: Readonly<Record<string, string>>
  /** Runs in the transaction that creates each user (auth/user-created.ts). */
  onUserCreated?: UserCreatedHook
  /** The app's routes: registered after Sesame's by `serve()` and `sesame serve`. */
  routes?: FastifyPluginAsync
  /** The app's built single-page app (an index.html and its assets), served for page paths. */
  webRoot?: string
}

const APP_NAME = /^[a-z][a-z0-9_]{0,39}$/
/** Names whose migration table would be Sesame's own or Kysely's default. */
const RESERVED_NAMES = new Set(['sesame', 'kysely'])

/** Throws an Error saying what is wrong with `app`, so a mistake stops the start, not a request. */
export function checkSesameApp(app: SesameApp): void {
  if (typeof app !== 'object' || app === null)
    throw new Error('The app definition must be an object')
  if (typeof app.name !== 'string' || !APP_NAME.test(app.name) || RESERVED_NAMES.has(app.name)) {
    throw new Error(
      `The app's name must be 1 to 40 lower-case letters, digits or _, starting with a letter, ` +
        `and not "sesame" or "kysely" (got ${JSON.stringify(app.name)})`,
    )
  }
  for (const [name, migration] of Object.entries(app.migrations ?? {})) {
    if (typeof migration?.up !== 'function') {
      throw new Error(`The app's migration "${name}" has no up() function`)
    }
  }
  for (const key of ['onUserCreated', 'routes'] as const) {
    if (app[key] !== undefined && typeof app[key] !== 'function') {
      throw new Error(`The app's ${key} must be a function`)
    }
  }
  if (app.webRoot !== undefined && typeof app.webRoot !== 'string') {
    throw new Error("The app's webRoot must be a path")
  }
  for (const [name, description] of Object.entries(app.permissions ?? {})) {
    if (!isValidPermissionName(name) || typeof description !== 'string') {
      throw new Error(`The app's permission "${name}" must be app_label.codename → a description`)
    }
  }
}

/** The migration table of an app (`<name>_kysely_migration`, and `…_lock` for its lock). */
export function appMigrationTable(app: Pick<SesameApp, 'name'>): string {
  return `${app.name}_kysely_migration`
}
