/**
 * `sesame <command>`: the Django-style management CLI. `runCli` dispatches to a command's `run`,
 * turns usage errors into exit code 2 and anything unexpected into one line and exit code 1, and
 * returns the code; `main.ts` hands it to the process (CONTRIBUTING.md, Build, don't start; Thin
 * CLI commands). Tests call `runCli` in-process with a fake `CliIo`.
 */
import * as changepassword from './commands/changepassword.js'
import * as clearsessions from './commands/clearsessions.js'
import * as createsuperuser from './commands/createsuperuser.js'
import * as importDjangoUsers from './commands/import-django-users.js'
import * as migrate from './commands/migrate.js'
import * as revokeSessions from './commands/revoke-sessions.js'
import * as serve from './commands/serve.js'
import * as unlock from './commands/unlock.js'
import { UsageError } from './context.js'
import { PromptCancelledError, type CliIo } from './io.js'

interface Command {
  SUMMARY: string
  USAGE: string
  run(args: string[], io: CliIo): Promise<number>
}

const COMMANDS: Readonly<Record<string, Command>> = {
  changepassword,
  clearsessions,
  createsuperuser,
  'import-django-users': importDjangoUsers,
  migrate,
  'revoke-sessions': revokeSessions,
  serve,
  unlock,
}

const USAGE = `Usage: sesame <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(21)}${command.SUMMARY}`)
  .join('\n')}

Run "sesame <command> --help" for a command's options.
`

/** Runs one command line (without `node` and the script) and returns its exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      io.stderr(USAGE)
      return 2
    }
    io.stdout(USAGE)
    return 0
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    // Only a word that looks like a command name is repeated back; anything else may be a secret.
    const shown = /^[a-z-]{1,40}$/.test(name) ? `"${name}"` : 'that'
    io.stderr(`Unknown command ${shown}.\n\n${USAGE}`)
    return 2
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${command.USAGE}\nError: ${error.message}\n`)
      return 2
    }
    if (error instanceof PromptCancelledError) {
      io.stderr(`${error.message}\n`)
      return 1
    }
    // A bug or an outage (a lost connection, a full disk): one line, no stack trace.
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`Error: ${message.split('\n').join(' ')}\n`)
    return 1
  }
}
