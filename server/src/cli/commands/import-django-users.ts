/**
 * `sesame import-django-users <path>`: brings the users, groups and group permissions of a
 * Django project (its SQLite database, opened read-only) into Sesame, in one transaction. Users
 * keep their passwords (Django `pbkdf2_sha256` hashes, rehashed with argon2id at their first
 * login). Safe to run again while Django is still live: what did not change is left alone. Each
 * created or changed user is recorded in the audit log (issue #5).
 */
import { importDjangoExport, type ImportReport } from '../../auth/django-import.service.js'
import { DjangoImportError, readDjangoDatabase } from '../../auth/django.reader.js'
import { countOf, parseArgsOrThrow, UsageError, withServices } from '../context.js'
import type { CliIo } from '../io.js'

export const SUMMARY = 'Import users, groups and permissions from a Django SQLite database.'

export const USAGE = `Usage: sesame import-django-users [--merge-existing] <path to the Django db.sqlite3>

${SUMMARY}
A Django user whose name is new to Sesame (ignoring case) is created. A new user keeps their
Django password hash when it is pbkdf2_sha256 (Django's default); any other hash imports the user
without a usable password. A user an import created gets Django's email, flags, dates and groups
at every run; their password follows Django's only while it is still the Django hash (never once
they logged in to Sesame or changed it here). Users whose active, staff or superuser flag or
password changed are signed out everywhere. Running it again changes nothing unless Django did.

An account created in Sesame is never changed, only reported as skipped, unless:
  --merge-existing  merge Django users into Sesame accounts of the same name. Such an account
                    keeps its password and never gains anything: its active, staff and superuser
                    flags and its groups stay as they are or go down to Django's; the report
                    names every merged account, what it was not given, and what it lost.
`

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgsOrThrow({
    args,
    options: { help: { type: 'boolean', short: 'h' }, 'merge-existing': { type: 'boolean' } },
    allowPositionals: true,
  })
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  const [path] = positionals
  if (positionals.length !== 1 || !path) {
    throw new UsageError('Give exactly one path: the Django SQLite database.')
  }
  let data
  try {
    // Read before Sesame's database is opened: a wrong path touches nothing.
    data = readDjangoDatabase(path)
  } catch (error) {
    if (!(error instanceof DjangoImportError)) throw error
    io.stderr(`Error: ${error.message}\n`)
    return 1
  }
  for (const warning of data.skipped) io.stderr(`Warning: skipped ${warning}\n`)
  return withServices(io, async (services) => {
    // The users, groups, ended sessions and audit events: one transaction (the service's).
    const report = await importDjangoExport(
      { ...services, onUserCreated: services.app?.onUserCreated },
      data,
      {
        mergeExisting: values['merge-existing'] === true,
      },
    )
    const { users, groups } = report
    for (const { username, reason } of report.skipped) {
      io.stderr(`Warning: skipped user ${JSON.stringify(username)}: ${reason}\n`)
    }
    io.stdout(
      `Imported from ${path}: ${users.created} created, ${users.updated} updated, ` +
        `${users.unchanged} unchanged, ${users.merged} merged, ` +
        `${data.skippedUsers + users.skipped} skipped.\n` +
        `Groups: ${groups.created} created, ${groups.updated} updated, ` +
        `${groups.unchanged} unchanged.\n`,
    )
    printNamed(io, report)
    if (report.withoutUsablePassword) {
      io.stdout(
        `${countOf(report.withoutUsablePassword, 'user')} without usable password (Django's ` +
          'hash is unusable or not pbkdf2_sha256): set one with "sesame changepassword".\n',
      )
    }
    if (report.signedOut) {
      io.stdout(
        `Signed out ${countOf(report.signedOut, 'user')} whose flags or password changed ` +
          `(${countOf(report.sessionsEnded, 'session')} ended).\n`,
      )
    }
    if (data.directPermissions) {
      io.stderr(
        `Warning: ${countOf(data.directPermissions, 'permission')} given to single users ` +
          '(auth_user_user_permissions) not imported: Sesame grants permissions through groups.\n',
      )
    }
    return 0
  })
}

/** Every merged, demoted and recognised account by name (the skipped ones went to stderr). */
function printNamed(io: CliIo, report: ImportReport): void {
  for (const { username, withheld } of report.merged) {
    const not = withheld.length ? `; not given: ${withheld.join(', ')}` : ''
    io.stdout(`Merged ${JSON.stringify(username)} (an account created in Sesame)${not}.\n`)
  }
  for (const { username, lost } of report.demoted) {
    io.stdout(`Demoted ${JSON.stringify(username)}: lost ${lost.join(', ')}.\n`)
  }
  if (report.adopted.length) {
    io.stdout(
      `Recognised ${countOf(report.adopted.length, 'account')} of an earlier import by its ` +
        `Django password hash: ${report.adopted.map((name) => JSON.stringify(name)).join(', ')}.\n`,
    )
  }
}
