/**
 * Waiting in specs, with the timeouts written down (vite.config.ts sets the test's own): a spec
 * waits for something that takes a few turns of the event loop (a dialog's transition, a route
 * change), never for a fixed time.
 */
import { vi } from 'vitest'

/**
 * How long a spec waits for the page to get somewhere: far above what it takes on a busy machine
 * (milliseconds), far below the test timeout, so a wait that fails says what it waited for.
 */
export const WAIT_MS = 5_000

/** Retries `check` (an assertion, or a function that throws) until it passes or `timeout` ends. */
export function waitFor<T>(check: () => T | Promise<T>, timeout: number = WAIT_MS): Promise<T> {
  return vi.waitFor(check, { timeout, interval: 20 })
}
