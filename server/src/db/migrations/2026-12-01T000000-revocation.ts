/**
 * Frozen once shipped (CONTRIBUTING.md, Frozen migrations). Issue #5: what session lists, re-authentication,
 * remember-me, permissions and the audit log's actor need.
 *
 * - sessions.public_id: the id users and admins see and revoke by; random, unrelated to the
 *   secret (neither the cookie's token nor its stored hash ever leaves the server). The other new
 *   columns have defaults, so instances still on the old code keep working during an upgrade.
 * - sessions.persistent: "remember me"; decides whether a re-issued cookie gets a Max-Age.
 * - sessions.reauthenticated_at: when the password was last entered in this session.
 * - groups, group_permissions, user_groups: Django-like named permissions.
 * - audit_events.actor_id / actor_username: who did it (user_id / username are the target).
 */
import { randomBytes } from 'node:crypto'
import { PostgresAdapter, type Kysely } from 'kysely'

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db)
  const ms = pg ? 'bigint' : 'integer'

  // Nullable, without a default: during a rolling upgrade, instances still on the old code insert
  // sessions without one, and NULLs never collide in the unique index (the store gives such a
  // session its id when it is first listed).
  await db.schema.alterTable('sessions').addColumn('public_id', 'varchar(32)').execute()
  await db.schema
    .alterTable('sessions')
    .addColumn('persistent', 'integer', (col) => col.notNull().defaultTo(1))
    .execute()
  await db.schema
    .alterTable('sessions')
    .addColumn('reauthenticated_at', ms, (col) => col.notNull().defaultTo(0))
    .execute()
  // Sessions from before keep working: each gets its own public id; they count as persistent
  // (their cookies were) and as authenticated when they were created.
  const existing = await db.selectFrom('sessions').select(['id_hash', 'created_at']).execute()
  for (const row of existing as Array<{ id_hash: string; created_at: number | string }>) {
    await db
      .updateTable('sessions')
      .set({ public_id: randomBytes(16).toString('base64url'), reauthenticated_at: row.created_at })
      .where('id_hash', '=', row.id_hash)
      .execute()
  }
  await db.schema
    .createIndex('sessions_public_id_idx')
    .unique()
    .on('sessions')
    .column('public_id')
    .execute()

  await db.schema
    .createTable('groups')
    .addColumn('id', pg ? 'serial' : 'integer', (col) =>
      pg ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('name', 'varchar(150)', (col) => col.notNull().unique())
    .execute()
  await db.schema
    .createTable('group_permissions')
    .addColumn('group_id', 'integer', (col) =>
      col.notNull().references('groups.id').onDelete('cascade'),
    )
    .addColumn('permission', 'varchar(100)', (col) => col.notNull())
    .addPrimaryKeyConstraint('group_permissions_pk', ['group_id', 'permission'])
    .execute()
  await db.schema
    .createTable('user_groups')
    .addColumn('user_id', 'integer', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('group_id', 'integer', (col) =>
      col.notNull().references('groups.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('user_groups_pk', ['user_id', 'group_id'])
    .execute()
  await db.schema
    .createIndex('user_groups_group_id_idx')
    .on('user_groups')
    .column('group_id')
    .execute()

  await db.schema
    .alterTable('audit_events')
    .addColumn('actor_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .execute()
  await db.schema.alterTable('audit_events').addColumn('actor_username', 'varchar(150)').execute()
  await db.schema
    .createIndex('audit_events_event_idx')
    .on('audit_events')
    .columns(['event', 'at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_events_event_idx').execute()
  await db.schema.alterTable('audit_events').dropColumn('actor_username').execute()
  await db.schema.alterTable('audit_events').dropColumn('actor_id').execute()
  for (const table of ['user_groups', 'group_permissions', 'groups']) {
    await db.schema.dropTable(table).execute()
  }
  await db.schema.dropIndex('sessions_public_id_idx').execute()
  for (const column of ['reauthenticated_at', 'persistent', 'public_id']) {
    await db.schema.alterTable('sessions').dropColumn(column).execute()
  }
}
