/**
 * "The latest request wins": a page that loads the same thing again (a new search, sort, page or
 * filter; a reload after an action) shows the answer to the newest request only. An older answer
 * that arrives late is dropped instead of replacing a newer one, and its request is aborted.
 *
 * ```ts
 * const latest = useLatest()
 * const outcome = await latest.run((signal) => listUsers(query, { signal }))
 * if (outcome.stale) return
 * ```
 */
import { getCurrentScope, onScopeDispose } from 'vue'

/** How a request ended, as the caller should take it. */
export type Outcome<T> =
  /** The newest request answered. */
  | { stale: false; ok: true; value: T }
  /** The newest request failed: show `error`. */
  | { stale: false; ok: false; error: unknown }
  /** A newer request started (or `invalidate`, or the component went away): ignore this one. */
  | { stale: true }

export interface Latest {
  /**
   * Runs `request` as the newest one: the one before it, if still running, is aborted through the
   * signal it was given and becomes stale. Never rejects; a stale request's error is dropped.
   */
  run<T>(request: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T>>
  /** Makes the running request stale (e.g. the user logged out while it ran). */
  invalidate(): void
  /** Whether a request that is not yet stale is running. */
  readonly running: boolean
}

export function useLatest(): Latest {
  let generation = 0
  let controller: AbortController | null = null

  function invalidate(): void {
    generation++
    controller?.abort()
    controller = null
  }

  async function run<T>(request: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T>> {
    invalidate()
    const asked = generation
    const mine = new AbortController()
    controller = mine
    try {
      const value = await request(mine.signal)
      return asked === generation ? { stale: false, ok: true, value } : { stale: true }
    } catch (error) {
      return asked === generation ? { stale: false, ok: false, error } : { stale: true }
    } finally {
      if (controller === mine) controller = null
    }
  }

  // A component that goes away leaves no request behind that could still change its state.
  if (getCurrentScope()) onScopeDispose(invalidate)

  return {
    run,
    invalidate,
    get running() {
      return controller !== null
    },
  }
}
