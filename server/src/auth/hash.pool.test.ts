import { pbkdf2Sync } from 'node:crypto'
import { getPriority } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { createHashPool, type HashPool } from './hash.pool.js'

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 }
let pool: HashPool
afterEach(() => pool.close())

describe('hash pool', () => {
  it('hashes and verifies with argon2id, and derives Django PBKDF2 keys', async () => {
    pool = createHashPool(2)
    const encoded = await pool.run({ op: 'hash', password: 'pw-1', options: OPTIONS })
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(await pool.run({ op: 'verify', encoded, password: 'pw-1' })).toBe(true)
    expect(await pool.run({ op: 'verify', encoded, password: 'pw-2' })).toBe(false)
    const key = await pool.run({
      op: 'pbkdf2',
      password: 'pw',
      salt: 'salt',
      iterations: 1000,
      keyLength: 32,
    })
    expect(Buffer.isBuffer(key)).toBe(true)
    expect(key.equals(pbkdf2Sync('pw', 'salt', 1000, 32, 'sha256'))).toBe(true)
  })

  it('rejects a malformed hash instead of crashing', async () => {
    pool = createHashPool(1)
    await expect(
      pool.run({ op: 'verify', encoded: '$argon2id$nonsense', password: 'x' }),
    ).rejects.toThrow()
    expect(await pool.run({ op: 'nice' })).toBe(10) // and the worker is still there
  })

  it('never runs more threads than its size, each at a lower priority than the loop', async () => {
    pool = createHashPool(2)
    expect(pool.load()).toEqual({ threads: 0, running: 0, queued: 0 }) // threads start on demand
    const jobs = Array.from({ length: 5 }, (_, index) =>
      pool.run({ op: 'hash', password: `pw-${index}`, options: OPTIONS }),
    )
    const { threads, running, queued } = pool.load()
    expect(threads).toBeLessThanOrEqual(2) // never more threads than the pool size
    expect(running).toBeLessThanOrEqual(2)
    expect(running + queued).toBe(5) // the rest wait in line
    await Promise.all(jobs)
    expect(pool.load()).toEqual({ threads: 2, running: 0, queued: 0 }) // and the threads stay
    expect(await pool.run({ op: 'nice' })).toBe(10)
    expect(getPriority()).toBe(0) // the event loop's thread is left alone
  })

  it('fails the jobs still running or queued when closed, and starts anew for the next job', async () => {
    pool = createHashPool(1)
    const running = pool.run({ op: 'hash', password: 'pw', options: OPTIONS })
    const queued = pool.run({ op: 'hash', password: 'pw-2', options: OPTIONS })
    const outcomes = Promise.allSettled([running, queued])
    await pool.close() // terminates the thread with a job in it
    const [first, second] = await outcomes
    expect(first).toMatchObject({
      status: 'rejected',
      reason: { message: 'Terminating worker thread' },
    })
    expect(second).toMatchObject({ status: 'rejected' })
    expect(await pool.run({ op: 'nice' })).toBe(10)
  })
})
