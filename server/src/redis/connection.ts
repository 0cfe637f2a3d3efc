/**
 * Opens the Redis named by SESSION_STORE (scale-out; docs/architecture.md, Redis).
 *
 * URL schemes:
 * - `redis://[user:password@]host[:port][/db]` — one Redis, Valkey or a managed primary endpoint.
 * - `rediss://…` — the same over TLS.
 * - `redis-cluster://[user:password@]host:port,host:port,…` — Redis Cluster or Valkey cluster: a
 *   comma-separated list of seed nodes (any few masters; the rest is discovered).
 *   `rediss-cluster://…` is the same over TLS.
 *
 * Failure model: Redis being down or unreachable must turn into an error (a 503) within ~2 s,
 * never into a request that hangs, and Sesame must recover by itself when Redis is back. So
 * commands are never queued while disconnected (they fail at once), each command and each connect
 * is bounded, and the client keeps reconnecting in the background with a capped backoff.
 * Commands fail until the first connection is ready: await `waitForRedis` at boot.
 *
 * Auto-pipelining (ioredis `enableAutoPipelining`): the commands issued during one turn of the
 * event loop go out as one pipeline per node (one socket write instead of one per request), on a
 * single Redis and per node on a cluster (except the Lua scripts there: see `openCluster`). Each
 * command keeps its own timeout and its own reply or error; with the offline queue off, a
 * pipeline sent while disconnected fails at once too.
 */
import { createHash } from 'node:crypto'
import { Cluster, Redis, ReplyError, type ClusterNode, type RedisOptions } from 'ioredis'

export type RedisClient = Redis | Cluster

export interface OpenRedisOptions {
  /** Prepended to every key, e.g. `sesame:`; lets apps and tests share one Redis. */
  keyPrefix?: string
  /** Called with connection errors (the client retries by itself); default: ignored. */
  onError?: (error: Error) => void
}

/** A dead or hung Redis fails a request within ~2 s (docs/security.md, When a backing service fails: 503, never a hang). */
const CONNECT_TIMEOUT_MS = 1500
const COMMAND_TIMEOUT_MS = 1500
/** Reconnect backoff: 100 ms, 200 ms, … up to 2 s, forever (Sesame recovers without a restart). */
const RECONNECT_STEP_MS = 100
const RECONNECT_MAX_MS = 2000

function reconnectDelay(times: number): number {
  return Math.min(times * RECONNECT_STEP_MS, RECONNECT_MAX_MS)
}

/** Options every connection (standalone or one cluster node) gets. */
const NODE_OPTIONS = {
  connectTimeout: CONNECT_TIMEOUT_MS,
  commandTimeout: COMMAND_TIMEOUT_MS,
  // One retry at most, and only for a command sent before a connection dropped.
  maxRetriesPerRequest: 1,
  lazyConnect: false,
} satisfies RedisOptions

/** Opens a client; it connects in the background (see `waitForRedis`). Throws for a bad URL. */
export function openRedis(url: string, options: OpenRedisOptions = {}): RedisClient {
  const keyPrefix = options.keyPrefix ?? ''
  const client = url.match(/^rediss?-cluster:\/\//)
    ? openCluster(url, keyPrefix)
    : url.startsWith('redis://') || url.startsWith('rediss://')
      ? new Redis(url, {
          ...NODE_OPTIONS,
          keyPrefix,
          // Commands while disconnected fail at once instead of waiting for a reconnect.
          enableOfflineQueue: false,
          enableAutoPipelining: true,
          retryStrategy: reconnectDelay,
        })
      : null
  if (!client) throw new Error(`Unsupported Redis URL scheme: ${url.split(':')[0] ?? ''}`)
  for (const [name, lua] of SCRIPTS) client.defineCommand(name, { lua })
  // Without a listener ioredis prints every failed reconnect; callers' commands still reject.
  client.on('error', options.onError ?? ((): void => {}))
  return client
}

function openCluster(url: string, keyPrefix: string): Cluster {
  const tls = url.startsWith('rediss-')
  // Not a WHATWG URL (commas in the host part): split by hand.
  const rest = url.slice(url.indexOf('//') + 2).replace(/\/.*$/, '')
  const at = rest.lastIndexOf('@')
  const auth = at === -1 ? '' : rest.slice(0, at)
  const colon = auth.indexOf(':')
  const nodes: ClusterNode[] = rest
    .slice(at + 1)
    .split(',')
    .filter((node) => node !== '')
    .map((node) => {
      const match = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(node)
      if (!match?.[1]) throw new Error(`Invalid Redis cluster node: ${node}`)
      return { host: match[1], port: Number(match[2] ?? 6379) }
    })
  if (nodes.length === 0) throw new Error('redis-cluster:// needs at least one host:port')
  return new Cluster(nodes, {
    keyPrefix,
    enableOfflineQueue: false,
    // Grouped per node by the slot of each command's first key. Before the first slot map
    // (`waitForRedis` at boot waits for it) ioredis holds these commands until a connection
    // attempt ends, instead of failing them at once.
    enableAutoPipelining: true,
    // Except the scripts: for a command it does not know, ioredis picks the pipeline by the first
    // argument, which for a script is the number of keys, not a key; a script batched with other
    // keys' commands then fails the whole pipeline ("All keys in the pipeline should belong to
    // the same slots allocation group"). Sent on their own, they are routed by their keys.
    autoPipeliningIgnoredCommands: [...SCRIPTS.keys()],
    // ioredis' ready check sends CLUSTER INFO through the cluster's own (disabled) offline queue
    // and fails while a node is still connecting, reconnecting in a loop; `waitForRedis` pings
    // every master instead.
    enableReadyCheck: false,
    clusterRetryStrategy: reconnectDelay,
    slotsRefreshTimeout: CONNECT_TIMEOUT_MS,
    redisOptions: {
      ...NODE_OPTIONS,
      ...(auth === ''
        ? {}
        : colon === -1
          ? { password: decodeURIComponent(auth) }
          : {
              username: decodeURIComponent(auth.slice(0, colon)) || undefined,
              password: decodeURIComponent(auth.slice(colon + 1)),
            }),
      ...(tls ? { tls: {} } : {}),
    },
  })
}

/**
 * Resolves once the client can take commands (on a cluster: once every master has answered);
 * rejects after `timeoutMs` (default 2 s).
 */
export async function waitForRedis(redis: RedisClient, timeoutMs = 2000): Promise<void> {
  const cleanups: Array<() => void> = []
  const connected = new Promise<void>((resolve, reject) => {
    if (redis.status === 'ready') return resolve()
    const onReady = (): void => resolve()
    const onEnd = (): void => reject(new Error('Redis connection closed'))
    redis.once('ready', onReady).once('end', onEnd)
    cleanups.push(() => redis.off('ready', onReady).off('end', onEnd))
  })
  const timeout = new Promise<never>((_, reject) => {
    const timer = setTimeout(() => reject(new Error('Redis did not answer in time')), timeoutMs)
    cleanups.push(() => clearTimeout(timer))
  })
  try {
    await Promise.race([connected, timeout])
    // Cluster nodes queue their own commands while they connect (the cluster does not).
    if (redis instanceof Cluster) {
      await Promise.race([Promise.all(redis.nodes('master').map((node) => node.ping())), timeout])
    }
  } finally {
    cleanups.forEach((cleanup) => cleanup())
  }
}

/** Closes gracefully (QUIT), or at once when Redis cannot be reached. */
export async function closeRedis(redis: RedisClient): Promise<void> {
  try {
    await redis.quit()
  } catch {
    redis.disconnect()
  }
}

/**
 * Whether Redis persists its data (`appendonly`, and `save` for RDB snapshots): without either, a
 * Redis restart logs everyone out. Null when CONFIG is not allowed (managed Redis often renames
 * or forbids it); connection errors are thrown.
 */
export async function redisPersistence(
  redis: RedisClient,
): Promise<{ aof: boolean; rdb: boolean } | null> {
  try {
    const [, appendonly] = (await redis.config('GET', 'appendonly')) as string[]
    const [, save] = (await redis.config('GET', 'save')) as string[]
    // Some managed services answer an empty list for settings they hide.
    if (appendonly === undefined || save === undefined) return null
    return { aof: appendonly === 'yes', rdb: save.trim() !== '' }
  } catch (error) {
    if (error instanceof ReplyError) return null
    throw error
  }
}

/** `*`, `?`, `[`, `]` and `\` match literally after a backslash (Redis glob syntax). */
export function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&')
}

const SCAN_BATCH = 500

/**
 * Every key matching `pattern` (a glob over names without the client's key prefix; escape
 * literal parts with `escapeGlob`), yielded in batches without that prefix, ready for the
 * client's own commands. On a cluster, each master is scanned. For maintenance jobs only.
 */
export async function* scanKeys(redis: RedisClient, pattern: string): AsyncGenerator<string[]> {
  const prefix = redis.options.keyPrefix ?? ''
  // SCAN's MATCH and its replies are not touched by ioredis' keyPrefix: add and strip it here.
  const match = escapeGlob(prefix) + pattern
  const nodes = redis instanceof Cluster ? redis.nodes('master') : [redis]
  for (const node of nodes) {
    let cursor = '0'
    do {
      const [next, found] = await node.scan(cursor, 'MATCH', match, 'COUNT', SCAN_BATCH)
      cursor = next
      if (found.length > 0) yield found.map((key) => key.slice(prefix.length))
    } while (cursor !== '0')
  }
}

export type RedisScript = (
  redis: RedisClient,
  keys: readonly string[],
  args: ReadonlyArray<string | number>,
) => Promise<unknown>

type ScriptCommand = (
  numberOfKeys: number,
  ...keysAndArgs: Array<string | number>
) => Promise<unknown>

/** Every script of `defineScript`, by command name: `openRedis` registers them on each client. */
const SCRIPTS = new Map<string, string>()

/**
 * A Lua script as a custom command (ioredis `defineCommand`): EVAL the first time on each
 * connection, EVALSHA after, auto-pipelined like any command. Keys get the client's prefix. On a
 * cluster, all `keys` must share one hash slot (a `{...}` hash tag), and every key the script
 * touches must be in `keys`.
 *
 * Scripts are defined at module load, and `openRedis` registers all of them on each new client
 * before its first command: in ioredis 6.0.0 a command defined later is missing from an
 * auto-pipeline already open in that turn, which then misaligns its replies and hangs (fixed
 * upstream by redis/ioredis#2180). A client opened otherwise gets the script whole, with EVAL.
 */
export function defineScript(lua: string): RedisScript {
  const name = `sesame_${createHash('sha1').update(lua).digest('hex')}`
  SCRIPTS.set(name, lua)
  return (redis, keys, args) => {
    const command = (redis as unknown as Record<string, ScriptCommand | undefined>)[name]
    if (command) return command.call(redis, keys.length, ...keys, ...args)
    return redis.eval(lua, keys.length, ...keys, ...args)
  }
}

/**
 * Deletes every key that starts with `prefix` (after the client's own key prefix): an app's keys
 * when several share one Redis, or a test run's. Returns how many.
 */
export async function deleteKeysByPrefix(redis: RedisClient, prefix: string): Promise<number> {
  let deleted = 0
  for await (const keys of scanKeys(redis, `${escapeGlob(prefix)}*`)) {
    if (keys.length) deleted += await redis.del(...keys)
  }
  return deleted
}
