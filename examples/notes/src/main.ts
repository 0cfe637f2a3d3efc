/**
 * `npm start -w examples/notes`: Sesame's server with the notes app, configured like Sesame (PORT,
 * HOST, DATABASE_URL, PUBLIC_ORIGIN… from the environment or a .env file in this folder).
 */
import { ConfigError, loadConfig, loadDotEnv, serve } from '@sesame/server'
import app from './app.js'

try {
  loadDotEnv()
  await serve(loadConfig(), { app })
} catch (error) {
  // A bad variable or an unreachable database: one clear line, no stack trace.
  console.error(error instanceof ConfigError ? error.message : `Cannot start: ${String(error)}`)
  process.exitCode = 1
}
