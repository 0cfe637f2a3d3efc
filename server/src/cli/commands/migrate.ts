/** `sesame migrate`: applies the pending migrations and says which, like Django's `migrate`. */
import { upgradeDatabase } from '../../upgrade.js'
import { parseArgsOrThrow, withDatabase } from '../context.js'
import type { CliIo } from '../io.js'

export const SUMMARY = 'Apply pending database migrations.'

export const USAGE = `Usage: sesame migrate

${SUMMARY}
The database is DATABASE_URL (default sqlite:data/sesame.sqlite3). In an app's folder
(package.json "sesame": {"app": ...}, or SESAME_APP), the app's migrations follow Sesame's.
`

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgsOrThrow({ args, options: { help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  return withDatabase(io, async (db) => {
    const { applied } = await upgradeDatabase(db, io.app ?? null)
    if (applied.length === 0) io.stdout('No migrations to apply.\n')
    for (const name of applied) io.stdout(`Applied migration ${name}.\n`)
    return 0
  })
}
