/**
 * `sesame clearsessions`: deletes sessions past their absolute or idle timeout. Expired sessions
 * are already refused on every request; this only keeps the table small. Run it from cron. Also
 * deletes lapsed login counters and, with AUDIT_RETENTION set, audit events older than that.
 */
import { LOGIN_COUNTERS_LIFETIME_MS } from '../../security/login.throttle.js'
import { countOf, parseArgsOrThrow, withServices } from '../context.js'
import type { CliIo } from '../io.js'

export const SUMMARY = 'Remove expired sessions from the session store.'

export const USAGE = `Usage: sesame clearsessions

${SUMMARY}
A session has expired when it is older than SESSION_ABSOLUTE_TIMEOUT or has not been used
for SESSION_IDLE_TIMEOUT. With AUDIT_RETENTION set (e.g. 365d), audit events older than
that are deleted too; unset, they are kept forever.
`

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgsOrThrow({ args, options: { help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  return withServices(io, async ({ sessions, throttle, audit, clock, config }) => {
    const removed = await sessions.clearExpired()
    io.stdout(`Removed ${countOf(removed, 'expired session')}.\n`)
    // Lapsed login-throttle counters count as zero anyway; they only take up room.
    const pruned = await throttle.prune(clock() - LOGIN_COUNTERS_LIFETIME_MS)
    if (pruned > 0) io.stdout(`Removed ${countOf(pruned, 'stale login counter')}.\n`)
    if (config.auditRetentionSeconds !== null) {
      const deleted = await audit.prune(clock() - config.auditRetentionSeconds * 1000)
      io.stdout(`Removed ${countOf(deleted, 'audit event')} older than AUDIT_RETENTION.\n`)
    }
    return 0
  })
}
