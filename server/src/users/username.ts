/**
 * Usernames follow Django's defaults: up to 150 characters of letters, digits and `@ . + - _`,
 * NFKC-normalized. Uniqueness and login are case-insensitive via `usernameKey`, so `Alice` and
 * `alice` are one account, and `ＡＬＩＣＥ` (another Unicode form) is `alice` too.
 *
 * A NEW name must moreover pass `confusables.ts` (issue #13 item 12): no mix of scripts (Latin
 * `r` with Cyrillic `о`), no character outside UTS #39's identifier profile (small capitals like
 * `ʀᴏᴏᴛ`), and no name that looks like an existing one (Greek `rοοt` next to `root`): the last
 * check needs the database, see `username_skeleton` in `user.repository.ts`.
 */
import { usernameProfileProblem, usernameSkeletons, type UsernameSkeletons } from './confusables.js'

export const USERNAME_MAX_LENGTH = 150
const USERNAME_PATTERN = /^[\p{L}\p{N}_.@+-]+$/u

export function normalizeUsername(username: string): string {
  return username.normalize('NFKC')
}

/** The case-insensitive lookup key stored in `users.username_key`. */
export function usernameKey(username: string): string {
  return normalizeUsername(username).toLowerCase()
}

/**
 * Messages for a username no account can have; empty when it is fine. Login uses this one: an
 * account created before the look-alike rules must still log in.
 */
export function validateUsername(username: string): string[] {
  const normalized = normalizeUsername(username)
  if (normalized.length === 0) return ['This field may not be blank.']
  // The lower-cased key can be longer than the name (İ becomes i + a combining dot).
  if (
    normalized.length > USERNAME_MAX_LENGTH ||
    usernameKey(normalized).length > USERNAME_MAX_LENGTH
  ) {
    return [`Ensure this field has no more than ${USERNAME_MAX_LENGTH} characters.`]
  }
  if (!USERNAME_PATTERN.test(normalized)) {
    return [
      'Enter a valid username. It may contain only letters, numbers, and @/./+/-/_ characters.',
    ]
  }
  return []
}

/** `validateUsername`, and the rules for a NEW name: one script, no look-alike characters. */
export function validateNewUsername(username: string): string[] {
  const errors = validateUsername(username)
  if (errors.length) return errors
  const problem = usernameProfileProblem(normalizeUsername(username))
  return problem === null ? [] : [problem]
}

/** The look-alike keys stored with a user (`username_skeleton`, `username_skeleton_upper`). */
export function skeletonsOf(username: string): UsernameSkeletons {
  return usernameSkeletons(normalizeUsername(username))
}

export const LOOKS_LIKE_EXISTING = 'A user with a username that looks the same already exists.'
