/**
 * Session ids and CSRF secrets.
 *
 * Threat model: an attacker who reads the sessions table (backup, SQL injection elsewhere, a
 * replica) must not be able to act as anyone, and one who sends guesses must not find a live id.
 * So the id is 256 bits from the CSPRNG, sent only in an HttpOnly cookie, and only its SHA-256 is
 * stored: a fast hash is enough because the input has full entropy (nothing to brute-force).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 32 bytes = 256 bits of entropy; docs/security.md (Session ids) asks for at least 128. */
const TOKEN_BYTES = 32
/** base64url of 32 bytes, unpadded: 43 characters of [A-Za-z0-9_-]. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

/** A new random token for a session id or a CSRF secret. */
export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url')
}

/** True when `value` has the exact shape `generateToken` makes; cheap guard before any lookup. */
export function isWellFormedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value)
}

/** The value stored in place of the session id. */
export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex')
}

/** Constant-time comparison of two secrets; false for any length mismatch. */
export function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  // Comparing lengths first leaks only the length, which is public (always 43 here).
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * A session's public id: 128 random bits, base64url (22 characters). It names a session in lists
 * and revocations and is useless as a cookie.
 */
export function newPublicId(): string {
  return randomBytes(16).toString('base64url')
}
