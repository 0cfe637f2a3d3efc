/**
 * The notes table, and the group every new user joins (app.ts, `onUserCreated`) with the three
 * permissions of the app. Frozen once shipped, as Sesame's own migrations are: a change is a new
 * migration.
 */
import { isPostgres } from '@sesame/server'
import type { Migration } from 'kysely'

export const PERMISSIONS = ['notes.view_note', 'notes.add_note', 'notes.delete_note']
export const NOTES_GROUP = 'notes-users'

export const migration: Migration = {
  async up(db) {
    const pg = isPostgres(db)
    await db.schema
      .createTable('notes')
      .addColumn('id', pg ? 'serial' : 'integer', (col) =>
        pg ? col.primaryKey() : col.primaryKey().autoIncrement(),
      )
      // A user's notes go with the user.
      .addColumn('user_id', 'integer', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('text', 'varchar(1000)', (col) => col.notNull())
      // Epoch milliseconds, as Sesame stores its times.
      .addColumn('created_at', pg ? 'bigint' : 'integer', (col) => col.notNull())
      .execute()
    await db.schema
      .createIndex('notes_user_id_created_at_idx')
      .on('notes')
      .columns(['user_id', 'created_at'])
      .execute()
    // The group may exist already (a Django import brought one of that name): keep it.
    await db
      .insertInto('groups')
      .values({ name: NOTES_GROUP })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute()
    const group = await db
      .selectFrom('groups')
      .select('id')
      .where('name', '=', NOTES_GROUP)
      .executeTakeFirstOrThrow()
    await db
      .insertInto('group_permissions')
      .values(PERMISSIONS.map((permission) => ({ group_id: group.id, permission })))
      .onConflict((oc) => oc.doNothing())
      .execute()
  },
}
