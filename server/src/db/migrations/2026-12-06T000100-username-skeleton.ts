/**
 * Frozen once shipped. Issue #13 item 12: the UTS #39 skeletons of each username (its lower- and
 * upper-case forms), so that a new name that looks like an existing one is refused by the
 * database itself, even when two are created at once.
 *
 * The columns are nullable and unique (NULLs never collide). This migration only adds them: the
 * values are computed by the application (`fillUsernameSkeletons`, run by `upgradeDatabase` after
 * the migrations), because the skeleton is code and data that may change, and a migration must not.
 * A database may already hold two look-alike names: the older account (lowest id) gets the
 * skeleton, the other keeps NULL, which still refuses every further look-alike. Nothing fails.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('username_skeleton', 'text').execute()
  await db.schema.alterTable('users').addColumn('username_skeleton_upper', 'text').execute()
  for (const column of ['username_skeleton', 'username_skeleton_upper']) {
    await db.schema.createIndex(`users_${column}_idx`).unique().on('users').column(column).execute()
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['username_skeleton_upper', 'username_skeleton']) {
    await db.schema.dropIndex(`users_${column}_idx`).execute()
    await db.schema.alterTable('users').dropColumn(column).execute()
  }
}
