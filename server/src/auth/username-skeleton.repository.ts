/**
 * SQL for the look-alike keys of usernames (issue #13 item 12): `users.username_skeleton` and
 * `users.username_skeleton_upper`, both unique, so the database itself refuses a second account
 * that looks like the first, even when both are created at the same moment on two instances.
 */
import type { Executor } from '../db/database.js'
import { skeletonsOf } from '../users/username.js'

type SkeletonColumn = 'username_skeleton' | 'username_skeleton_upper'

/**
 * Computes the skeletons still missing, oldest account first. When another account already holds
 * a skeleton (two look-alikes from before the check existed), this one keeps NULL: the older
 * account's skeleton still refuses any further look-alike. Safe to run on several instances at
 * once; returns how many values it wrote.
 */
export async function fillUsernameSkeletons(db: Executor): Promise<number> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username', 'username_skeleton', 'username_skeleton_upper'])
    .where((eb) =>
      eb.or([eb('username_skeleton', 'is', null), eb('username_skeleton_upper', 'is', null)]),
    )
    .orderBy('id')
    .execute()
  let written = 0
  for (const row of rows) {
    const { lower, upper } = skeletonsOf(row.username)
    if (row.username_skeleton === null) {
      written += await claim(db, row.id, 'username_skeleton', lower)
    }
    if (row.username_skeleton_upper === null) {
      written += await claim(db, row.id, 'username_skeleton_upper', upper)
    }
  }
  return written
}

/** Gives `column` the value `value` unless another account holds it; 1 when written. */
async function claim(
  db: Executor,
  id: number,
  column: SkeletonColumn,
  value: string,
): Promise<number> {
  try {
    const result = await db
      .updateTable('users')
      .set(
        column === 'username_skeleton'
          ? { username_skeleton: value }
          : { username_skeleton_upper: value },
      )
      .where('id', '=', id)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('users as other').select('other.id').where(`other.${column}`, '=', value),
          ),
        ),
      )
      .executeTakeFirst()
    return Number(result.numUpdatedRows)
  } catch (error) {
    // Another instance wrote the same value between the check and the write: it holds it now.
    if (await holder(db, column, value)) return 0
    throw error
  }
}

async function holder(db: Executor, column: SkeletonColumn, value: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('username')
    .where(column, '=', value)
    .executeTakeFirst()
  return row?.username ?? null
}

/** The existing username that `username` looks like, or null. */
export async function findLookAlike(db: Executor, username: string): Promise<string | null> {
  const { lower, upper } = skeletonsOf(username)
  return (
    (await holder(db, 'username_skeleton', lower)) ??
    (await holder(db, 'username_skeleton_upper', upper))
  )
}
