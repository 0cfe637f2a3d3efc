/**
 * `sesame serve`: what `npm start` runs. Migrates, then serves until SIGINT or SIGTERM; the
 * listening socket keeps the process alive after `run` has returned.
 */
import { ConfigError } from '../../core/config.js'
import { loadConfigOrReport, parseArgsOrThrow } from '../context.js'
import type { CliIo } from '../io.js'

export const SUMMARY = 'Migrate the database and serve the app on HOST:PORT.'

export const USAGE = `Usage: sesame serve

${SUMMARY}
Settings come from the environment (see .env.example): PORT (default 8000),
HOST (default 127.0.0.1), DATABASE_URL, PUBLIC_ORIGIN, ...
`

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgsOrThrow({ args, options: { help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  const config = loadConfigOrReport(io)
  if (!config) return 1
  try {
    // Loaded here, not at the top: the other commands never load the HTTP app (its routes,
    // Fastify plugins and the SPA), only the services (docs/architecture.md, Layers).
    const { serve } = await import('../../server.js')
    await serve(config, { app: io.app ?? null })
  } catch (error) {
    // A port in use or an unreachable database: one clear line, no stack trace.
    const message = error instanceof Error ? error.message : String(error)
    const reason = error instanceof ConfigError ? '' : 'Cannot start: '
    io.stderr(`Error: ${reason}${message.replace(/\s*\n\s*/g, ' ')}\n`)
    return 1
  }
  return 0
}
