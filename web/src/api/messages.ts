/** Wording shared by the pages for errors the API gives in several places. */

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`
}

/** "Try again in 30 seconds." from a 429's `Retry-After` (a minute when it is missing). */
export function tryAgainIn(retryAfterSeconds: number | null): string {
  const wait = retryAfterSeconds ?? 60
  const when = wait < 120 ? plural(wait, 'second') : plural(Math.ceil(wait / 60), 'minute')
  return `Try again in ${when}.`
}
