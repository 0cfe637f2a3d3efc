/**
 * Password hashing on a small pool of low-priority worker threads.
 *
 * argon2id at the OWASP parameters costs ~30 ms of CPU and 19 MiB per hash. On the libuv pool
 * (4 threads by default) a login flood ran four hashes at once on a 2-core machine: 76 MiB in
 * flight, and the event loop got a fifth of the CPU, so every logged-in request slowed down with
 * the logins. Here at most one hash runs per core, each worker lowers its own scheduling priority
 * (nice 10; on Linux the nice value is per thread), and the kernel therefore gives the event loop
 * the CPU first: a flood of logins slows logins, not the requests of people already logged in.
 * Jobs wait in the workers' queues; the ones running are bounded by the pool size.
 */
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

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

// The worker is plain CommonJS evaluated from this string, so it runs the same from the
// TypeScript sources (tests, tsx) and from the compiled server. It loads the same argon2 binding.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { getPriority, setPriority } = require('node:os')
const { pbkdf2Sync } = require('node:crypto')
const argon2 = require(workerData.argon2Path)
// On Linux the nice value is per thread; elsewhere it would lower the whole server: skip it.
if (process.platform === 'linux') { try { setPriority(0, workerData.nice) } catch {} }
parentPort.on('message', ({ id, job }) => {
  try {
    let value
    if (job.op === 'hash') value = argon2.hashSync(job.password, job.options)
    else if (job.op === 'verify') value = argon2.verifySync(job.encoded, job.password)
    else if (job.op === 'nice') value = getPriority(0)
    else value = pbkdf2Sync(job.password, job.salt, job.iterations, job.keyLength, 'sha256')
    parentPort.postMessage({ id, value })
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) })
  }
})
`

const ARGON2_PATH = createRequire(import.meta.url).resolve('@node-rs/argon2')

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

interface PoolWorker {
  worker: Worker
  pending: Map<number, Pending>
}

export interface HashPool {
  run<J extends HashJob>(job: J): Promise<Result<J>>
  /** How many jobs each worker has in flight (tests, metrics). */
  load(): number[]
  close(): Promise<void>
}

/**
 * One thread per core, at most four: Node 20's availableParallelism() counts the host's cores, not
 * a container's CPU limit (Node 24's libuv reads the cgroup quota, the Docker image's case), and
 * each thread can hold a 19 MiB hash.
 */
export const DEFAULT_POOL_SIZE = Math.min(availableParallelism(), 4)

export function createHashPool(size = DEFAULT_POOL_SIZE): HashPool {
  const workers: PoolWorker[] = []
  let nextId = 0

  function spawn(): PoolWorker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { argon2Path: ARGON2_PATH, nice: WORKER_NICE },
      // The workers run almost no JavaScript; argon2's 19 MiB lives outside the V8 heap. Small
      // heaps keep each thread's footprint to a few MiB.
      resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 8 },
    })
    const entry: PoolWorker = { worker, pending: new Map() }
    // An idle pool never keeps the process alive (CLI commands exit when done).
    worker.unref()
    worker.on('message', (message: { id: number; value?: unknown; error?: string }) => {
      const job = entry.pending.get(message.id)
      if (!job) return
      entry.pending.delete(message.id)
      if (entry.pending.size === 0) worker.unref()
      if (message.error !== undefined) job.reject(new Error(message.error))
      else job.resolve(message.value)
    })
    worker.on('error', (error) => fail(entry, error))
    worker.on('exit', () => fail(entry, new Error('hash worker exited')))
    return entry
  }

  // A crashed worker fails its jobs and is replaced on the next run.
  function fail(entry: PoolWorker, error: Error): void {
    const index = workers.indexOf(entry)
    if (index !== -1) workers.splice(index, 1)
    for (const job of entry.pending.values()) job.reject(error)
    entry.pending.clear()
  }

  function pick(): PoolWorker {
    if (workers.length < size) {
      const idle = workers.find((entry) => entry.pending.size === 0)
      if (idle) return idle
      const created = spawn()
      workers.push(created)
      return created
    }
    return workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
  }

  return {
    run<J extends HashJob>(job: J): Promise<Result<J>> {
      const entry = pick()
      const id = nextId++
      return new Promise<Result<J>>((resolve, reject) => {
        entry.pending.set(id, {
          resolve: (value) =>
            resolve((job.op === 'pbkdf2' ? Buffer.from(value as Uint8Array) : value) as Result<J>),
          reject,
        })
        entry.worker.ref()
        entry.worker.postMessage({ id, job })
      })
    },
    load: () => workers.map((entry) => entry.pending.size),
    async close(): Promise<void> {
      const closing = workers.splice(0)
      await Promise.all(closing.map((entry) => entry.worker.terminate()))
    },
  }
}

/** The process-wide pool, created on first use. */
let shared: HashPool | null = null
export function hashPool(): HashPool {
  shared ??= createHashPool()
  return shared
}
