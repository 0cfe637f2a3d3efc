/**
 * Refused logins (429) counted without a write per refusal. The throttle store names the first
 * refusal of each blocking period, on whichever instance; only that one writes a
 * `login_throttled` event, with `detail.period` (a digest of the counter and the period's end)
 * and `detail.refused: 1`. Every later refusal of the period is counted here, in memory, and
 * each instance adds its counts to that event's `detail.refused` every few seconds and when it
 * closes: one UPDATE per period and instance per interval, however fast the client retries.
 */
import { createHash } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'

/** How often counted refusals are added to their events. */
export const REFUSAL_FLUSH_INTERVAL_MS = 5_000
/** The longest a blocking period lasts (the throttle's 15-minute cap), with room to spare. */
const LONGEST_PERIOD_MS = 60 * 60_000

/**
 * What the audit log needs of a throttle refusal (the throttle store's `ThrottleRefusal` has this
 * shape): the counter, the end of its blocking period, and whether this is the period's first
 * refusal. Declared here so that audit/ does not depend on security/ (docs/architecture.md).
 */
export interface CountedRefusal {
  key: string
  until: number
  first: boolean
}

/** Names one blocking period of one counter; the same on every instance. */
export function refusalPeriod(refusal: CountedRefusal): string {
  return createHash('sha256').update(`${refusal.key}\n${refusal.until}`).digest('hex').slice(0, 16)
}

export interface RefusalTally {
  count(refusal: CountedRefusal): void
  /** Adds every count to its event now. */
  flush(): Promise<void>
  /** Stops the timer and flushes. */
  close(): Promise<void>
}

export function createRefusalTally(
  add: (refusals: { period: string; since: number; count: number }) => Promise<boolean>,
  log: FastifyBaseLogger,
): RefusalTally {
  const pending = new Map<string, { since: number; count: number }>()
  let timer: NodeJS.Timeout | null = null

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    const batch = [...pending]
    pending.clear()
    for (const [period, { since, count }] of batch) {
      try {
        await add({ period, since, count })
      } catch (error) {
        // A count is worth less than a crash: the event itself is already written.
        log.warn({ err: error, period, count }, 'could not add refused logins to their audit event')
      }
    }
  }

  return {
    count(refusal): void {
      const period = refusalPeriod(refusal)
      const entry = pending.get(period)
      if (entry) entry.count++
      else pending.set(period, { since: refusal.until - LONGEST_PERIOD_MS, count: 1 })
      if (!timer) {
        timer = setTimeout(() => void flush(), REFUSAL_FLUSH_INTERVAL_MS)
        timer.unref()
      }
    },
    flush,
    close: flush,
  }
}
