/**
 * Frozen: never edit a migration that has shipped, add a new one (CONTRIBUTING.md, Frozen migrations).
 * Written for SQLite and PostgreSQL alike; it imports nothing from the app.
 */
import { PostgresAdapter, type Kysely } from 'kysely'

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db)
  // Epoch milliseconds overflow a 32-bit integer on PostgreSQL; SQLite integers are 64-bit.
  const ms = pg ? 'bigint' : 'integer'

  await db.schema
    .createTable('users')
    .addColumn('id', pg ? 'serial' : 'integer', (col) =>
      pg ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('username', 'varchar(150)', (col) => col.notNull())
    .addColumn('username_key', 'varchar(150)', (col) => col.notNull().unique())
    .addColumn('email', 'varchar(254)', (col) => col.notNull().defaultTo(''))
    .addColumn('password_hash', 'varchar(255)', (col) => col.notNull())
    .addColumn('is_active', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('is_staff', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('is_superuser', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('auth_version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('last_login', ms)
    .addColumn('date_joined', ms, (col) => col.notNull())
    .execute()

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('user_id', 'integer', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('auth_version', 'integer', (col) => col.notNull())
    .addColumn('csrf_secret', 'varchar(64)', (col) => col.notNull())
    .addColumn('created_at', ms, (col) => col.notNull())
    .addColumn('last_seen_at', ms, (col) => col.notNull())
    .addColumn('expires_at', ms, (col) => col.notNull())
    .addColumn('ip', 'varchar(64)', (col) => col.notNull().defaultTo(''))
    .addColumn('user_agent', 'varchar(512)', (col) => col.notNull().defaultTo(''))
    .execute()
  await db.schema.createIndex('sessions_user_id_idx').on('sessions').column('user_id').execute()
  await db.schema
    .createIndex('sessions_expires_at_idx')
    .on('sessions')
    .column('expires_at')
    .execute()

  await db.schema
    .createTable('throttle_counters')
    .addColumn('key', 'varchar(400)', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('last_failure_at', ms, (col) => col.notNull())
    .execute()

  await db.schema
    .createTable('audit_events')
    .addColumn('id', pg ? 'bigserial' : 'integer', (col) =>
      pg ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('at', ms, (col) => col.notNull())
    .addColumn('event', 'varchar(64)', (col) => col.notNull())
    .addColumn('user_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('username', 'varchar(150)')
    .addColumn('ip', 'varchar(64)')
    .addColumn('user_agent', 'varchar(512)')
    .addColumn('detail', 'text')
    .execute()
  await db.schema.createIndex('audit_events_at_idx').on('audit_events').column('at').execute()
  await db.schema
    .createIndex('audit_events_user_id_idx')
    .on('audit_events')
    .column('user_id')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_events', 'throttle_counters', 'sessions', 'users']) {
    await db.schema.dropTable(table).execute()
  }
}
