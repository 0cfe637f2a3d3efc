/**
 * The compiled `sesame` CLI in an app's folder (src/cli/app-loader.ts): it finds the app through
 * package.json's `"sesame": {"app": …}` (or SESAME_APP), runs the app's migrations after Sesame's,
 * and creates users through the app's "user created" hook, as the app's server would.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../bin/sesame.js', import.meta.url))
const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const PASSWORD = 'correct-horse-battery-9'

/** An app as plain JavaScript: a table, a group with a permission, and a hook that joins it. */
const APP_MODULE = `
export default {
  name: 'journal',
  permissions: { 'journal.add_entry': 'Add entries' },
  migrations: {
    '0001-entries': {
      async up(db) {
        await db.schema.createTable('entries')
          .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
          .addColumn('text', 'varchar(100)', (col) => col.notNull())
          .execute()
        await db.insertInto('groups').values({ name: 'journal-users' }).execute()
      },
    },
  },
  async onUserCreated({ user, via, addToGroups, db }) {
    await addToGroups(['journal-users'])
    await db.insertInto('entries').values({ text: 'welcome ' + user.username + ' via ' + via }).execute()
  },
}
`

let dir = ''
beforeAll(() => {
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} is missing: build the server first (npm run build -w server)`)
  }
})
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sesame-cli-app-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

async function sesame(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite3')}`,
      ...env,
    },
    stdio: 'pipe',
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdin.end()
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr }
}

/** An app folder: package.json naming the module, the module, and a folder below it. */
function appFolder(
  manifest: object = {
    dependencies: { '@sesame/server': '0.2.0' },
    sesame: { app: './lib/app.mjs' },
  },
): string {
  const app = join(dir, 'journal')
  mkdirSync(join(app, 'lib'), { recursive: true })
  mkdirSync(join(app, 'src', 'deep'), { recursive: true })
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'journal', ...manifest }))
  writeFileSync(join(app, 'lib', 'app.mjs'), APP_MODULE)
  return app
}

function query<T>(sql: string): T[] {
  const db = new Database(join(dir, 'db.sqlite3'), { readonly: true })
  try {
    return db.prepare(sql).all() as T[]
  } finally {
    db.close()
  }
}

describe('sesame in an app’s folder', () => {
  it('migrates the app after Sesame, in its own table, from a folder below the package.json', async () => {
    const app = appFolder()
    const run = await sesame(join(app, 'src', 'deep'), ['migrate'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Applied migration 2026-11-30T000000-initial.')
    const lines = run.stdout.trim().split('\n')
    expect(lines.at(-1)).toBe('Applied migration journal/0001-entries.')
    expect(query<{ name: string }>('select name from journal_kysely_migration')).toEqual([
      { name: '0001-entries' },
    ])
    const again = await sesame(app, ['migrate'])
    expect(again.stdout).toBe('No migrations to apply.\n')
  })

  it('creates a superuser through the app’s hook, in the same transaction', async () => {
    const app = appFolder()
    const run = await sesame(app, ['createsuperuser', '--no-input'], {
      SESAME_USERNAME: 'admin',
      SESAME_PASSWORD: PASSWORD,
    })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Applied migration journal/0001-entries.')
    expect(query<{ text: string }>('select text from entries')).toEqual([
      { text: 'welcome admin via cli' },
    ])
    expect(
      query<{ name: string }>(
        'select g.name from user_groups ug join groups g on g.id = ug.group_id',
      ),
    ).toEqual([{ name: 'journal-users' }])
  })

  it('takes SESAME_APP over package.json, and is Sesame alone without either', async () => {
    const app = appFolder({})
    const alone = await sesame(app, ['migrate'])
    expect(alone.code).toBe(0)
    expect(alone.stdout).not.toContain('journal/')
    const named = await sesame(app, ['migrate'], { SESAME_APP: 'lib/app.mjs' })
    expect(named.stdout).toBe('Applied migration journal/0001-entries.\n')
  })

  it('says in one line what is wrong with the app module, and exits 1', async () => {
    const foreign = appFolder({ sesame: { app: './lib/app.mjs' } })
    const undeclared = await sesame(foreign, ['migrate'])
    expect(undeclared.code).toBe(1)
    expect(undeclared.stderr).toMatch(/names an app but does not depend on @sesame\/server\n$/)
    const missing = appFolder({
      dependencies: { '@sesame/server': '0.2.0' },
      sesame: { app: './dist/app.js' },
    })
    const run = await sesame(missing, ['migrate'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^Error: The app module .*dist\/app\.js does not exist \(is the app built\?\)\n$/,
    )
    writeFileSync(join(missing, 'lib', 'bad.mjs'), 'export default { name: "Bad Name" }')
    const bad = await sesame(missing, ['migrate'], { SESAME_APP: 'lib/bad.mjs' })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^Error: .*bad\.mjs: The app's name must be/)
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1)
    writeFileSync(join(missing, 'lib', 'broken.mjs'), 'export default {\n')
    const broken = await sesame(missing, ['migrate'], { SESAME_APP: 'lib/broken.mjs' })
    expect(broken.code).toBe(1)
    expect(broken.stderr).toMatch(/^Error: Cannot load the app module .*broken\.mjs: /)
    expect(broken.stderr).not.toMatch(/\n\s+at /)
  })
})
