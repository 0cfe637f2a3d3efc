import { describe, expect, it } from 'vitest'
import { MAX_BATCH, batchLoader } from './batch.js'

/** A loader over a live map that records every batch it was asked for. */
function recordingLoader(rows: Map<number, string>): {
  load: (key: number) => Promise<string | undefined>
  batches: number[][]
} {
  const batches: number[][] = []
  const load = batchLoader(async (keys: readonly number[]) => {
    batches.push([...keys])
    // Read now, answer later: a query sees the rows as they were when it was sent.
    const found = new Map(
      keys.flatMap((key) => (rows.has(key) ? [[key, rows.get(key) ?? '']] : [])),
    )
    await new Promise((resolve) => setTimeout(resolve, 5))
    return found
  })
  return { load, batches }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

describe('batchLoader', () => {
  it('sends the lookups of one turn as one batch, each key once, and answers each caller', async () => {
    const { load, batches } = recordingLoader(
      new Map([
        [1, 'one'],
        [2, 'two'],
      ]),
    )
    const answers = await Promise.all([load(1), load(2), load(1), load(3)])
    expect(answers).toEqual(['one', 'two', 'one', undefined])
    expect(batches).toEqual([[1, 2, 3]])
  })

  it('starts a new batch in a later turn, so an answer is never older than its call', async () => {
    const rows = new Map([[1, 'before']])
    const { load, batches } = recordingLoader(rows)
    const first = load(1)
    await nextTurn() // the first batch is on its way
    rows.set(1, 'after')
    const second = load(1)
    expect(await first).toBe('before')
    expect(await second).toBe('after')
    expect(batches).toEqual([[1], [1]])
  })

  it('caches nothing: a row deleted after a lookup is gone for the next one (a revoked session)', async () => {
    const rows = new Map([[7, 'session']])
    const { load, batches } = recordingLoader(rows)
    expect(await load(7)).toBe('session')
    rows.delete(7)
    expect(await load(7)).toBeUndefined()
    expect(batches).toEqual([[7], [7]])
  })

  it('rejects every lookup of a failed batch, and the next batch works again', async () => {
    let fail = true
    const load = batchLoader(async (keys: readonly number[]) => {
      if (fail) throw new Error('database down')
      return new Map(keys.map((key) => [key, key * 10]))
    })
    const results = await Promise.allSettled([load(1), load(2)])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    fail = false
    expect(await load(2)).toBe(20)
  })

  it('splits a turn with more keys than one query takes', async () => {
    const keys = Array.from({ length: MAX_BATCH * 2 + 1 }, (_, i) => i)
    const { load, batches } = recordingLoader(new Map(keys.map((key) => [key, `v${key}`])))
    const answers = await Promise.all(keys.map((key) => load(key)))
    expect(answers).toEqual(keys.map((key) => `v${key}`))
    expect(batches.map((batch) => batch.length)).toEqual([MAX_BATCH, MAX_BATCH, 1])
  })
})
