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
    const jobs = Array.from({ length: 5 }, (_, index) =>
      pool.run({ op: 'hash', password: `pw-${index}`, options: OPTIONS }),
    )
    const load = pool.load()
    expect(load).toHaveLength(2) // never more threads than the pool size
    expect(load.reduce((sum, count) => sum + count, 0)).toBe(5) // the rest wait in line
    await Promise.all(jobs)
    expect(pool.load()).toEqual([0, 0])
    expect(await pool.run({ op: 'nice' })).toBe(10)
    expect(getPriority()).toBe(0) // the event loop's thread is left alone
  })

  it('fails the jobs of a worker that dies, and starts a new one for the next job', async () => {
    pool = createHashPool(1)
    const job = pool.run({ op: 'hash', password: 'pw', options: OPTIONS })
    await pool.close() // terminates the worker with the job in it
    await expect(job).rejects.toThrow(/exited/)
    expect(await pool.run({ op: 'nice' })).toBe(10)
  })
})
