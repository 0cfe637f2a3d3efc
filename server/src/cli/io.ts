/**
 * What a command may touch of the outside world: two output streams, the environment and
 * prompts, and the app they work for. Commands take a `CliIo` instead of `process`, so they never exit the process
 * (CONTRIBUTING.md, Build, don't start) and could be driven by a fake.
 *
 * Hidden prompts are for passwords: on a terminal the answer is read in raw mode by `readline`
 * writing to a muted stream, so nothing is echoed (Python's getpass, which Django uses, does the
 * same with termios). When stdin is not a terminal, lines are read from it as they come; nothing
 * echoes a pipe, so the same reader serves both kinds of prompt and scripts can pipe answers.
 */
import { createInterface, type Interface } from 'node:readline'
import type { Socket } from 'node:net'
import { Writable } from 'node:stream'
import type { SesameApp } from '../app-definition.js'

export interface CliIo {
  /** Writes text as is (add the newline yourself). */
  stdout(text: string): void
  stderr(text: string): void
  readonly env: NodeJS.ProcessEnv
  /** Asks a question and returns the answer line; throws `PromptCancelledError` on ^C or EOF. */
  prompt(question: string): Promise<string>
  /** Like `prompt`, but the answer is never echoed. For passwords. */
  promptHidden(question: string): Promise<string>
  /** True when stdin is a terminal: a person can answer prompts as they appear. */
  readonly isInteractive: boolean
  /**
   * The app built on Sesame the commands work for (its migrations, permissions and "user
   * created" hook; cli/app-loader.ts finds it), or absent for Sesame alone.
   */
  readonly app?: SesameApp | null
}

/** The user pressed ^C, or stdin ended before an answer came. */
export class PromptCancelledError extends Error {
  override readonly name = 'PromptCancelledError'
  constructor() {
    super('Operation cancelled.')
  }
}

/** The `CliIo` of this process: its stdout, stderr, environment and stdin. */
export function createProcessIo(): CliIo {
  const isInteractive = process.stdin.isTTY === true
  const lines = isInteractive ? null : createLineReader(process.stdin)
  const ask = async (question: string, hidden: boolean): Promise<string> => {
    if (!lines) return askTerminal(question, hidden)
    process.stdout.write(question)
    const answer = await lines.next()
    // The piped answer is not echoed, so end the prompt's line ourselves.
    process.stdout.write('\n')
    if (answer === null) throw new PromptCancelledError()
    return answer
  }
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    prompt: (question) => ask(question, false),
    promptHidden: (question) => ask(question, true),
    isInteractive,
  }
}

export type NewPasswordAnswer = { ok: true; password: string } | { ok: false; message: string }

/**
 * Asks for a new password twice, hidden, as Django does. A blank password or a mismatch is
 * `{ ok: false }` with the message to show; the caller decides whether to ask again.
 */
export async function promptNewPassword(io: CliIo): Promise<NewPasswordAnswer> {
  const password = await io.promptHidden('Password: ')
  const again = await io.promptHidden('Password (again): ')
  if (password !== again) return { ok: false, message: "Error: Your passwords didn't match." }
  if (password === '') return { ok: false, message: "Error: Blank passwords aren't allowed." }
  return { ok: true, password }
}

interface LineReader {
  /** The next line, or null once the input has ended. */
  next(): Promise<string | null>
}

/**
 * One reader for the whole run: a readline interface reads ahead a whole chunk, so a fresh
 * interface per prompt would lose the answers piped after the first one. The input is paused
 * whenever nobody waits, so a pipe left open does not keep the process alive after the command.
 */
function createLineReader(input: NodeJS.ReadableStream): LineReader {
  // A paused pipe still holds the event loop open (net.Socket keeps its handle ref'd), so it is
  // also unref'd while idle. A file or /dev/null is read to its end anyway.
  const socket = input as Partial<Pick<Socket, 'ref' | 'unref'>>
  const queued: string[] = []
  const waiting: Array<(line: string | null) => void> = []
  let ended = false
  let reader: Interface | null = null

  const start = (): Interface => {
    const rl = createInterface({ input, terminal: false, crlfDelay: Infinity })
    rl.on('line', (line) => {
      const waiter = waiting.shift()
      if (waiter) waiter(line)
      else queued.push(line)
      if (waiting.length === 0) {
        rl.pause()
        socket.unref?.()
      }
    })
    rl.on('close', () => {
      ended = true
      for (const waiter of waiting.splice(0)) waiter(null)
    })
    return rl
  }

  return {
    next(): Promise<string | null> {
      const line = queued.shift()
      if (line !== undefined) return Promise.resolve(line)
      if (ended) return Promise.resolve(null)
      return new Promise((resolve) => {
        waiting.push(resolve)
        reader ??= start()
        socket.ref?.()
        reader.resume()
      })
    },
  }
}

/** One question on the terminal; hidden answers go through a muted output, so nothing echoes. */
function askTerminal(question: string, hidden: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let answered = false
    const output = hidden ? new Writable({ write: (_chunk, _encoding, done) => done() }) : null
    const rl = createInterface({
      input: process.stdin,
      output: output ?? process.stdout,
      // Raw mode and line editing even though the muted output is not a TTY.
      terminal: true,
      historySize: 0,
    })
    rl.on('SIGINT', () => rl.close())
    rl.on('close', () => {
      if (answered) return
      process.stdout.write('\n')
      reject(new PromptCancelledError())
    })
    if (hidden) process.stdout.write(question)
    rl.question(hidden ? '' : question, (answer) => {
      answered = true
      rl.close()
      // The muted output swallowed the newline the user typed.
      if (hidden) process.stdout.write('\n')
      resolve(answer)
    })
  })
}
