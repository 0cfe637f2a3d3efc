/**
 * The `sesame` CLI. Almost every test calls `runCli` in-process (src/cli/run.ts) with a fake
 * `CliIo`: captured stdout and stderr, the environment given, prompt answers scripted as if piped
 * on stdin, and the exit code `runCli` returns; each test has its own SQLite file, read directly
 * with better-sqlite3 to check what the command did. A few run `node server/bin/sesame.js …` as
 * a child process on the compiled `dist/` (`npm run build -w server` first), for what only a real
 * process has: its exit code, answers piped on a real stdin, .env in the working directory,
 * signals, a hang. No run may print a password.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { verifyPassword } from '../src/auth/password.hasher.js'
import { usernameKey } from '../src/users/username.js'
import { PromptCancelledError, type CliIo } from '../src/cli/io.js'
import { runCli } from '../src/cli/run.js'
import { loginThrottleKeys } from '../src/security/login.throttle.js'

const BIN = fileURLToPath(new URL('../bin/sesame.js', import.meta.url))
const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))

const PASSWORD = 'correct-horse-battery-9'
const NEW_PASSWORD = 'tangerine-kite-lantern-4'
const OTHER_PASSWORD = 'quiet-meadow-copper-71'
const WRONG_PASSWORD = 'purple-anchor-violin-58'
const WEAK_PASSWORD = 'short7'
const ARGV_PASSWORD = 'argv-secret-pass-13'
/** Every password this file hands to the CLI; none may ever come back out. */
const SECRETS = [
  PASSWORD,
  NEW_PASSWORD,
  OTHER_PASSWORD,
  WRONG_PASSWORD,
  WEAK_PASSWORD,
  ARGV_PASSWORD,
]

const DAY_MS = 24 * 60 * 60 * 1000
// Far above a CLI run (~0.5 s); only a hung child reaches it.
const RUN_TIMEOUT_MS = 20_000

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

let dir = ''
let file = ''

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sesame-cli-'))
  file = join(dir, 'db.sqlite3')
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function expectNoSecrets(run: Run, command: string | undefined): void {
  for (const secret of SECRETS) {
    expect(run.stdout, `stdout of sesame ${command}`).not.toContain(secret)
    expect(run.stderr, `stderr of sesame ${command}`).not.toContain(secret)
  }
}

/**
 * Runs one command line in-process, as `sesame` would with `input` piped on its stdin (then EOF)
 * and a clean environment: a prompt writes its question to stdout, takes the next line, ends the
 * line (nothing echoes a pipe), and is cancelled when the lines have run out.
 */
async function sesame(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<Run> {
  const lines = (options.input ?? '').split('\n')
  if (lines.at(-1) === '') lines.pop()
  let stdout = ''
  let stderr = ''
  const ask = async (question: string): Promise<string> => {
    stdout += question
    const answer = lines.shift()
    stdout += '\n'
    if (answer === undefined) throw new PromptCancelledError()
    return answer
  }
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { DATABASE_URL: `sqlite:${file}`, ...options.env },
    prompt: ask,
    promptHidden: ask,
    isInteractive: false,
  }
  const run = { code: await runCli(args, io), stdout, stderr }
  expectNoSecrets(run, args[0])
  return run
}

/** Runs the compiled CLI in a child process with `input` on its stdin (then EOF). */
async function sesameProcess(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<Run> {
  const env = { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${file}`, ...options.env }
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: 'pipe' })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdin.end(options.input ?? '')
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`sesame ${args.join(' ')} hung.\nstdout: ${stdout}\nstderr: ${stderr}`))
    }, RUN_TIMEOUT_MS)
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  const run = { code, stdout, stderr }
  expectNoSecrets(run, args[0])
  return run
}

function createSuperuser(username: string, password: string, email = ''): Promise<Run> {
  return sesame(['createsuperuser', '--no-input'], {
    env: { SESAME_USERNAME: username, SESAME_EMAIL: email, SESAME_PASSWORD: password },
  })
}

function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(file)
  try {
    return fn(db)
  } finally {
    db.close()
  }
}

interface UserRow {
  id: number
  email: string
  password_hash: string
  is_staff: number
  is_superuser: number
  auth_version: number
}

function userRow(username: string): UserRow | undefined {
  return withDb(
    (db) =>
      db.prepare('SELECT * FROM users WHERE username_key = ?').get(username) as UserRow | undefined,
  )
}

function insertSession(
  idHash: string,
  userId: number,
  times: { lastSeenAt: number; expiresAt: number },
): void {
  withDb((db) =>
    db
      .prepare(
        `INSERT INTO sessions (id_hash, user_id, auth_version, csrf_secret, created_at,
           last_seen_at, expires_at, ip, user_agent, public_id)
         VALUES (?, ?, 1, 'csrf', ?, ?, ?, '127.0.0.1', 'test', ?)`,
      )
      .run(idHash, userId, times.lastSeenAt, times.lastSeenAt, times.expiresAt, `p-${idHash}`),
  )
}

function sessionIds(): string[] {
  return withDb((db) =>
    (
      db.prepare('SELECT id_hash FROM sessions ORDER BY id_hash').all() as { id_hash: string }[]
    ).map((row) => row.id_hash),
  )
}

/** alice with two live sessions (alice-laptop, alice-phone) and bob with one (bob-laptop). */
async function aliceAndBobWithSessions(): Promise<{ alice: UserRow; bob: UserRow }> {
  expect((await createSuperuser('alice', PASSWORD)).code).toBe(0)
  expect((await createSuperuser('bob', OTHER_PASSWORD)).code).toBe(0)
  const alice = userRow('alice')
  const bob = userRow('bob')
  if (!alice || !bob) throw new Error('setup failed')
  const now = Date.now()
  const fresh = { lastSeenAt: now, expiresAt: now + DAY_MS }
  insertSession('alice-laptop', alice.id, fresh)
  insertSession('alice-phone', alice.id, fresh)
  insertSession('bob-laptop', bob.id, fresh)
  return { alice, bob }
}

function expectNoStackTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/^\s+at /m)
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
}

describe('sesame migrate', () => {
  it('applies the migrations once, then has nothing to apply', async () => {
    const first = await sesame(['migrate'])
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toMatch(/^Applied migration \S+-initial\.$/m)

    const second = await sesame(['migrate'])
    expect(second).toEqual({ code: 0, stdout: 'No migrations to apply.\n', stderr: '' })
  })
})

describe('sesame createsuperuser --no-input', () => {
  it('creates a staff superuser, then refuses the same username', async () => {
    const created = await createSuperuser('alice', PASSWORD, 'alice@example.com')
    expect(created.code).toBe(0)
    expect(created.stdout).toBe('Superuser created successfully.\n')
    const user = userRow('alice')
    expect(user).toMatchObject({ email: 'alice@example.com', is_staff: 1, is_superuser: 1 })
    expect(user?.password_hash).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(PASSWORD, user?.password_hash ?? '')).toMatchObject({ ok: true })
    const events = withDb((db) => db.prepare('SELECT event, username FROM audit_events').all())
    expect(events).toEqual([{ event: 'user_created', username: 'alice' }])

    // Case-insensitive, like login.
    const duplicate = await createSuperuser('Alice', OTHER_PASSWORD)
    expect(duplicate).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: That username is already taken.\n',
    })
  })

  it('refuses a weak password with the validator message and creates nothing', async () => {
    const run = await createSuperuser('bob', WEAK_PASSWORD)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'Error: This password is too short. It must contain at least 8 characters.\n',
    )
    expect(run.stdout).toBe('')
    expect(userRow('bob')).toBeUndefined()
  })

  it('refuses to run without SESAME_PASSWORD', async () => {
    const run = await sesame(['createsuperuser', '--no-input', '--username', 'bob'])
    expect(run).toMatchObject({ code: 1, stdout: '' })
    expect(run.stderr).toMatch(/^Error: .*SESAME_PASSWORD/)
    // Checked before the database is even opened.
    expect(existsSync(file)).toBe(false)
  })

  it('never takes a password from argv, and does not repeat it', async () => {
    const asOption = await sesame(['createsuperuser', `--password=${ARGV_PASSWORD}`])
    expect(asOption.code).toBe(2)
    expect(asOption.stderr).toContain('Passwords are never read from the command line')

    const asPositional = await sesame(['changepassword', 'alice', ARGV_PASSWORD])
    expect(asPositional.code).toBe(2)
  })
})

describe('sesame createsuperuser (prompting)', () => {
  it('asks again after mismatched passwords, reading answers piped on stdin', async () => {
    const input = ['carol', 'carol@example.com', PASSWORD, WRONG_PASSWORD, PASSWORD, PASSWORD]
    const run = await sesame(['createsuperuser'], { input: `${input.join('\n')}\n` })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain("Error: Your passwords didn't match.\n")
    expect(run.stdout).toContain('Username: ')
    expect(run.stdout).toContain('Password (again): ')
    expect(run.stdout).toMatch(/Superuser created successfully\.\n$/)
    const user = userRow('carol')
    expect(user).toMatchObject({ email: 'carol@example.com', is_superuser: 1 })
    expect(await verifyPassword(PASSWORD, user?.password_hash ?? '')).toMatchObject({ ok: true })
  })

  it('asks for another password when the first is refused', async () => {
    const input = ['dave', '', WEAK_PASSWORD, WEAK_PASSWORD, PASSWORD, PASSWORD]
    const run = await sesame(['createsuperuser'], { input: `${input.join('\n')}\n` })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Error: This password is too short.')
    expect(userRow('dave')).toMatchObject({ email: '', is_staff: 1 })
  })

  it('is cancelled, creating nothing, when stdin ends early', async () => {
    const run = await sesame(['createsuperuser', '--username', 'erin'], { input: 'erin@x.org\n' })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Operation cancelled.')
    expect(userRow('erin')).toBeUndefined()
  })
})

describe('sesame changepassword', () => {
  it('sets the new hash, bumps auth_version and deletes only that user’s sessions', async () => {
    const { alice, bob } = await aliceAndBobWithSessions()

    const run = await sesame(['changepassword', 'alice', '--no-input'], {
      env: { SESAME_PASSWORD: NEW_PASSWORD },
    })
    expect(run).toEqual({
      code: 0,
      stdout: 'Password changed successfully for user "alice".\nRevoked 2 sessions.\n',
      stderr: '',
    })
    const after = userRow('alice')
    expect(after?.password_hash).not.toBe(alice.password_hash)
    expect(await verifyPassword(NEW_PASSWORD, after?.password_hash ?? '')).toMatchObject({
      ok: true,
    })
    expect(after?.auth_version).toBe(alice.auth_version + 1)
    expect(sessionIds()).toEqual(['bob-laptop'])
    expect(userRow('bob')).toEqual(bob)
  })

  it('asks again after a refused password, reading answers piped on stdin', async () => {
    expect((await createSuperuser('alice', PASSWORD)).code).toBe(0)
    const input = [WEAK_PASSWORD, WEAK_PASSWORD, NEW_PASSWORD, NEW_PASSWORD]
    const run = await sesame(['changepassword', 'alice'], { input: `${input.join('\n')}\n` })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Error: This password is too short.')
    expect(run.stdout).toContain('Password changed successfully for user "alice".\n')
    expect(run.stdout).toContain('Revoked 0 sessions.\n')
    const hash = userRow('alice')?.password_hash ?? ''
    expect(await verifyPassword(NEW_PASSWORD, hash)).toMatchObject({ ok: true })
  })

  it('refuses a weak password with --no-input and keeps the old one', async () => {
    expect((await createSuperuser('alice', PASSWORD)).code).toBe(0)
    const before = userRow('alice')
    const run = await sesame(['changepassword', 'alice', '--no-input'], {
      env: { SESAME_PASSWORD: WEAK_PASSWORD },
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Error: This password is too short.')
    expect(userRow('alice')).toEqual(before)
  })

  it('exits 1 for an unknown user', async () => {
    expect((await sesame(['migrate'])).code).toBe(0)
    const run = await sesame(['changepassword', 'nobody', '--no-input'], {
      env: { SESAME_PASSWORD: NEW_PASSWORD },
    })
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'Error: User "nobody" does not exist.\n' })
  })
})

describe('sesame revoke-sessions', () => {
  it('deletes every session of that user and no one else’s, and records it', async () => {
    const { alice } = await aliceAndBobWithSessions()

    const run = await sesame(['revoke-sessions', 'ALICE'])
    expect(run).toEqual({ code: 0, stdout: 'Revoked 2 sessions of user "alice".\n', stderr: '' })
    expect(sessionIds()).toEqual(['bob-laptop'])
    expect(userRow('alice')).toEqual(alice) // the password and flags are untouched
    const event = withDb((db) =>
      db.prepare("SELECT * FROM audit_events WHERE event = 'session_revoked'").get(),
    ) as { user_id: number; detail: string } | undefined
    expect(event?.user_id).toBe(alice.id)
    expect(JSON.parse(event?.detail ?? '{}')).toEqual({
      via: 'cli',
      scope: 'all',
      sessionsRevoked: 2,
    })
  })

  it('exits 1 for an unknown user and 2 without exactly one username', async () => {
    expect((await sesame(['migrate'])).code).toBe(0)
    const unknown = await sesame(['revoke-sessions', 'nobody'])
    expect(unknown).toMatchObject({ code: 1, stderr: 'Error: User "nobody" does not exist.\n' })
    expect((await sesame(['revoke-sessions'])).code).toBe(2)
    expect((await sesame(['revoke-sessions', 'a', 'b'])).code).toBe(2)
  })
})

describe('sesame unlock', () => {
  it('clears the account’s counters from every address, and records it', async () => {
    expect((await createSuperuser('alice', PASSWORD)).code).toBe(0)
    const now = Date.now()
    const counter = (key: string) =>
      withDb((db) =>
        db
          .prepare(
            'INSERT INTO throttle_counters (key, failures, last_failure_at) VALUES (?, 9, ?)',
          )
          .run(key, now),
      )
    const alice = loginThrottleKeys(usernameKey('alice'), '203.0.113.5')
    const aliceElsewhere = loginThrottleKeys(usernameKey('alice'), '198.51.100.7')
    const bob = loginThrottleKeys(usernameKey('bob'), '203.0.113.5')
    for (const limits of [alice, aliceElsewhere, bob]) {
      for (const rule of limits.rules) {
        if (
          !withDb((db) => db.prepare('SELECT 1 FROM throttle_counters WHERE key = ?').get(rule.key))
        ) {
          counter(rule.key)
        }
      }
    }
    const run = await sesame(['unlock', 'Alice'])
    expect(run).toEqual({ code: 0, stdout: 'Cleared 3 login counters of "Alice".\n', stderr: '' })
    const left = withDb((db) =>
      (db.prepare('SELECT key FROM throttle_counters').all() as { key: string }[]).map(
        (r) => r.key,
      ),
    ).sort()
    // bob's two account counters and the two per-address counters stay.
    expect(left).toEqual(
      [
        bob.rules[0]?.key,
        bob.rules[1]?.key,
        alice.rules[2]?.key,
        aliceElsewhere.rules[2]?.key,
      ].sort(),
    )
    const event = withDb((db) =>
      db.prepare("SELECT * FROM audit_events WHERE event = 'login_unlocked'").get(),
    ) as { detail: string } | undefined
    expect(JSON.parse(event?.detail ?? '{}')).toEqual({ via: 'cli', countersCleared: 3 })
  })
})

describe('sesame clearsessions', () => {
  it('removes exactly the sessions past their absolute or idle timeout', async () => {
    expect((await createSuperuser('alice', PASSWORD)).code).toBe(0)
    const userId = userRow('alice')?.id ?? 0
    const now = Date.now()
    insertSession('absolute-expired', userId, { lastSeenAt: now, expiresAt: now - 1000 })
    // The default idle timeout is 14 days.
    insertSession('idle-expired', userId, {
      lastSeenAt: now - 15 * DAY_MS,
      expiresAt: now + DAY_MS,
    })
    insertSession('fresh', userId, { lastSeenAt: now - DAY_MS, expiresAt: now + DAY_MS })

    const run = await sesame(['clearsessions'])
    expect(run).toEqual({ code: 0, stdout: 'Removed 2 expired sessions.\n', stderr: '' })
    expect(sessionIds()).toEqual(['fresh'])

    const again = await sesame(['clearsessions'])
    expect(again.stdout).toBe('Removed 0 expired sessions.\n')
  })

  it('also prunes login-throttle counters that have lapsed, and only those', async () => {
    expect((await sesame(['migrate'])).code).toBe(0)
    const now = Date.now()
    withDb((db) => {
      const insert = db.prepare(
        'INSERT INTO throttle_counters (key, failures, last_failure_at) VALUES (?, ?, ?)',
      )
      insert.run('login:account:old', 7, now - 25 * 60 * 60 * 1000)
      insert.run('login:account:recent', 7, now - 60 * 1000)
    })
    const run = await sesame(['clearsessions'])
    expect(run).toEqual({
      code: 0,
      stdout: 'Removed 0 expired sessions.\nRemoved 1 stale login counter.\n',
      stderr: '',
    })
    const keys = withDb((db) => db.prepare('SELECT key FROM throttle_counters').all())
    expect(keys).toEqual([{ key: 'login:account:recent' }])
  })
})

describe('sesame clearsessions with AUDIT_RETENTION (issue #13 item 6)', () => {
  it('deletes audit events older than the retention and says how many; keeps all by default', async () => {
    expect((await sesame(['migrate'])).code).toBe(0)
    const now = Date.now()
    withDb((db) => {
      const insert = db.prepare('INSERT INTO audit_events (at, event, username) VALUES (?, ?, ?)')
      insert.run(now - 400 * DAY_MS, 'login_failed', 'ancient')
      insert.run(now - 31 * DAY_MS, 'login_failed', 'old')
      insert.run(now - 29 * DAY_MS, 'login_failed', 'recent')
      insert.run(now - 60_000, 'logout', 'now')
    })
    const names = (): unknown =>
      withDb((db) => db.prepare('SELECT username FROM audit_events ORDER BY at').all())

    // Unset: kept forever, and not mentioned.
    const kept = await sesame(['clearsessions'])
    expect(kept).toEqual({ code: 0, stdout: 'Removed 0 expired sessions.\n', stderr: '' })
    expect(names()).toHaveLength(4)

    const run = await sesame(['clearsessions'], { env: { AUDIT_RETENTION: '30d' } })
    expect(run).toEqual({
      code: 0,
      stdout: 'Removed 0 expired sessions.\nRemoved 2 audit events older than AUDIT_RETENTION.\n',
      stderr: '',
    })
    expect(names()).toEqual([{ username: 'recent' }, { username: 'now' }])
    const again = await sesame(['clearsessions'], { env: { AUDIT_RETENTION: '30d' } })
    expect(again.stdout).toContain('Removed 0 audit events older than AUDIT_RETENTION.\n')

    const bad = await sesame(['clearsessions'], { env: { AUDIT_RETENTION: 'forever' } })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('AUDIT_RETENTION')
  })
})

describe('sesame errors', () => {
  it('names the bad variable of a bad configuration', async () => {
    const run = await sesame(['migrate'], { env: { SESSION_IDLE_TIMEOUT: 'banana' } })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^Error: Invalid configuration: SESSION_IDLE_TIMEOUT: /)
    expectNoStackTrace(run)
  })

  it('exits 2 with the list of commands for an unknown command', async () => {
    const run = await sesame(['frobnicate'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Unknown command "frobnicate".')
    const names = [
      'changepassword',
      'clearsessions',
      'createsuperuser',
      'migrate',
      'revoke-sessions',
      'serve',
    ]
    for (const name of names) {
      expect(run.stderr).toMatch(new RegExp(`^  ${name} `, 'm'))
    }
  })

  it('prints the usage on --help and exits 0', async () => {
    const run = await sesame(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: sesame <command>/)
    const command = await sesame(['createsuperuser', '--help'])
    expect(command.code).toBe(0)
    expect(command.stdout).toContain('--no-input')
  })
})

describe('sesame serve', () => {
  it('refuses to start with settings that cannot work together, naming the fix', async () => {
    const run = await sesame(['serve'], {
      env: { PORT: '0', PUBLIC_ORIGIN: 'https://app.example.com', COOKIE_SECURE: 'false' },
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Refusing to start/)
    expect(run.stderr).toMatch(/Remove COOKIE_SECURE/)
    expectNoStackTrace(run)
  })
})

/** The compiled CLI in a real process: what `runCli` in-process cannot show. */
describe('the sesame process (bin/sesame.js)', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) {
      throw new Error(
        `${MAIN} is missing: these tests run the compiled CLI. Build it first with ` +
          '`npm run build -w server` (the root `npm test` does).',
      )
    }
  })

  it('exits 0 on --help and 2 on an unknown command, with the usage', async () => {
    const help = await sesameProcess(['--help'])
    expect(help).toMatchObject({ code: 0, stderr: '' })
    expect(help.stdout).toMatch(/^Usage: sesame <command>/)
    const unknown = await sesameProcess(['frobnicate'])
    expect(unknown).toMatchObject({ code: 2, stdout: '' })
    expect(unknown.stderr).toContain('Unknown command "frobnicate".')
    expect(unknown.stderr).toMatch(/^ {2}createsuperuser /m)
  })

  it('migrates and creates a superuser from answers piped on stdin, asking again after a mismatch', async () => {
    const input = ['carol', 'carol@example.com', PASSWORD, WRONG_PASSWORD, PASSWORD, PASSWORD]
    const run = await sesameProcess(['createsuperuser'], { input: `${input.join('\n')}\n` })
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^Applied migration \S+-initial\.$/m)
    expect(run.stderr).toContain("Error: Your passwords didn't match.\n")
    expect(run.stdout).toContain('Username: ')
    expect(run.stdout).toContain('Password (again): ')
    expect(run.stdout).toMatch(/Superuser created successfully\.\n$/)
    const user = userRow('carol')
    expect(user).toMatchObject({ email: 'carol@example.com', is_superuser: 1 })
    expect(await verifyPassword(PASSWORD, user?.password_hash ?? '')).toMatchObject({ ok: true })
  })

  it('says clearly when the database cannot be opened, without hanging', async () => {
    // procfs answers ENOENT to mkdir, which sends Node's recursive mkdir into an endless loop:
    // in a child process, so that a regression fails on the timeout instead of hanging the suite.
    const run = await sesameProcess(['createsuperuser', '--no-input'], {
      env: {
        DATABASE_URL: 'sqlite:/proc/nope/x.sqlite3',
        SESAME_USERNAME: 'alice',
        SESAME_PASSWORD: PASSWORD,
      },
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^Error: Cannot open the database sqlite:\/proc\/nope\/x\.sqlite3: /)
    expectNoStackTrace(run)
  })

  it('reads .env in the working directory, the environment winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sesame-env-'))
    try {
      writeFileSync(
        join(dir, '.env'),
        `DATABASE_URL=sqlite:${join(dir, 'from-env.sqlite3')}\nLOG_LEVEL=banana\n`,
      )
      const run = spawnSync(process.execPath, [BIN, 'migrate'], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' },
        encoding: 'utf8',
      })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(existsSync(join(dir, 'from-env.sqlite3'))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('migrates, serves until SIGTERM, then exits 0', async () => {
    const env = { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${file}`, PORT: '0' }
    const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: 'pipe' })
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    let output = ''
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 15_000)
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk
        const match = /listening at (http:\/\/[\d.:]+)/i.exec(output)
        if (match?.[1]) {
          clearTimeout(timer)
          resolve(match[1])
        }
      })
    })
    try {
      const response = await fetch(`${address}/healthz`)
      expect(response.status).toBe(200)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
    expect(withDb((db) => db.prepare('SELECT count(*) AS n FROM users').get())).toEqual({ n: 0 })
  })
})
