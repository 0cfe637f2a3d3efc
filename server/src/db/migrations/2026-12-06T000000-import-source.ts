/**
 * Frozen once shipped. Issue #13 item 1: `sesame import-django-users` remembers which accounts it
 * created, and from which Django user, so it updates those and no other.
 *
 * - users.django_id: `auth_user.id` of the Django user an import created this account from; NULL
 *   for an account created in Sesame (and, after this upgrade, for an account an earlier import
 *   created: the import adopts such an account only while its password hash is still exactly the
 *   Django hash of that user, see `django-import.service.ts`). Unique: one account per Django user;
 *   NULLs never collide.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('django_id', 'integer').execute()
  await db.schema
    .createIndex('users_django_id_idx')
    .unique()
    .on('users')
    .column('django_id')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('users_django_id_idx').execute()
  await db.schema.alterTable('users').dropColumn('django_id').execute()
}
