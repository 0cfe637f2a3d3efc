/**
 * The `sesame` process (bin/sesame.js): reads .env, finds the app it works for (app-loader.ts),
 * runs one command line through `runCli` with the process's own streams, and is the only place
 * that touches the process's exit code (CONTRIBUTING.md, Build, don't start; Thin CLI commands).
 */
import { loadDotEnv } from '../core/config.js'
import { AppLoadError, loadApp } from './app-loader.js'
import { createProcessIo } from './io.js'
import { runCli } from './run.js'

// The same settings as the server: a .env in the working directory, the environment winning.
loadDotEnv()
try {
  const app = await loadApp(process.cwd(), process.env)
  process.exitCode = await runCli(process.argv.slice(2), { ...createProcessIo(), app })
} catch (error) {
  if (!(error instanceof AppLoadError)) throw error
  console.error(`Error: ${error.message}`)
  process.exitCode = 1
}
