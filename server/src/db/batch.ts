/**
 * Batching for hot-path lookups over a network database, with DataLoader
 * (https://github.com/graphql/dataloader): the lookups started during one turn of the event loop
 * go out as one query when the turn ends. Under load, requests whose session reads came back
 * together then share one round trip, instead of each paying for its own (one write, one read, one
 * pool checkout). A lone request waits one `setImmediate`, microseconds.
 *
 * Nothing is cached (`cache: false`): every batch reads the database afresh, and a lookup joins
 * only a batch that has not been sent yet, so it never gets an answer older than its own call (a
 * session revoked or a user deactivated by one request is seen by the next).
 */
import DataLoader from 'dataloader'

/** Loads the rows for `keys`; keys without a row are simply absent from the map. */
export type LoadMany<K, V> = (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>

/** Bounds one query's parameter; a larger turn is split into several batches. */
export const MAX_BATCH = 256

/**
 * A `load(key)` that resolves with the key's row (or `undefined`). A failed batch rejects every
 * lookup in it with the same error, as separate queries would have failed.
 */
export function batchLoader<K, V>(loadMany: LoadMany<K, V>): (key: K) => Promise<V | undefined> {
  const loader = new DataLoader<K, V | undefined>(
    async (keys) => {
      // Without a cache DataLoader passes a key once per lookup: the query gets each key once.
      const rows = await loadMany([...new Set(keys)])
      return keys.map((key) => rows.get(key))
    },
    {
      cache: false,
      maxBatchSize: MAX_BATCH,
      // The whole turn, I/O callbacks included (DataLoader's default ends the batch sooner, after
      // the current job's promise callbacks).
      batchScheduleFn: (dispatch) => setImmediate(dispatch),
    },
  )
  return (key) => loader.load(key)
}
