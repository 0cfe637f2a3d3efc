/** SQL that changes stored events: refusal counts of `login_throttled`, and retention. */
import type { Db } from '../db/database.js'

/**
 * Adds `count` to `detail.refused` of the `login_throttled` event of blocking period `period`
 * (written since `since`). Compare-and-set on the whole detail, so instances adding at once all
 * count; false when no such event exists (pruned) or it kept changing.
 */
export async function addThrottledRefusals(
  db: Db,
  refusals: { period: string; since: number; count: number },
): Promise<boolean> {
  for (let tries = 0; tries < 5; tries++) {
    const row = await db
      .selectFrom('audit_events')
      .select(['id', 'detail'])
      .where('event', '=', 'login_throttled')
      .where('at', '>=', refusals.since)
      // The period is hex: no LIKE wildcard in it.
      .where('detail', 'like', `%"period":"${refusals.period}"%`)
      .orderBy('id', 'desc')
      .executeTakeFirst()
    if (!row?.detail) return false
    const detail = JSON.parse(row.detail) as Record<string, unknown>
    const next = { ...detail, refused: Number(detail.refused ?? 1) + refusals.count }
    const updated = await db
      .updateTable('audit_events')
      .set({ detail: JSON.stringify(next) })
      .where('id', '=', row.id)
      .where('detail', '=', row.detail)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 1) return true
  }
  return false
}

/** Deletes events recorded before `before` (epoch ms); how many. */
export async function deleteAuditEventsBefore(db: Db, before: number): Promise<number> {
  const result = await db.deleteFrom('audit_events').where('at', '<', before).executeTakeFirst()
  return Number(result.numDeletedRows)
}
