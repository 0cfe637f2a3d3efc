// `node scripts/parallel.mjs "npm run lint" "npm run typecheck"`: runs shell commands at the same
// time and exits non-zero when any of them fails. `npm test` starts with it: ESLint and the type
// checkers are single-threaded, so side by side they use both cores of a small CI machine instead
// of one after the other. Each command's output (stdout and stderr together) is held and printed
// in one block when it ends, so the logs never interleave.
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Runs `commands` at once; resolves with their exit codes, in order (1 for a kill by signal). */
export function runParallel(commands, { write = (text) => process.stdout.write(text) } = {}) {
  return Promise.all(
    commands.map(
      (command) =>
        new Promise((resolve) => {
          const child = spawn(command, {
            shell: true,
            stdio: ['ignore', 'pipe', 'pipe'],
            // Piped output turns colours off; keep them when this script's own output is a terminal.
            env: process.stdout.isTTY ? { FORCE_COLOR: '1', ...process.env } : process.env,
          })
          const output = []
          child.stdout.on('data', (chunk) => output.push(chunk))
          child.stderr.on('data', (chunk) => output.push(chunk))
          child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)))
          child.on('close', (code) => {
            const status = code ?? 1
            write(`\n$ ${command}  (${status === 0 ? 'passed' : `failed, exit ${status}`})\n`)
            write(Buffer.concat(output).toString())
            resolve(status)
          })
        }),
    ),
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const commands = process.argv.slice(2)
  if (commands.length === 0) {
    console.error('usage: node scripts/parallel.mjs "command" ["command" ...]')
    process.exit(2)
  }
  const codes = await runParallel(commands)
  process.exit(codes.find((code) => code !== 0) ?? 0)
}
