/**
 * The login throttling policy (docs/security.md, "Brute force"). Keys use the normalized username whether
 * or not the account exists, so a 429 reveals nothing about which accounts are real.
 */
import { createHash } from 'node:crypto'
import { throttleAddress } from './client-address.js'
import type { ThrottleRule } from './throttle.store.js'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/**
 * One person mistyping from one place: a few free tries, then 1 s, 2 s, 4 s… up to 15 minutes.
 * Cleared by a successful login from the same IP.
 */
const ACCOUNT_IP = {
  freeAttempts: 5,
  baseDelayMs: SECOND,
  maxDelayMs: 15 * MINUTE,
  decayMs: HOUR,
  resetAfterMs: 24 * HOUR,
  counts: 'attempts',
} as const

/**
 * One account attacked from many IPs (a botnet). A higher allowance, so an attacker elsewhere
 * cannot lock the owner out cheaply; once the delay reaches its cap, that is about four guesses
 * an hour, whatever the number of IPs.
 */
const ACCOUNT = {
  freeAttempts: 20,
  baseDelayMs: SECOND,
  maxDelayMs: 15 * MINUTE,
  decayMs: HOUR,
  resetAfterMs: 24 * HOUR,
  counts: 'attempts',
} as const

/**
 * Password spraying from one IP across many accounts. High, because an office NAT puts hundreds
 * of people behind one address: 100 failures, forgotten at 100 an hour, so a steady trickle of
 * typos never adds up. Only failures count: successes never touch this counter.
 */
const IP = {
  freeAttempts: 100,
  baseDelayMs: SECOND,
  maxDelayMs: 15 * MINUTE,
  decayMs: 36 * SECOND,
  resetAfterMs: HOUR,
  counts: 'failures',
} as const

/** After this long without an attempt every login counter is back to zero and can be deleted. */
export const LOGIN_COUNTERS_LIFETIME_MS = Math.max(
  ACCOUNT_IP.resetAfterMs,
  ACCOUNT.resetAfterMs,
  IP.resetAfterMs,
)

export interface LoginThrottleKeys {
  rules: ThrottleRule[]
  /** Counters a success deletes. */
  clearOnSuccess: string[]
  /** Counters a success takes its counted attempt back from. */
  forgiveOnSuccess: string[]
}

export function loginThrottleKeys(usernameKey: string, ip: string): LoginThrottleKeys {
  const client = throttleAddress(ip)
  // The account's digest leads the account+IP key, so `sesame unlock` can find every address's
  // counter for one account without knowing the addresses.
  const accountIp = `${accountIpPrefix(usernameKey)}${digest(client)}`
  const account = accountKey(usernameKey)
  const address = `login:ip:${digest(client)}`
  return {
    rules: [
      { key: accountIp, ...ACCOUNT_IP },
      { key: account, ...ACCOUNT },
      { key: address, ...IP },
    ],
    clearOnSuccess: [accountIp],
    forgiveOnSuccess: [account],
  }
}

/**
 * Checking the password again inside a session (re-authentication, password change). Counted per
 * account and IP (the same counter as login, so the two add up) and per session, but not on the
 * account-wide counter: anyone can fill that one by guessing at the login form, and the owner
 * must still be able to re-authenticate while their account is under attack. A stolen session
 * guessing from changing IPs still meets its own per-session counter.
 */
export function reauthThrottleKeys(
  usernameKey: string,
  ip: string,
  sessionIdHash: string,
): LoginThrottleKeys {
  const client = throttleAddress(ip)
  const accountIp = `${accountIpPrefix(usernameKey)}${digest(client)}`
  const session = `reauth:session:${digest(sessionIdHash)}`
  return {
    rules: [
      { key: accountIp, ...ACCOUNT_IP },
      { key: session, ...ACCOUNT_IP },
      { key: `login:ip:${digest(client)}`, ...IP },
    ],
    clearOnSuccess: [accountIp, session],
    forgiveOnSuccess: [],
  }
}

function accountKey(usernameKey: string): string {
  return `login:account:${digest(usernameKey)}`
}

function accountIpPrefix(usernameKey: string): string {
  return `login:account-ip:${digest(usernameKey)}:`
}

/** Every login counter of one account, from every address: what `sesame unlock` clears. */
export function accountThrottleKeys(usernameKey: string): { keys: string[]; prefixes: string[] } {
  return { keys: [accountKey(usernameKey)], prefixes: [accountIpPrefix(usernameKey)] }
}

/**
 * Keys hold a digest of what the client sent, never the text itself: fixed length whatever the
 * username or forwarded address, no bytes a database refuses (NUL), nothing personal at rest.
 */
function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url')
}
