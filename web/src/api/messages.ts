/** Wording shared by the pages for errors the API gives in several places. */
import { plural } from '@sesame/server/api'

/** "Try again in 30 seconds." from a 429's `Retry-After` (a minute when it is missing). */
export function tryAgainIn(retryAfterSeconds: number | null): string {
  const wait = retryAfterSeconds ?? 60
  const when = wait < 120 ? plural(wait, 'second') : plural(Math.ceil(wait / 60), 'minute')
  return `Try again in ${when}.`
}

/** A password change that lost to another one made at the same time (409 `conflict`). */
export const passwordChangedMeanwhile =
  'Your password was changed from another tab or window at the same time, so this change was ' +
  'not applied. Use the password from that change, or change it again.'
