/**
 * `sesame createsuperuser`: Django's command. Asks for a username, an email address and a
 * password typed twice without echo, or with `--no-input` takes them from SESAME_USERNAME,
 * SESAME_EMAIL and SESAME_PASSWORD. The user is created by the same `UserService.create` as
 * everywhere else, so the same username, email and password rules apply.
 */
import type { FieldErrors } from '../../auth/results.js'
import { validateNewUsername } from '../../users/username.js'
import { parseArgsOrThrow, printFieldErrors, withServices, type CliServices } from '../context.js'
import { promptNewPassword, type CliIo } from '../io.js'

export const SUMMARY = 'Create a user with every permission (staff and superuser).'

export const USAGE = `Usage: sesame createsuperuser [--username NAME] [--email ADDRESS] [--no-input]

${SUMMARY}
Asks for what the options do not give; the password is always asked for, hidden.

  --username NAME   the username (asked for when missing)
  --email ADDRESS   the email address (asked for when missing; may be blank)
  --no-input        ask nothing: take SESAME_USERNAME, SESAME_EMAIL (optional) and
                    SESAME_PASSWORD from the environment; the options win over the variables
`

const OPTIONS = {
  username: { type: 'string' },
  email: { type: 'string' },
  'no-input': { type: 'boolean' },
  // Django spells it both ways.
  noinput: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

interface NewSuperuser {
  username: string
  email: string
  password: string
}

const TAKEN = 'Error: That username is already taken.'

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgsOrThrow({ args, options: OPTIONS })
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  const noInput = values['no-input'] === true || values.noinput === true
  if (!noInput) return withServices(io, (services) => createInteractively(services, io, values))
  const username = values.username ?? io.env.SESAME_USERNAME
  const email = values.email ?? io.env.SESAME_EMAIL ?? ''
  const password = io.env.SESAME_PASSWORD
  if (!username) {
    io.stderr('Error: With --no-input, give the username with --username or SESAME_USERNAME.\n')
    return 1
  }
  if (!password) {
    io.stderr('Error: With --no-input, set the password in SESAME_PASSWORD.\n')
    return 1
  }
  return withServices(io, async (services) => {
    if (await services.users.findByUsername(username)) {
      io.stderr(`${TAKEN}\n`)
      return 1
    }
    const refused = await create(services, io, { username, email, password })
    return refused ? 1 : 0
  })
}

/**
 * Asks for each missing answer; when the service refuses some, prints why and asks for those
 * again, like Django. Ends with the user created, or with ^C or the end of stdin.
 */
async function createInteractively(
  services: CliServices,
  io: CliIo,
  given: { username?: string | undefined; email?: string | undefined },
): Promise<number> {
  let username = given.username?.trim()
  let email = given.email?.trim()
  let password: string | undefined
  for (;;) {
    username = await askUsername(services, io, username)
    email ??= (await io.prompt('Email address: ')).trim()
    password ??= await askPassword(io)
    const refused = await create(services, io, { username, email, password })
    if (!refused) return 0
    if (!refused.username && !refused.email && !refused.password) return 1
    if (refused.username) username = undefined
    if (refused.email) email = undefined
    if (refused.password) password = undefined
  }
}

async function askPassword(io: CliIo): Promise<string> {
  for (;;) {
    const answer = await promptNewPassword(io)
    if (answer.ok) return answer.password
    io.stderr(`${answer.message}\n`)
  }
}

/** A valid, free username: the one given if it is, else asked for until one is. */
async function askUsername(
  services: CliServices,
  io: CliIo,
  given: string | undefined,
): Promise<string> {
  let username = given
  for (;;) {
    if (username !== undefined) {
      const errors = validateNewUsername(username)
      if (errors.length) for (const message of errors) io.stderr(`Error: ${message}\n`)
      else if (await services.users.findByUsername(username)) io.stderr(`${TAKEN}\n`)
      else return username
    }
    username = (await io.prompt('Username: ')).trim()
  }
}

/** Creates the superuser; on refusal prints the reasons and returns the refused fields. */
async function create(
  services: CliServices,
  io: CliIo,
  input: NewSuperuser,
): Promise<FieldErrors | null> {
  const result = await services.users.create(
    { ...input, isStaff: true, isSuperuser: true },
    { via: 'cli' },
  )
  if (!result.ok) {
    printFieldErrors(io, result.fields)
    return result.fields
  }
  io.stdout('Superuser created successfully.\n')
  return null
}
