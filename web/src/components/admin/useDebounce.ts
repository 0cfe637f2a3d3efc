/**
 * Runs `action` once typing has paused for `delay` ms (search fields: one request per pause, not
 * per key). A pending call is dropped when the component goes away.
 */
import { onScopeDispose } from 'vue'

/** How long a search field waits after the last key before it asks the server. */
export const SEARCH_DELAY_MS = 300

export interface Debounced {
  (): void
  /** Drops a pending call (the value was applied by other means, e.g. Clear filters). */
  cancel(): void
}

export function useDebounce(action: () => void, delay: number = SEARCH_DELAY_MS): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = (): void => clearTimeout(timer)
  const debounced = (): void => {
    cancel()
    timer = setTimeout(action, delay)
  }
  onScopeDispose(cancel)
  return Object.assign(debounced, { cancel })
}
