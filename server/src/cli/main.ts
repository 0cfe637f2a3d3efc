/**
 * The `sesame` process (bin/sesame.js): reads .env, runs one command line through `runCli` with
 * the process's own streams, and is the only place that touches the process's exit code
 * (CONTRIBUTING.md, Build, don't start; Thin CLI commands).
 */
import { loadDotEnv } from '../core/config.js'
import { createProcessIo } from './io.js'
import { runCli } from './run.js'

// The same settings as the server: a .env in the working directory, the environment winning.
loadDotEnv()
process.exitCode = await runCli(process.argv.slice(2), createProcessIo())
