/**
 * `sesame changepassword <username>`: Django's command. Asks for the new password twice without
 * echo (or takes SESAME_PASSWORD with `--no-input`) and sets it through `UserService`, which
 * bumps the user's auth_version and deletes their sessions: every device is signed out at once.
 */
import type { AuthUser } from '../../users/user.types.js'
import {
  countOf,
  parseArgsOrThrow,
  printFieldErrors,
  onlyUsername,
  withServices,
  type CliServices,
} from '../context.js'
import { promptNewPassword, type CliIo } from '../io.js'

export const SUMMARY = "Change a user's password and sign them out everywhere."

export const USAGE = `Usage: sesame changepassword <username> [--no-input]

${SUMMARY}
Asks for the new password twice, hidden.

  --no-input   ask nothing: take the new password from SESAME_PASSWORD
`

// Django's changepassword gives up after this many refused or mismatched attempts.
const MAX_TRIES = 3

const OPTIONS = {
  'no-input': { type: 'boolean' },
  noinput: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgsOrThrow({
    args,
    options: OPTIONS,
    allowPositionals: true,
  })
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  const name = onlyUsername(positionals)
  const noInput = values['no-input'] === true || values.noinput === true
  const password = io.env.SESAME_PASSWORD
  if (noInput && !password) {
    io.stderr('Error: With --no-input, set the new password in SESAME_PASSWORD.\n')
    return 1
  }
  return withServices(io, async (services) => {
    const user = await services.users.findByUsername(name)
    if (!user) {
      io.stderr(`Error: User "${name}" does not exist.\n`)
      return 1
    }
    if (noInput) return (await change(services, io, user, password ?? '')) === 'changed' ? 0 : 1
    return changeInteractively(services, io, user)
  })
}

/** Django's loop: up to MAX_TRIES pairs of hidden answers, each mismatch or refusal said why. */
async function changeInteractively(
  services: CliServices,
  io: CliIo,
  user: AuthUser,
): Promise<number> {
  io.stdout(`Changing password for user "${user.username}"\n`)
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const answer = await promptNewPassword(io)
    if (!answer.ok) {
      io.stderr(`${answer.message}\n`)
      continue
    }
    const outcome = await change(services, io, user, answer.password)
    if (outcome === 'changed') return 0
    if (outcome === 'failed') return 1
  }
  io.stderr(
    `Error: Aborting password change for user "${user.username}" after ${MAX_TRIES} attempts.\n`,
  )
  return 1
}

/** `refused`: the password itself was refused, so the prompt may ask again. */
type Outcome = 'changed' | 'refused' | 'failed'

async function change(
  services: CliServices,
  io: CliIo,
  user: AuthUser,
  password: string,
): Promise<Outcome> {
  const result = await services.users.changePassword(user.username, password, { via: 'cli' })
  if (!result.ok) {
    printFieldErrors(io, result.fields)
    return result.fields.password ? 'refused' : 'failed'
  }
  const { sessionsRevoked } = result.value
  io.stdout(`Password changed successfully for user "${user.username}".\n`)
  io.stdout(`Revoked ${countOf(sessionsRevoked, 'session')}.\n`)
  return 'changed'
}
