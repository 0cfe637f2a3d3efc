/**
 * Password hashing on a small pool of low-priority worker threads.
 *
 * argon2id at the OWASP parameters costs ~30 ms of CPU and 19 MiB per hash. On the libuv pool
 * (4 threads by default) a login flood ran four hashes at once on a 2-core machine: 76 MiB in
 * flight, and the event loop got a fifth of the CPU, so every logged-in request slowed down with
 * the logins. Here at most one hash runs per core, each worker lowers its own scheduling priority
 * (nice 10; on Linux the nice value is per thread), and the kernel therefore gives the event loop
 * the CPU first: a flood of logins slows logins, not the requests of people already logged in.
 * The pool is piscina's (https://github.com/piscinajs/piscina): threads start on demand up to the
 * pool size and stay; jobs beyond them wait in its queue (unbounded, as before); `niceIncrement`
 * lowers each thread's priority.
 */
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'

export type HashJob =
  | {
      op: 'hash'
      password: string
      options: { memoryCost: number; timeCost: number; parallelism: number; outputLen: number }
    }
  | { op: 'verify'; encoded: string; password: string }
  | { op: 'pbkdf2'; password: string; salt: string; iterations: number; keyLength: number }
  /** The worker thread's nice value (tests: the priority really is lowered). */
  | { op: 'nice' }

type Result<J extends HashJob> = J extends { op: 'hash' }
  ? string
  : J extends { op: 'verify' }
    ? boolean
    : J extends { op: 'pbkdf2' }
      ? Buffer
      : number

/** Nice value of the hashing threads: the event loop (nice 0) wins any contention. */
const WORKER_NICE = 10

/** The thread's code: plain JavaScript next to this file, in src/ and in dist/ alike. */
const WORKER_FILE = new URL('./hash.worker.js', import.meta.url).href

export interface HashPool {
  run<J extends HashJob>(job: J): Promise<Result<J>>
  /** Threads started, jobs running on them and jobs waiting for one (tests, metrics). */
  load(): { threads: number; running: number; queued: number }
  /** Stops the threads, failing the jobs still running or queued; the next `run` starts anew. */
  close(): Promise<void>
}

/**
 * One thread per core, at most four: Node 20's availableParallelism() counts the host's cores, not
 * a container's CPU limit (Node 24's libuv reads the cgroup quota, the Docker image's case), and
 * each thread can hold a 19 MiB hash.
 */
export const DEFAULT_POOL_SIZE = Math.min(availableParallelism(), 4)

export function createHashPool(size = DEFAULT_POOL_SIZE): HashPool {
  let pool: Piscina | null = null
  let jobs = 0

  const open = (): Piscina =>
    new Piscina({
      filename: WORKER_FILE,
      // Threads start on the first jobs (a CLI command that never hashes starts none) and then
      // stay; an idle pool never keeps the process alive (CLI commands exit when done).
      minThreads: 0,
      maxThreads: size,
      idleTimeout: Infinity,
      // On Linux the nice value is per thread; elsewhere nice(2) would lower the whole server.
      niceIncrement: process.platform === 'linux' ? WORKER_NICE : 0,
      workerData: { nice: WORKER_NICE },
      // The workers run almost no JavaScript; argon2's 19 MiB lives outside the V8 heap. Small
      // heaps keep each thread's footprint to a few MiB.
      resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 8 },
    })

  return {
    async run<J extends HashJob>(job: J): Promise<Result<J>> {
      pool ??= open()
      jobs++
      try {
        const value: unknown = await pool.run(job)
        // A Buffer crosses the thread boundary as a plain Uint8Array.
        return (job.op === 'pbkdf2' ? Buffer.from(value as Uint8Array) : value) as Result<J>
      } finally {
        jobs--
      }
    },
    load: () => ({
      threads: pool?.threads.length ?? 0,
      running: jobs - (pool?.queueSize ?? 0),
      queued: pool?.queueSize ?? 0,
    }),
    async close(): Promise<void> {
      const closing = pool
      pool = null
      await closing?.destroy()
    },
  }
}

/** The process-wide pool, created on first use. */
let shared: HashPool | null = null
export function hashPool(): HashPool {
  shared ??= createHashPool()
  return shared
}
