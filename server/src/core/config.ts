/**
 * The only reader of `process.env` (CONTRIBUTING.md, Config is read once). Every variable is validated once at boot,
 * the result is frozen, and a bad value stops the start with a message naming the variable.
 */
import { existsSync } from 'node:fs'
import { isIP } from 'node:net'
import { join, resolve } from 'node:path'
import { z } from 'zod'

const DAY_SECONDS = 24 * 60 * 60
/** Files that mark a project's sources, which must never be served as a WEB_ROOT. */
const SOURCE_MARKERS = ['package.json', 'vite.config.ts', 'vite.config.js', 'vite.config.mjs']

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes')

/** A duration in seconds: a plain integer, or a number with an `s`, `m`, `h` or `d` suffix. */
const duration = z
  .string()
  .regex(/^\d+[smhd]?$/, 'expected seconds, or a number with s, m, h or d (e.g. 14d)')
  .transform((value) => {
    const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: DAY_SECONDS }
    const unit = /[smhd]$/.test(value) ? value.slice(-1) : 's'
    return Number.parseInt(value, 10) * (units[unit] ?? 1)
  })
  .refine((seconds) => seconds > 0, 'must be greater than zero')

const origin = z
  .string()
  .refine((value) => parseOrigin(value) !== null, 'expected an origin such as https://example.com')
  .transform((value) => parseOrigin(value) as string)

/** An RFC 6265 cookie name: an RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~). */
const cookieName = z
  .string()
  .regex(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/, "expected 1–64 letters, digits or !#$%&'*+-.^_`|~")

/**
 * ALLOWED_HOSTS: comma-separated host names (no port), `.example.com` for the domain and every
 * subdomain (as in Django), or `*` for any host.
 */
const allowedHosts = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(
        z
          .string()
          .regex(
            /^(\*|\.?[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?|\[[0-9a-f:.]+\])$/,
            'expected host names without port (app.example.com, .example.com for subdomains, [::1]) or *',
          ),
      )
      .min(1, 'expected at least one host name'),
  )

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres:|postgresql:)/, 'expected sqlite:<path> or postgres://…')
    .default('sqlite:data/sesame.sqlite3'),
  PUBLIC_ORIGIN: origin.optional(),
  ALLOWED_HOSTS: allowedHosts.optional(),
  TRUSTED_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(origin)),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx): boolean | string[] => {
      if (value === 'true' || value === 'false') return value === 'true'
      const list = value.split(',').map((item) => item.trim())
      if (list.every((item) => isIP(item.split('/')[0] ?? '') !== 0)) return list
      ctx.addIssue({
        code: 'custom',
        message: 'expected false, true, or a comma-separated list of proxy addresses/CIDRs',
      })
      return z.NEVER
    }),
  COOKIE_SECURE: booleanString.optional(),
  SESSION_COOKIE_NAME: cookieName.default('sessionid'),
  CSRF_COOKIE_NAME: cookieName.default('csrftoken'),
  SESSION_IDLE_TIMEOUT: duration.default(14 * DAY_SECONDS),
  SESSION_ABSOLUTE_TIMEOUT: duration.default(30 * DAY_SECONDS),
  REAUTH_WINDOW: duration.default(10 * 60),
  WEB_ROOT: z
    .string()
    .refine((value) => existsSync(join(value, 'index.html')), 'no index.html in this folder')
    .refine(
      (value) => !SOURCE_MARKERS.some((name) => existsSync(join(value, name))),
      'this is a source folder (it has a package.json or a Vite config); point it at the build output, e.g. dist/',
    )
    .transform((value) => resolve(value))
    .optional(),
  SESSION_STORE: z
    .string()
    .default('sql')
    .refine(
      (value) =>
        value === 'sql' || /^(redis|rediss|redis-cluster|rediss-cluster):\/\/./.test(value),
      'expected sql, or a Redis URL: redis://host:6379, rediss://… (TLS), redis-cluster://host:port,host:port or rediss-cluster://…',
    ),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'expected 1–64 letters, digits or : _ . -')
    .default('sesame:'),
  AUDIT_RETENTION: duration.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_REQUESTS: booleanString.default(false),
})

export interface Config {
  readonly port: number
  readonly host: string
  readonly databaseUrl: string
  /** `scheme://host[:port]` the browser sees, or null to derive it from each request. */
  readonly publicOrigin: string | null
  readonly trustedOrigins: readonly string[]
  /**
   * Host names requests may name (Host, or X-Forwarded-Host from a trusted proxy), lower case and
   * without port; `.example.com` also matches every subdomain, `*` any host. Default: the
   * PUBLIC_ORIGIN host, plus `localhost`, `127.0.0.1` and `[::1]`.
   */
  readonly allowedHosts: readonly string[]
  /**
   * Which peers may set X-Forwarded-For/-Proto/-Host: false (none), true (any: only when nothing
   * but the proxy can reach us), or a list of proxy addresses/CIDRs (safest: a client's own
   * X-Forwarded-For entries are then ignored).
   */
  readonly trustProxy: boolean | readonly string[]
  /**
   * `Secure` on cookies: true, false, or 'auto' (the default unless PUBLIC_ORIGIN is https):
   * Secure exactly when the request reached us over HTTPS (seen through a trusted proxy too).
   */
  readonly cookieSecure: boolean | 'auto'
  /** The session cookie's name (Django's SESSION_COOKIE_NAME); default `sessionid`. */
  readonly sessionCookieName: string
  /** The CSRF cookie's name (Django's CSRF_COOKIE_NAME); default `csrftoken`. */
  readonly csrfCookieName: string
  readonly sessionIdleTimeoutSeconds: number
  readonly sessionAbsoluteTimeoutSeconds: number
  /**
   * How long an entered password covers sensitive actions (password change, ending other
   * sessions, admin writes) before they answer 403 `reauthentication_required`.
   */
  readonly reauthWindowSeconds: number
  /** The built frontend to serve on the API's origin, or null for Sesame's own (`web/dist`). */
  readonly webRoot: string | null
  /**
   * Where sessions (and login throttle counters) live: the SQL database, or Redis for many
   * instances (`redis://`, `rediss://`, `redis-cluster://host:port,host:port`).
   */
  readonly sessionStore: { readonly kind: 'sql' } | { readonly kind: 'redis'; readonly url: string }
  /** Prefix of every Redis key, so several apps can share one Redis. */
  readonly redisKeyPrefix: string
  /**
   * How long audit events are kept: `sesame clearsessions` deletes older ones. Null (unset, the
   * default): kept forever.
   */
  readonly auditRetentionSeconds: number | null
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /**
   * Fastify's two lines per request ("incoming request", "request completed"). Off by default:
   * access logs are the proxy's job, and they cost a fifth of a small request's CPU
   * (docs/decisions/0004-request-logs-off-by-default.md).
   */
  readonly logRequests: boolean
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/** Reads and validates the configuration; throws a `ConfigError` naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as in a .env file with `NAME=`.
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((key) => [key, env[key]])
      .filter(([, value]) => value !== undefined && value !== ''),
  )
  const parsed = envSchema.safeParse(present)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const value = parsed.data
  if (value.SESSION_IDLE_TIMEOUT > value.SESSION_ABSOLUTE_TIMEOUT) {
    throw new ConfigError(
      'Invalid configuration:\n  SESSION_IDLE_TIMEOUT: must not exceed SESSION_ABSOLUTE_TIMEOUT',
    )
  }
  if (value.SESSION_COOKIE_NAME === value.CSRF_COOKIE_NAME) {
    throw new ConfigError(
      'Invalid configuration:\n  CSRF_COOKIE_NAME: must differ from SESSION_COOKIE_NAME',
    )
  }
  const publicOrigin = value.PUBLIC_ORIGIN ?? null
  return Object.freeze({
    port: value.PORT,
    host: value.HOST,
    databaseUrl: value.DATABASE_URL,
    publicOrigin,
    trustedOrigins: Object.freeze(value.TRUSTED_ORIGINS),
    allowedHosts: Object.freeze(value.ALLOWED_HOSTS ?? defaultAllowedHosts(publicOrigin)),
    trustProxy: Array.isArray(value.TRUST_PROXY)
      ? Object.freeze(value.TRUST_PROXY)
      : value.TRUST_PROXY,
    cookieSecure: value.COOKIE_SECURE ?? (publicOrigin?.startsWith('https:') ? true : 'auto'),
    sessionCookieName: value.SESSION_COOKIE_NAME,
    csrfCookieName: value.CSRF_COOKIE_NAME,
    sessionIdleTimeoutSeconds: value.SESSION_IDLE_TIMEOUT,
    sessionAbsoluteTimeoutSeconds: value.SESSION_ABSOLUTE_TIMEOUT,
    reauthWindowSeconds: value.REAUTH_WINDOW,
    webRoot: value.WEB_ROOT ?? null,
    sessionStore: Object.freeze(
      value.SESSION_STORE === 'sql'
        ? { kind: 'sql' as const }
        : { kind: 'redis' as const, url: value.SESSION_STORE },
    ),
    redisKeyPrefix: value.REDIS_KEY_PREFIX,
    auditRetentionSeconds: value.AUDIT_RETENTION ?? null,
    logLevel: value.LOG_LEVEL,
    logRequests: value.LOG_REQUESTS,
  })
}

/** The loopback names, and the PUBLIC_ORIGIN host when there is one. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]']

function defaultAllowedHosts(publicOrigin: string | null): string[] {
  const hosts = [...LOOPBACK_HOSTS]
  const own = publicOrigin === null ? null : new URL(publicOrigin).hostname
  if (own !== null && !hosts.includes(own)) hosts.unshift(own)
  return hosts
}

/**
 * Loads `.env` from the working directory into `process.env` when the file exists; variables
 * already set in the environment win (Node's own `loadEnvFile` rule).
 */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path)
}

/** Returns the serialized origin (`scheme://host[:port]`) of an http(s) URL, or null. */
export function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    if (url.pathname !== '/' || url.search || url.hash || url.username) return null
    return url.origin
  } catch {
    return null
  }
}
