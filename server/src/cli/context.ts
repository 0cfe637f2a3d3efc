/**
 * What every command needs around its work: its arguments parsed, the configuration read, the
 * database opened (and closed after), and the same services the HTTP routes use. A bad variable
 * or a database that cannot be opened ends the command with one clear line and exit code 1, never
 * a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { pino } from 'pino'
import { createServices, type Services } from '../services.js'
import type { FieldErrors } from '../auth/results.js'
import { ConfigError, loadConfig, type Config } from '../core/config.js'
import { plural } from '../core/contract.js'
import { openDatabase, pingDatabase, type Db } from '../db/database.js'
import { upgradeDatabase } from '../upgrade.js'
import { waitForRedis } from '../redis/connection.js'
import type { CliIo } from './io.js'

/** Bad arguments: main prints the message and the command's usage, and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/**
 * `parseArgs` with strict checking whose errors never repeat a stray argument: someone may have
 * typed a password there, and it must not reach the terminal's scrollback or a CI log.
 */
/**
 * The one `<username>` of a `sesame <command> <username>` line. Only the count is named in the
 * error: an extra argument may be a password typed in the wrong place.
 */
export function onlyUsername(positionals: readonly string[]): string {
  if (positionals.length !== 1) throw new UsageError('Give exactly one username.')
  return positionals[0] ?? ''
}

export function parseArgsOrThrow<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError('Unexpected argument.')
    }
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'--?password'/.test(String(error))) {
      throw new UsageError(
        'Passwords are never read from the command line (they would stay in the shell history ' +
          'and be visible to other users); answer the prompt, or set SESAME_PASSWORD and pass ' +
          '--no-input.',
      )
    }
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      throw new UsageError(error instanceof Error ? error.message : String(error))
    }
    throw error
  }
}

export type CliServices = Services

/** The configuration from `io.env`, or null after printing which variable is wrong. */
export function loadConfigOrReport(io: CliIo): Config | null {
  try {
    return loadConfig(io.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.stderr(`Error: ${oneLine(error.message)}\n`)
    return null
  }
}

/**
 * Reads the configuration and opens the database for `fn`, closing it after. Config and
 * connection problems are reported here; `fn` returns the exit code.
 */
export async function withDatabase(
  io: CliIo,
  fn: (db: Db, config: Config) => Promise<number>,
): Promise<number> {
  const config = loadConfigOrReport(io)
  if (!config) return 1
  let db: Db
  try {
    db = openDatabase(config.databaseUrl)
  } catch (error) {
    return reportUnopenable(io, config.databaseUrl, error)
  }
  try {
    try {
      // PostgreSQL connects lazily: ask now, so an unreachable server gets the same message.
      await pingDatabase(db)
    } catch (error) {
      return reportUnopenable(io, config.databaseUrl, error)
    }
    return await fn(db, config)
  } finally {
    await db.destroy()
  }
}

/**
 * `withDatabase` plus the services, on an up-to-date schema: like `npm start`, the commands
 * apply pending migrations first, so `sesame createsuperuser` works on a fresh clone.
 */
export async function withServices(
  io: CliIo,
  fn: (services: CliServices) => Promise<number>,
): Promise<number> {
  return withDatabase(io, async (db, config) => {
    const app = io.app ?? null
    const { applied } = await upgradeDatabase(db, app)
    for (const name of applied) io.stderr(`Applied migration ${name}.\n`)
    // Audit events are stored; the log line the service also writes would only clutter a terminal.
    const services = createServices(config, db, { log: pino({ enabled: false }), app })
    try {
      if (services.redis) {
        try {
          await waitForRedis(services.redis)
        } catch (error) {
          io.stderr(`Error: Cannot reach Redis (SESSION_STORE): ${oneLine(messageOf(error))}\n`)
          return 1
        }
      }
      return await fn(services)
    } finally {
      await services.close()
    }
  })
}

/** Prints each field's messages the way Django's commands do: `Error: <message>`. */
export function printFieldErrors(io: CliIo, fields: FieldErrors): void {
  for (const messages of Object.values(fields)) {
    for (const message of messages) io.stderr(`Error: ${message}\n`)
  }
}

/** `1 session`, `3 sessions` (the wording the web app uses too). */
export const countOf: (count: number, noun: string) => string = plural

function reportUnopenable(io: CliIo, url: string, error: unknown): number {
  io.stderr(
    `Error: Cannot open the database ${describeDatabase(url)}: ${oneLine(messageOf(error))}\n`,
  )
  return 1
}

/** Where the database is, without the password a PostgreSQL URL may carry. */
function describeDatabase(url: string): string {
  if (url.startsWith('sqlite:')) return url
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    parsed.search = ''
    return parsed.href
  } catch {
    return url.split(':')[0] ?? ''
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** `Invalid configuration:\n  A: …\n  B: …` becomes `Invalid configuration: A: …; B: …`. */
function oneLine(text: string): string {
  const [first = '', ...rest] = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return rest.length ? `${first} ${rest.join('; ')}` : first
}
