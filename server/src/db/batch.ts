/**
 * Batching for hot-path lookups over a network database (DataLoader's idea): the lookups started
 * during one turn of the event loop go out as one query when the turn ends. Under load, requests
 * whose session reads came back together then share one round trip, instead of each paying for
 * its own (one write, one read, one pool checkout). A lone request waits one `setImmediate`,
 * microseconds.
 *
 * Nothing is cached: every batch reads the database afresh, and a lookup joins only a batch that
 * has not been sent yet, so it never gets an answer older than its own call.
 */

/** Loads the rows for `keys`; keys without a row are simply absent from the map. */
export type LoadMany<K, V> = (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>

interface Waiter<V> {
  resolve: (value: V | undefined) => void
  reject: (error: unknown) => void
}

/** Bounds one query's parameter; a larger turn is split into several batches. */
export const MAX_BATCH = 256

/**
 * A `load(key)` that resolves with the key's row (or `undefined`). A failed batch rejects every
 * lookup in it with the same error, as separate queries would have failed.
 */
export function batchLoader<K, V>(loadMany: LoadMany<K, V>): (key: K) => Promise<V | undefined> {
  let pending: Map<K, Array<Waiter<V>>> | null = null

  const dispatch = (batch: Map<K, Array<Waiter<V>>>): void => {
    const keys = [...batch.keys()]
    for (let start = 0; start < keys.length; start += MAX_BATCH) {
      const slice = keys.slice(start, start + MAX_BATCH)
      // A loader that throws instead of rejecting still fails only its callers.
      Promise.resolve()
        .then(() => loadMany(slice))
        .then(
          (rows) => {
            for (const key of slice)
              for (const waiter of batch.get(key) ?? []) waiter.resolve(rows.get(key))
          },
          (error: unknown) => {
            for (const key of slice) for (const waiter of batch.get(key) ?? []) waiter.reject(error)
          },
        )
    }
  }

  return (key) =>
    new Promise<V | undefined>((resolve, reject) => {
      if (pending === null) {
        const batch = new Map<K, Array<Waiter<V>>>()
        pending = batch
        setImmediate(() => {
          pending = null
          dispatch(batch)
        })
      }
      const waiters = pending.get(key)
      if (waiters) waiters.push({ resolve, reject })
      else pending.set(key, [{ resolve, reject }])
    })
}
