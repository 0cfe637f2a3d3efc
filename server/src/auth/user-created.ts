/**
 * The "user created" hook an app built on Sesame may give (`SesameApp.onUserCreated`): it runs
 * inside the transaction that creates the user, for every way a user comes to be (the admin API,
 * `sesame createsuperuser`, `sesame import-django-users`), so what it writes (a membership, a row
 * of the app's own) commits with the user or not at all, and a throw refuses the creation.
 */
import type { Transaction } from 'kysely'
import type { Executor } from '../db/database.js'
import type { Database } from '../db/schema.js'
import type { AuthUser } from '../users/user.types.js'
import { groupIdsByName } from './group.repository.js'

export interface UserCreatedEvent {
  user: AuthUser
  /** How the user was created: `api`, `cli`, `django-import`. */
  via: string
  /**
   * The creating transaction: run the hook's statements on it, never on another handle (on
   * SQLite the transaction holds the one connection, so a query on `app.sesame.db` would wait
   * for it forever).
   */
  db: Executor
  /** The same transaction, typed with the app's own tables besides Sesame's. */
  database<Tables extends object>(): Transaction<Database & Tables>
  /**
   * Adds the user to the groups of these names (idempotent). Returns the names that no group
   * has: they are left out, and the user is created all the same (an admin may have deleted one).
   */
  addToGroups(names: readonly string[]): Promise<string[]>
}

export type UserCreatedHook = (event: UserCreatedEvent) => Promise<void>

export async function runUserCreatedHook(
  hook: UserCreatedHook | undefined,
  db: Executor,
  user: AuthUser,
  via: string,
): Promise<void> {
  if (!hook) return
  await hook({
    user,
    via,
    db,
    // A wider type over the same transaction (see plugin.ts, `database`).
    database: <Tables extends object>() => db as unknown as Transaction<Database & Tables>,
    async addToGroups(names) {
      const ids = await groupIdsByName(db, names)
      if (ids.size) {
        await db
          .insertInto('user_groups')
          .values(
            [...new Set(ids.values())].map((groupId) => ({ user_id: user.id, group_id: groupId })),
          )
          .onConflict((oc) => oc.doNothing())
          .execute()
      }
      return [...new Set(names)].filter((name) => !ids.has(name))
    },
  })
}
