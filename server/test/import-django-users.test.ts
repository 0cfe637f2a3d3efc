/**
 * `sesame import-django-users` (issue #5, point 8) against a real Django 4.2 SQLite schema: the
 * tables as Django's SQLite backend creates them, passwords hashed exactly as Django's
 * PBKDF2PasswordHasher does. The command runs in process through its `run(args, io)` (the
 * compiled CLI in a child process for exit codes and the usage line), on the same database file
 * as an app from `build()`, so imported users log in over HTTP.
 */
import { spawnSync } from 'node:child_process'
import { POSTGRES_ADMIN_URL, freshPostgresDatabase, postgresReachable } from './postgres.js'
import { pbkdf2Sync } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { parseDjangoDateTime } from '../src/auth/django.reader.js'
import { run } from '../src/cli/commands/import-django-users.js'
import type { SesameApp } from '../src/app-definition.js'
import type { CliIo } from '../src/cli/io.js'
import { loadConfig, type Config } from '../src/core/config.js'
import type { Db } from '../src/db/database.js'
import {
  DJANGO_HASH,
  DJANGO_PASSWORD,
  authed,
  build,
  createUser,
  login,
  loginOk,
  testClock,
  type TestContext,
  ON_POSTGRES,
  cliEnv,
  type BuildTestOptions,
  accountRows,
} from './helpers.js'

const BIN = fileURLToPath(new URL('../bin/sesame.js', import.meta.url))
const COMPILED = fileURLToPath(
  new URL('../dist/cli/commands/import-django-users.js', import.meta.url),
)

const ALICE_PASSWORD = 'alice-django-pass-1'
const BOB_PASSWORD = 'bob-django-pass-2'
const BOB_NEW_PASSWORD = 'bob-django-pass-3'
const TEST_ITERATIONS = 1000

/** Django's PBKDF2PasswordHasher.encode(): base64 of PBKDF2-HMAC-SHA256 with a 32-byte key. */
function djangoHash(password: string, salt: string, iterations = TEST_ITERATIONS): string {
  const key = pbkdf2Sync(password, salt, iterations, 32, 'sha256').toString('base64')
  return `pbkdf2_sha256$${iterations}$${salt}$${key}`
}

// `sqlite3 db.sqlite3 .schema` of a fresh Django 4.2 project, for the tables the import reads.
const DJANGO_DDL = `
CREATE TABLE "django_content_type" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app_label" varchar(100) NOT NULL, "model" varchar(100) NOT NULL);
CREATE UNIQUE INDEX "django_content_type_app_label_model_76bd3d3b_uniq" ON "django_content_type" ("app_label", "model");
CREATE TABLE "auth_group_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "auth_user_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "auth_user_user_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "auth_group_permissions_group_id_permission_id_0cd325b0_uniq" ON "auth_group_permissions" ("group_id", "permission_id");
CREATE INDEX "auth_group_permissions_group_id_b120cbf9" ON "auth_group_permissions" ("group_id");
CREATE INDEX "auth_group_permissions_permission_id_84c5c92e" ON "auth_group_permissions" ("permission_id");
CREATE UNIQUE INDEX "auth_user_groups_user_id_group_id_94350c0c_uniq" ON "auth_user_groups" ("user_id", "group_id");
CREATE INDEX "auth_user_groups_user_id_6a12ed8b" ON "auth_user_groups" ("user_id");
CREATE INDEX "auth_user_groups_group_id_97559544" ON "auth_user_groups" ("group_id");
CREATE UNIQUE INDEX "auth_user_user_permissions_user_id_permission_id_14a6b632_uniq" ON "auth_user_user_permissions" ("user_id", "permission_id");
CREATE INDEX "auth_user_user_permissions_user_id_a95ead1b" ON "auth_user_user_permissions" ("user_id");
CREATE INDEX "auth_user_user_permissions_permission_id_1fbb5f2c" ON "auth_user_user_permissions" ("permission_id");
CREATE TABLE "auth_permission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "codename" varchar(100) NOT NULL, "name" varchar(255) NOT NULL);
CREATE UNIQUE INDEX "auth_permission_content_type_id_codename_01ab375a_uniq" ON "auth_permission" ("content_type_id", "codename");
CREATE INDEX "auth_permission_content_type_id_2f476e4b" ON "auth_permission" ("content_type_id");
CREATE TABLE "auth_group" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE, "last_name" varchar(150) NOT NULL, "email" varchar(254) NOT NULL, "is_staff" bool NOT NULL, "is_active" bool NOT NULL, "date_joined" datetime NOT NULL, "first_name" varchar(150) NOT NULL);
`

const MODELS = [
  ['auth', 'permission'],
  ['auth', 'group'],
  ['auth', 'user'],
  ['contenttypes', 'contenttype'],
  ['blog', 'post'],
] as const

interface DjangoUserRow {
  username: string
  password: string
  email?: string
  isSuperuser?: boolean
  isStaff?: boolean
  isActive?: boolean
  lastLogin?: string | null
  dateJoined?: string
  groups?: string[]
}

const USERS: DjangoUserRow[] = [
  {
    username: 'admin',
    password: DJANGO_HASH,
    email: 'admin@example.com',
    isSuperuser: true,
    isStaff: true,
    lastLogin: '2024-05-01 12:34:56.123456',
    dateJoined: '2023-01-02 03:04:05.678901',
  },
  {
    username: 'Alice',
    password: djangoHash(ALICE_PASSWORD, 'aliceSalt0123456789012'),
    email: 'alice@example.com',
    isStaff: true,
    dateJoined: '2023-02-03 04:05:06',
    groups: ['editors', 'support'],
  },
  { username: 'bob', password: djangoHash(BOB_PASSWORD, 'bobSalt'), isActive: false },
  // Django's make_password(None): "!" and 40 random characters.
  { username: 'carol', password: '!Gf7hQk2mPz9xW4vB8nR1tY6uI3oA5sD0eL7cJ2k' },
  { username: 'dave', password: 'md5$rA9bC2$5f4dcc3b5aa765d61d8327deb882cf99' },
  { username: 'ИП Трудников С.В.', password: djangoHash('x', 'salt1') },
  { username: '\u001b[31mred', password: djangoHash('x', 'salt2') },
  { username: 'Eve', password: djangoHash('x', 'salt3') },
  { username: 'eve', password: djangoHash('x', 'salt4') },
]

const GROUPS: Record<string, string[]> = {
  editors: ['blog.add_post', 'blog.change_post', 'auth.view_user'],
  support: ['auth.change_user'],
}

/** A Django database with `USERS` and `GROUPS`, as `manage.py migrate` and the admin leave it. */
function createDjangoDatabase(path: string): void {
  const db = new Database(path)
  try {
    db.exec(DJANGO_DDL)
    const permissionIds = new Map<string, number>()
    for (const [app, model] of MODELS) {
      const ct = db
        .prepare('INSERT INTO django_content_type (app_label, model) VALUES (?, ?)')
        .run(app, model).lastInsertRowid
      for (const action of ['add', 'change', 'delete', 'view']) {
        const id = db
          .prepare('INSERT INTO auth_permission (content_type_id, codename, name) VALUES (?, ?, ?)')
          .run(ct, `${action}_${model}`, `Can ${action} ${model}`).lastInsertRowid
        permissionIds.set(`${app}.${action}_${model}`, Number(id))
      }
    }
    const groupIds = new Map<string, number>()
    for (const [name, permissions] of Object.entries(GROUPS)) {
      const id = Number(
        db.prepare('INSERT INTO auth_group (name) VALUES (?)').run(name).lastInsertRowid,
      )
      groupIds.set(name, id)
      for (const permission of permissions) {
        db.prepare(
          'INSERT INTO auth_group_permissions (group_id, permission_id) VALUES (?, ?)',
        ).run(id, permissionIds.get(permission))
      }
    }
    for (const user of USERS) {
      const id = db
        .prepare(
          `INSERT INTO auth_user (password, last_login, is_superuser, username, last_name, email,
             is_staff, is_active, date_joined, first_name) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, '')`,
        )
        .run(
          user.password,
          user.lastLogin ?? null,
          user.isSuperuser ? 1 : 0,
          user.username,
          user.email ?? '',
          user.isStaff ? 1 : 0,
          user.isActive === false ? 0 : 1,
          user.dateJoined ?? '2024-01-01 00:00:00.000000',
        ).lastInsertRowid
      for (const group of user.groups ?? []) {
        db.prepare('INSERT INTO auth_user_groups (user_id, group_id) VALUES (?, ?)').run(
          id,
          groupIds.get(group),
        )
      }
    }
    // A permission given to Alice alone: Sesame has no such thing, the import warns.
    db.prepare(
      `INSERT INTO auth_user_user_permissions (user_id, permission_id)
       SELECT id, ? FROM auth_user WHERE username = 'Alice'`,
    ).run(permissionIds.get('blog.delete_post'))
  } finally {
    db.close()
  }
}

function changeDjango(path: string, statements: string[]): void {
  const db = new Database(path)
  try {
    for (const statement of statements) db.exec(statement)
  } finally {
    db.close()
  }
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the command in this process with `DATABASE_URL` and captures what it prints. */
/** Runs the command against the database (and the session store) of `target`. */
async function importDjango(
  target: string | Config,
  args: string[],
  app: SesameApp | null = null,
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: typeof target === 'string' ? { DATABASE_URL: target } : cliEnv(target),
    prompt: () => Promise.reject(new Error('no prompt expected')),
    promptHidden: () => Promise.reject(new Error('no prompt expected')),
    isInteractive: false,
    app,
  }
  const code = await run(args, io)
  return { code, stdout, stderr }
}

/** Every row the import may write, in a stable order, and how many audit events there are. */
async function snapshot(db: Db): Promise<unknown> {
  return {
    ...(await accountRows(db)),
    sessions: await db.selectFrom('sessions').select('id_hash').orderBy('id_hash').execute(),
    audit: (await db.selectFrom('audit_events').select('id').execute()).length,
  }
}

async function userRow(db: Db, key: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('username_key', '=', key)
    .executeTakeFirstOrThrow()
}

async function groupsOf(db: Db, key: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_groups')
    .innerJoin('users', 'users.id', 'user_groups.user_id')
    .innerJoin('groups', 'groups.id', 'user_groups.group_id')
    .select('groups.name')
    .where('users.username_key', '=', key)
    .orderBy('groups.name')
    .execute()
  return rows.map((row) => row.name)
}

async function permissionsOf(db: Db, group: string): Promise<string[]> {
  const rows = await db
    .selectFrom('group_permissions')
    .innerJoin('groups', 'groups.id', 'group_permissions.group_id')
    .select('group_permissions.permission')
    .where('groups.name', '=', group)
    .orderBy('group_permissions.permission')
    .execute()
  return rows.map((row) => row.permission)
}

let djangoDir = ''
let djangoPath = ''

beforeEach(() => {
  djangoDir = mkdtempSync(join(tmpdir(), 'sesame-django-'))
  djangoPath = join(djangoDir, 'db.sqlite3')
  createDjangoDatabase(djangoPath)
})

afterEach(() => {
  rmSync(djangoDir, { recursive: true, force: true })
})

async function imported(options: BuildTestOptions = {}): Promise<{ ctx: TestContext; first: Run }> {
  const ctx = await build({}, options)
  const first = await importDjango(ctx.config, [djangoPath])
  expect(first.stderr).not.toContain('Error')
  expect(first.code).toBe(0)
  return { ctx, first }
}

describe('sesame import-django-users', () => {
  it('runs the app’s user-created hook for each user it creates; a throw imports nothing', async () => {
    const ctx = await build()
    const seen: string[] = []
    const app: SesameApp = {
      name: 'hooked',
      async onUserCreated({ user, via, addToGroups }) {
        seen.push(`${user.username} ${via}`)
        expect(await addToGroups(['support', 'no-such-group'])).toEqual(['no-such-group'])
      },
    }
    const first = await importDjango(ctx.config, [djangoPath], app)
    expect(first.code).toBe(0)
    expect(seen).toHaveLength(5)
    expect(seen.every((entry) => entry.endsWith(' django-import'))).toBe(true)
    // Alice had both of Django's groups; the hook's `support` is not added twice.
    expect(await groupsOf(ctx.db, 'alice')).toEqual(['editors', 'support'])
    expect(await groupsOf(ctx.db, 'admin')).toEqual(['support'])

    const other = await build()
    const before = await snapshot(other.db)
    const refusing: SesameApp = {
      name: 'hooked',
      async onUserCreated({ user }) {
        if (user.username === 'bob') throw new Error('the app refuses bob')
      },
    }
    // The command's error (runCli prints it in one line and exits 1).
    await expect(importDjango(other.config, [djangoPath], refusing)).rejects.toThrow(
      'the app refuses bob',
    )
    expect(await snapshot(other.db)).toEqual(before)
  })

  it('imports users, groups and permissions and reports what it did', async () => {
    const { ctx, first } = await imported()
    expect(first.stdout).toBe(
      `Imported from ${djangoPath}: 5 created, 0 updated, 0 unchanged, 0 merged, 4 skipped.\n` +
        'Groups: 2 created, 0 updated, 0 unchanged.\n' +
        "2 users without usable password (Django's hash is unusable or not pbkdf2_sha256): " +
        'set one with "sesame changepassword".\n',
    )
    const warnings = first.stderr.trim().split('\n')
    expect(warnings).toEqual([
      'Warning: skipped user "ИП Трудников С.В.": Enter a valid username. It may contain only ' +
        'letters, numbers, and @/./+/-/_ characters.',
      // The escape sequence is shown escaped, never sent to the terminal.
      'Warning: skipped user "\\u001b[31mred": Enter a valid username. It may contain only ' +
        'letters, numbers, and @/./+/-/_ characters.',
      'Warning: skipped users "Eve", "eve": one account in Sesame (usernames ignore case); ' +
        'merge them first.',
      'Warning: 1 permission given to single users (auth_user_user_permissions) not imported: ' +
        'Sesame grants permissions through groups.',
    ])

    const admin = await userRow(ctx.db, 'admin')
    expect(admin).toMatchObject({
      username: 'admin',
      email: 'admin@example.com',
      password_hash: DJANGO_HASH,
      is_active: 1,
      is_staff: 1,
      is_superuser: 1,
      auth_version: 1,
      // Microseconds are cut to milliseconds; Django's text is UTC (USE_TZ = True).
      last_login: Date.UTC(2024, 4, 1, 12, 34, 56, 123),
      date_joined: Date.UTC(2023, 0, 2, 3, 4, 5, 678),
    })
    const alice = await userRow(ctx.db, 'alice')
    expect(alice).toMatchObject({
      username: 'Alice',
      email: 'alice@example.com',
      is_staff: 1,
      is_superuser: 0,
      last_login: null,
      date_joined: Date.UTC(2023, 1, 3, 4, 5, 6),
    })
    expect(alice.password_hash).toMatch(/^pbkdf2_sha256\$1000\$aliceSalt/)
    expect(await userRow(ctx.db, 'bob')).toMatchObject({ is_active: 0 })
    expect((await userRow(ctx.db, 'carol')).password_hash).toBe('!')
    expect((await userRow(ctx.db, 'dave')).password_hash).toBe('!')
    const names = await ctx.db.selectFrom('users').select('username_key').execute()
    expect(names.map((row) => row.username_key).sort()).toEqual([
      'admin',
      'alice',
      'bob',
      'carol',
      'dave',
    ])

    expect(await groupsOf(ctx.db, 'alice')).toEqual(['editors', 'support'])
    expect(await groupsOf(ctx.db, 'admin')).toEqual([])
    expect(await permissionsOf(ctx.db, 'editors')).toEqual([
      'auth.view_user',
      'blog.add_post',
      'blog.change_post',
    ])
    expect(await permissionsOf(ctx.db, 'support')).toEqual(['auth.change_user'])

    const events = await ctx.db
      .selectFrom('audit_events')
      .select(['event', 'username', 'detail'])
      .orderBy('id')
      .execute()
    const created = events.filter((event) => event.event === 'user_created')
    expect(created.map((event) => event.username)).toEqual([
      'admin',
      'Alice',
      'bob',
      'carol',
      'dave',
    ])
    expect(JSON.parse(created[0]?.detail ?? '{}')).toEqual({ via: 'cli', source: 'django' })
    expect(events.filter((event) => event.event === 'group_created')).toHaveLength(2)
  })

  it('changes nothing when run again, and says so', async () => {
    const { ctx } = await imported()
    const before = await snapshot(ctx.db)
    const second = await importDjango(ctx.config, [djangoPath])
    expect(second.code).toBe(0)
    expect(second.stdout).toContain(
      `Imported from ${djangoPath}: 0 created, 0 updated, 5 unchanged, 0 merged, 4 skipped.\n` +
        'Groups: 0 created, 0 updated, 2 unchanged.\n',
    )
    expect(second.stdout).not.toContain('Signed out')
    expect(await snapshot(ctx.db)).toEqual(before)
  })

  it('lets imported users log in with their Django passwords, rehashed to argon2id', async () => {
    // The rehash lands on the cost production uses (checked below), not the tests' cheap one.
    const { ctx } = await imported({ realPasswordCost: true })
    // The hash from Django's own test suite (390,000 iterations) and one made here.
    expect((await login(ctx, 'admin', `${DJANGO_PASSWORD}x`)).response.statusCode).toBe(400)
    const admin = await login(ctx, 'admin', DJANGO_PASSWORD)
    expect(admin.response.statusCode).toBe(200)
    expect(admin.response.json()).toMatchObject({ user: { username: 'admin' } })
    expect(admin.cookies.sessionid).toBeDefined()
    // Case-insensitive, as every Sesame login.
    expect((await login(ctx, 'alice', ALICE_PASSWORD)).response.statusCode).toBe(200)
    for (const key of ['admin', 'alice']) {
      expect((await userRow(ctx.db, key)).password_hash).toMatch(
        /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/,
      )
    }
    expect((await login(ctx, 'admin', DJANGO_PASSWORD)).response.statusCode).toBe(200)

    // Inactive in Django: the right password is refused like a wrong one.
    const bob = await login(ctx, 'bob', BOB_PASSWORD)
    expect(bob.response.statusCode).toBe(400)
    expect(bob.response.json()).toMatchObject({ error: { code: 'invalid_credentials' } })
    // No usable password: imported, but nothing logs them in.
    for (const [name, password] of [
      ['carol', ''],
      ['carol', '!'],
      ['dave', 'password'],
    ] as const) {
      expect((await login(ctx, name, password)).response.statusCode).toBe(400)
    }
  })

  it('updates existing users from Django, signs out changed ones, and keeps Sesame passwords', async () => {
    const { ctx } = await imported()
    const aliceCookies = await (async () => {
      const { response, cookies } = await login(ctx, 'alice', ALICE_PASSWORD)
      expect(response.statusCode).toBe(200)
      return cookies
    })()
    expect((await login(ctx, 'admin', DJANGO_PASSWORD)).response.statusCode).toBe(200)
    const adminHash = (await userRow(ctx.db, 'admin')).password_hash

    changeDjango(djangoPath, [
      `UPDATE auth_user SET is_active = 0, email = 'alice@new.example' WHERE username = 'Alice'`,
      `DELETE FROM auth_user_groups WHERE group_id = (SELECT id FROM auth_group WHERE name = 'support')`,
      `UPDATE auth_user SET password = '${djangoHash('admin-new-1', 'x1')}' WHERE username = 'admin'`,
      `UPDATE auth_user SET password = '${djangoHash(BOB_NEW_PASSWORD, 'x2')}', is_active = 1
         WHERE username = 'bob'`,
      `DELETE FROM auth_group_permissions WHERE permission_id =
         (SELECT p.id FROM auth_permission p JOIN django_content_type ct ON ct.id = p.content_type_id
          WHERE ct.app_label = 'auth' AND p.codename = 'view_user')
         AND group_id = (SELECT id FROM auth_group WHERE name = 'editors')`,
    ])
    const second = await importDjango(ctx.config, [djangoPath])
    expect(second.code).toBe(0)
    expect(second.stdout).toContain(
      `Imported from ${djangoPath}: 0 created, 2 updated, 3 unchanged, 0 merged, 4 skipped.\n` +
        'Groups: 0 created, 1 updated, 1 unchanged.\n',
    )
    expect(second.stdout).toContain('Demoted "Alice": lost active, group support.\n')
    expect(second.stdout).toContain(
      'Signed out 2 users whose flags or password changed (1 session ended).',
    )

    // Alice: deactivated, new email, out of "support", and her session is gone.
    const alice = await userRow(ctx.db, 'alice')
    expect(alice).toMatchObject({ is_active: 0, email: 'alice@new.example', auth_version: 2 })
    expect(alice.last_login).not.toBeNull() // her Sesame login is newer than Django's null
    expect(await groupsOf(ctx.db, 'alice')).toEqual(['editors'])
    expect(await ctx.app.services.sessions.listForUser(alice.id)).toEqual([])
    const hello = await authed(ctx, aliceCookies, { url: '/api/hello/' })
    expect(hello.statusCode).toBe(401)
    expect(hello.json()).toMatchObject({ error: { code: 'not_authenticated' } })
    expect(await permissionsOf(ctx.db, 'editors')).toEqual(['blog.add_post', 'blog.change_post'])

    // admin logged in to Sesame: the argon2id hash stays, the old password still works.
    expect((await userRow(ctx.db, 'admin')).password_hash).toBe(adminHash)
    expect((await login(ctx, 'admin', 'admin-new-1')).response.statusCode).toBe(400)
    expect((await login(ctx, 'admin', DJANGO_PASSWORD)).response.statusCode).toBe(200)

    // bob never logged in: his hash still was Django's, so it follows Django.
    expect(await userRow(ctx.db, 'bob')).toMatchObject({ is_active: 1, auth_version: 2 })
    expect((await login(ctx, 'bob', BOB_PASSWORD)).response.statusCode).toBe(400)
    expect((await login(ctx, 'bob', BOB_NEW_PASSWORD)).response.statusCode).toBe(200)

    const events = await ctx.db
      .selectFrom('audit_events')
      .select(['event', 'username', 'detail'])
      .where('event', 'in', ['user_deactivated', 'user_reactivated', 'group_changed'])
      .orderBy('id')
      .execute()
    expect(events.map((event) => [event.event, event.username])).toEqual([
      ['group_changed', null],
      ['user_deactivated', 'Alice'],
      ['user_reactivated', 'bob'],
    ])
    expect(JSON.parse(events[1]?.detail ?? '{}')).toEqual({
      via: 'cli',
      source: 'django',
      changed: ['email', 'is_active', 'groups'],
      sessionsRevoked: 1,
    })
    expect(JSON.parse(events[2]?.detail ?? '{}')).toMatchObject({
      changed: ['password_hash', 'is_active'],
    })
  })

  it('rolls back everything when one write fails', async () => {
    // Its own database on PostgreSQL: the trigger below must not outlive the test.
    const ctx = await build({}, { ownDatabase: true })
    // A write that fails halfway (a full disk, a lost connection): a trigger refuses the 5th user.
    if (ON_POSTGRES) {
      await sql`create function refuse_dave() returns trigger language plpgsql as $$
        begin if new.username = 'dave' then raise exception 'disk full'; end if; return new; end
        $$`.execute(ctx.db)
      await sql`create trigger refuse_dave before insert on users for each row
        execute function refuse_dave()`.execute(ctx.db)
    } else {
      const raw = new Database(join(ctx.dir, 'db.sqlite3'))
      raw.exec(`CREATE TRIGGER refuse_dave BEFORE INSERT ON users WHEN NEW.username = 'dave'
        BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
      raw.close()
    }
    const result = await importDjango(ctx.config, [djangoPath]).catch((error: unknown) => error)
    expect(result).toBeInstanceOf(Error) // main.ts turns it into one "Error: …" line and exit 1
    expect(await ctx.db.selectFrom('users').select('id').execute()).toEqual([])
    expect(await ctx.db.selectFrom('groups').select('id').execute()).toEqual([])
  })
})

it('reads datetimes as Django stores them in SQLite, and nothing else', () => {
  expect(parseDjangoDateTime('2024-05-01 12:34:56.123456')).toBe(
    Date.UTC(2024, 4, 1, 12, 34, 56, 123),
  )
  expect(parseDjangoDateTime('2024-05-01 12:34:56')).toBe(Date.UTC(2024, 4, 1, 12, 34, 56))
  expect(parseDjangoDateTime('2024-05-01T12:34:56.5+02:00')).toBe(
    Date.UTC(2024, 4, 1, 10, 34, 56, 500),
  )
  for (const bad of ['2024-02-30 00:00:00', '2024-05-01', 'yesterday', 1714566896, null, '']) {
    expect(parseDjangoDateTime(bad)).toBeNull()
  }
})

describe('sesame import-django-users with a file it cannot use', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sesame-import-'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  async function refused(path: string): Promise<string> {
    const sesameFile = join(dir, 'sesame.sqlite3')
    const result = await importDjango(`sqlite:${sesameFile}`, [path])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    // The Django file is read first: Sesame's database is not even created.
    expect(existsSync(sesameFile)).toBe(false)
    return result.stderr.trim()
  }

  it('says so in one line and exits with 1', async () => {
    const missing = join(dir, 'nope.sqlite3')
    expect(await refused(missing)).toBe(`Error: ${missing} does not exist.`)
    expect(await refused(dir)).toBe(`Error: ${dir} is not a file.`)

    const text = join(dir, 'notes.txt')
    writeFileSync(text, 'not a database, just some text that is long enough\n'.repeat(20))
    expect(await refused(text)).toBe(`Error: ${text} is not a SQLite database.`)

    const other = join(dir, 'other.sqlite3')
    const db = new Database(other)
    db.exec('CREATE TABLE notes (id integer primary key, body text)')
    db.close()
    expect(await refused(other)).toBe(
      `Error: ${other} is not a Django database with django.contrib.auth's default user model ` +
        '(missing tables: auth_user, auth_group, auth_user_groups, auth_group_permissions, ' +
        'auth_permission, django_content_type).',
    )
  })

  it('exits 1 or 2 from the compiled CLI, without a stack trace', () => {
    if (!existsSync(COMPILED)) {
      throw new Error(
        `${COMPILED} is missing: build the CLI first with \`npm run build -w server\`.`,
      )
    }
    mkdirSync(join(dir, 'cwd'))
    const sesame = (args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd: join(dir, 'cwd'),
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${join(dir, 's.sqlite3')}` },
        encoding: 'utf8',
      })
    const missing = sesame(['import-django-users', join(dir, 'nope.sqlite3')])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toBe(`Error: ${join(dir, 'nope.sqlite3')} does not exist.\n`)
    const usage = sesame(['import-django-users'])
    expect(usage.status).toBe(2)
    expect(usage.stderr).toContain('Error: Give exactly one path: the Django SQLite database.')
    const ok = sesame(['import-django-users', djangoPath])
    expect(ok.stderr).not.toContain('    at ')
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('5 created, 0 updated, 0 unchanged, 0 merged, 4 skipped.')
  })
})

const postgres = await postgresReachable()
if (!postgres && process.env.CI === 'true') {
  throw new Error(`PostgreSQL is required under CI but ${POSTGRES_ADMIN_URL} does not answer`)
}
if (!postgres) {
  console.warn(`Skipping the import on PostgreSQL: nothing answers at ${POSTGRES_ADMIN_URL}.`)
}

describe.skipIf(!postgres)('sesame import-django-users on PostgreSQL', () => {
  it('imports once, changes nothing the second time, and the users log in', async () => {
    // Not migrated: the command applies the migrations itself, as on a fresh deployment.
    const fresh = await freshPostgresDatabase('import', { migrate: false })
    if (!fresh) throw new Error('PostgreSQL does not answer')
    const config = loadConfig({ DATABASE_URL: fresh.url })
    const db = fresh.db
    let app: TestContext['app'] | null = null
    try {
      const first = await importDjango(config.databaseUrl, [djangoPath])
      expect(first.code).toBe(0)
      expect(first.stdout).toContain('5 created, 0 updated, 0 unchanged, 0 merged, 4 skipped.')
      expect(await permissionsOf(db, 'editors')).toEqual([
        'auth.view_user',
        'blog.add_post',
        'blog.change_post',
      ])
      const before = await snapshot(db)
      const second = await importDjango(config.databaseUrl, [djangoPath])
      expect(second.stdout).toContain('0 created, 0 updated, 5 unchanged, 0 merged, 4 skipped.')
      expect(await snapshot(db)).toEqual(before)

      const clock = testClock()
      app = await buildApp(config, { db, clock, logger: false })
      const ctx = { app, db, clock, config, dir: '' }
      expect((await login(ctx, 'Alice', ALICE_PASSWORD)).response.statusCode).toBe(200)
      expect((await userRow(db, 'alice')).password_hash).toMatch(/^\$argon2id\$/)
    } finally {
      await app?.close()
      await fresh.drop()
    }
  })
})

/** Adds a row to Django's auth_user (and its groups), as the Django admin would. */
function addDjangoUser(user: DjangoUserRow): void {
  changeDjango(djangoPath, [
    `INSERT INTO auth_user (password, last_login, is_superuser, username, last_name, email,
       is_staff, is_active, date_joined, first_name) VALUES ('${user.password}', NULL,
       ${user.isSuperuser ? 1 : 0}, '${user.username}', '', '${user.email ?? ''}',
       ${user.isStaff ? 1 : 0}, ${user.isActive === false ? 0 : 1}, '2024-01-01 00:00:00', '')`,
    ...(user.groups ?? []).map(
      (group) => `INSERT INTO auth_user_groups (user_id, group_id)
        SELECT u.id, g.id FROM auth_user u, auth_group g
        WHERE u.username = '${user.username}' AND g.name = '${group}'`,
    ),
  ])
}

async function flags(db: Db, key: string): Promise<unknown> {
  const row = await userRow(db, key)
  const { is_active, is_staff, is_superuser, email, django_id } = row
  return { is_active, is_staff, is_superuser, email, django_id, groups: await groupsOf(db, key) }
}

describe('sesame import-django-users and accounts it did not create (issue #13 item 1)', () => {
  const OPS_PASSWORD = 'chosen-by-staff-7'

  it("does not make a staff member's OPS Django's superuser ops", async () => {
    const ctx = await build()
    // Staff with auth.add_user (not superuser) create OPS with a password they chose.
    const staff = await createUser(ctx, 'staffer', { isStaff: true })
    await ctx.app.services.groups.create({ name: 'adders', permissions: ['auth.add_user'] }, {})
    await ctx.app.services.users.update(staff.id, { groups: ['adders'] })
    const staffCookies = await loginOk(ctx, 'staffer')
    const created = await authed(ctx, staffCookies, {
      method: 'POST',
      url: '/api/admin/users/',
      payload: { username: 'OPS', password: OPS_PASSWORD },
    })
    expect(created.statusCode).toBe(201)
    addDjangoUser({
      username: 'ops',
      password: djangoHash('django-ops-pass', 'opsSalt'),
      email: 'ops@corp.example',
      isSuperuser: true,
      isStaff: true,
      groups: ['editors'],
    })
    const before = await flags(ctx.db, 'ops')

    const result = await importDjango(ctx.config, [djangoPath])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('5 created, 0 updated, 0 unchanged, 0 merged, 5 skipped.')
    expect(result.stderr).toContain(
      'Warning: skipped user "ops": an account "OPS" exists in Sesame and no import created it: ' +
        'left alone (--merge-existing merges it, without giving it any privilege).\n',
    )
    expect(await flags(ctx.db, 'ops')).toEqual(before)
    expect(before).toMatchObject({ is_staff: 0, is_superuser: 0, django_id: null, groups: [] })
    const ops = await login(ctx, 'OPS', OPS_PASSWORD)
    expect(ops.response.json()).toMatchObject({ user: { isStaff: false, isSuperuser: false } })
    const list = await authed(ctx, ops.cookies, { url: '/api/admin/users/' })
    expect(list.statusCode).toBe(403)

    // Merging, as the operator asks for it: still no staff, superuser or group, and it is said.
    const merged = await importDjango(ctx.config, ['--merge-existing', djangoPath])
    expect(merged.code).toBe(0)
    expect(merged.stdout).toContain('0 created, 0 updated, 5 unchanged, 1 merged, 4 skipped.')
    expect(merged.stdout).toContain(
      'Merged "OPS" (an account created in Sesame); not given: staff, superuser, group editors.\n',
    )
    expect(await flags(ctx.db, 'ops')).toEqual({ ...(before as object), email: 'ops@corp.example' })
    expect((await login(ctx, 'OPS', OPS_PASSWORD)).response.statusCode).toBe(200)
    expect((await login(ctx, 'OPS', 'django-ops-pass')).response.statusCode).toBe(400)
    // And the merge is not a link: the next plain import leaves OPS alone again.
    const again = await importDjango(ctx.config, [djangoPath])
    expect(again.stdout).toContain('0 merged, 5 skipped.')
    expect(await flags(ctx.db, 'ops')).toMatchObject({ is_staff: 0, is_superuser: 0 })
  })

  it("does not demote or deactivate Sesame's own superuser for a Django row of that name", async () => {
    const ctx = await build()
    await createUser(ctx, 'root', { isSuperuser: true })
    const cookies = await loginOk(ctx, 'root')
    addDjangoUser({ username: 'Root', password: '!x', isActive: false })
    const result = await importDjango(ctx.config, [djangoPath])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('5 created, 0 updated, 0 unchanged, 0 merged, 5 skipped.')
    expect(result.stdout).not.toContain('Demoted')
    expect(result.stderr).toContain('Warning: skipped user "Root": an account "root" exists')
    expect(await flags(ctx.db, 'root')).toMatchObject({
      is_active: 1,
      is_staff: 1,
      is_superuser: 1,
    })
    expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(200)

    // An operator who merges is told exactly what the account lost.
    const merged = await importDjango(ctx.config, ['--merge-existing', djangoPath])
    expect(merged.stdout).toContain('Merged "root" (an account created in Sesame).\n')
    expect(merged.stdout).toContain('Demoted "root": lost active, staff, superuser.\n')
    expect(await flags(ctx.db, 'root')).toMatchObject({ is_active: 0, is_superuser: 0 })
    expect((await authed(ctx, cookies, { url: '/api/hello/' })).statusCode).toBe(401)
  })

  it('updates only the accounts it created, by Django id, and leaves a renamed one alone', async () => {
    const { ctx } = await imported()
    expect(await flags(ctx.db, 'alice')).toMatchObject({ django_id: 2 })
    changeDjango(djangoPath, [
      `UPDATE auth_user SET is_superuser = 1 WHERE username = 'Alice'`,
      `UPDATE auth_user SET username = 'robert', is_staff = 1 WHERE username = 'bob'`,
    ])
    const result = await importDjango(ctx.config, [djangoPath])
    expect(result.stdout).toContain('0 created, 1 updated, 3 unchanged, 0 merged, 5 skipped.')
    expect(result.stderr).toContain(
      'Warning: skipped user "robert": imported as "bob" (Django user #3); renamed in Django ' +
        'only: left alone.\n',
    )
    expect(await flags(ctx.db, 'alice')).toMatchObject({ is_superuser: 1 })
    expect(await flags(ctx.db, 'bob')).toMatchObject({ is_staff: 0 })
    const before = await snapshot(ctx.db)
    await importDjango(ctx.config, [djangoPath])
    expect(await snapshot(ctx.db)).toEqual(before)
  })

  it('recognises accounts of an import from before django_id by their Django hash', async () => {
    const { ctx } = await imported()
    expect((await login(ctx, 'alice', ALICE_PASSWORD)).response.statusCode).toBe(200)
    // As the upgrade leaves them: no account knows its Django user yet.
    await ctx.db.updateTable('users').set({ django_id: null }).execute()
    changeDjango(djangoPath, [`UPDATE auth_user SET is_staff = 1`])
    const result = await importDjango(ctx.config, [djangoPath])
    expect(result.stdout).toContain(
      'Recognised 2 accounts of an earlier import by its Django password hash: "admin", "bob".\n',
    )
    // Alice logged in (argon2id now), carol and dave had no usable password: not provable.
    expect(result.stdout).toContain('0 created, 1 updated, 1 unchanged, 0 merged, 7 skipped.')
    expect(await flags(ctx.db, 'bob')).toMatchObject({ is_staff: 1, django_id: 3 })
    expect(await flags(ctx.db, 'alice')).toMatchObject({ django_id: null })
  })

  it('skips a Django name that looks like an existing one', async () => {
    const ctx = await build()
    await createUser(ctx, 'top')
    addDjangoUser({ username: '\u0422\u041e\u0420', password: DJANGO_HASH, isSuperuser: true })
    addDjangoUser({ username: 'r\u043e\u043et', password: DJANGO_HASH })
    const result = await importDjango(ctx.config, [djangoPath])
    expect(result.stdout).toContain('5 created, 0 updated, 0 unchanged, 0 merged, 6 skipped.')
    expect(result.stderr).toContain(
      'Warning: skipped user "\u0422\u041e\u0420": looks like the existing user "top": left alone.',
    )
    expect(result.stderr).toContain(
      'Warning: skipped user "r\u043e\u043et": Enter a valid username.',
    )
    expect(await ctx.db.selectFrom('users').select('id').execute()).toHaveLength(6)
  })

  it('keeps updating an account imported before the look-alike rules', async () => {
    const ctx = await build()
    // An earlier import created `rооt` (Latin and Cyrillic) from Django user #10.
    await ctx.db
      .insertInto('users')
      .values({
        username: 'r\u043e\u043et',
        username_key: 'r\u043e\u043et',
        email: '',
        password_hash: '!',
        is_active: 1,
        is_staff: 1,
        is_superuser: 0,
        auth_version: 1,
        date_joined: 0,
        django_id: 10,
      })
      .execute()
    addDjangoUser({ username: 'r\u043e\u043et', password: '!', isStaff: true, isActive: false })
    const result = await importDjango(ctx.config, [djangoPath])
    expect(result.stdout).toContain('5 created, 1 updated, 0 unchanged, 0 merged, 4 skipped.')
    expect(result.stdout).toContain('Demoted "r\u043e\u043et": lost active.\n')
    expect(await flags(ctx.db, 'r\u043e\u043et')).toMatchObject({ is_active: 0, django_id: 10 })
  })
})
