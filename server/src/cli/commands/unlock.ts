/**
 * `sesame unlock <username>`: clears the login throttling of one account, from every address,
 * for the owner locked out by someone else's guessing. Per-address counters that are not tied to
 * an account (100 failures an hour from one address) are left alone. Recorded in the audit log.
 */
import { countOf, onlyUsername, parseArgsOrThrow, withServices } from '../context.js'
import type { CliIo } from '../io.js'

export const SUMMARY = 'Clear the login throttling of an account (from every address).'

export const USAGE = `Usage: sesame unlock <username>

${SUMMARY}
Works for any name, existing or not: throttling does not reveal which accounts exist.
`

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgsOrThrow({
    args,
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  })
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  const name = onlyUsername(positionals)
  return withServices(io, async ({ users }) => {
    const cleared = await users.unlock(name, { via: 'cli' })
    io.stdout(`Cleared ${countOf(cleared, 'login counter')} of "${name}".\n`)
    return 0
  })
}
