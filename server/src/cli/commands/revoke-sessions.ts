/**
 * `sesame revoke-sessions <username>`: ends every session of a user at once, on every instance
 * (the next request of each finds no session row): the answer to a compromised account when the
 * password itself is not known to be leaked. Recorded in the audit log.
 */
import { countOf, onlyUsername, parseArgsOrThrow, withServices } from '../context.js'
import type { CliIo } from '../io.js'

export const SUMMARY = 'End every session of a user at once (log them out everywhere).'

export const USAGE = `Usage: sesame revoke-sessions <username>

${SUMMARY}
The password is unchanged; use changepassword when it may be known to someone else.
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
  return withServices(io, async ({ users, sessions }) => {
    const user = await users.findByUsername(name)
    if (!user) {
      io.stderr(`Error: User "${name}" does not exist.\n`)
      return 1
    }
    const revoked = await sessions.revokeAll(user, { via: 'cli' })
    io.stdout(`Revoked ${countOf(revoked, 'session')} of user "${user.username}".\n`)
    return 0
  })
}
