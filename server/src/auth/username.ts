/**
 * Usernames follow Django's defaults: up to 150 characters of letters, digits and `@ . + - _`,
 * NFKC-normalized. Uniqueness and login are case-insensitive via `usernameKey`, so `Alice` and
 * `alice` are one account and a look-alike in another Unicode form cannot be registered.
 */

export const USERNAME_MAX_LENGTH = 150
const USERNAME_PATTERN = /^[\p{L}\p{N}_.@+-]+$/u

export function normalizeUsername(username: string): string {
  return username.normalize('NFKC')
}

/** The case-insensitive lookup key stored in `users.username_key`. */
export function usernameKey(username: string): string {
  return normalizeUsername(username).toLowerCase()
}

/** Messages for an unacceptable username; empty when it is fine. */
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
