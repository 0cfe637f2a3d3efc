/**
 * Password rules for new and changed passwords: Django's four default validators, in Django's
 * order (django/contrib/auth/password_validation.py, AUTH_PASSWORD_VALIDATORS of a new project),
 * plus a maximum length. The messages are Django's, so users moving over see the same wording.
 *
 * Threat model: online guessing and credential stuffing try the most common passwords and the
 * user's own name first; these rules refuse exactly those. They do not measure strength, and they
 * run only when a password is set, never at login.
 */
import { COMMON_PASSWORDS_TEXT } from './common-passwords.js'

// Django's MinimumLengthValidator default, and NIST SP 800-63B's minimum for chosen passwords.
const MIN_LENGTH = 8
// Bounds the work an attacker can ask of hashing and of these checks (argon2 first compresses the
// whole password); the same cap Django's hashers set for CVE-2013-1443. NIST SP 800-63B asks that
// at least 64 be allowed.
const MAX_LENGTH = 4096
// Django's UserAttributeSimilarityValidator default.
const MAX_SIMILARITY = 0.7

export interface PasswordOwner {
  username: string
  email?: string
}

/**
 * Returns the reasons a password is refused, as messages for the user; an empty array means the
 * password is acceptable.
 *
 * @example
 * validatePassword('password', { username: 'alice' })
 * // ['This password is too common.']
 */
export function validatePassword(password: string, user: PasswordOwner): string[] {
  const errors: string[] = []
  // Python's len() counts code points, not UTF-16 units.
  const length = [...password].length
  const similarTo = findSimilarAttribute(password, user)
  if (similarTo) errors.push(`The password is too similar to the ${similarTo}.`)
  if (length < MIN_LENGTH) {
    errors.push(`This password is too short. It must contain at least ${MIN_LENGTH} characters.`)
  }
  if (length > MAX_LENGTH) {
    errors.push(`This password is too long. It must contain at most ${MAX_LENGTH} characters.`)
  }
  if (commonPasswords().has(password.toLowerCase().trim())) {
    errors.push('This password is too common.')
  }
  // Python's str.isdigit(); \p{Nd} leaves out the rare non-decimal digits such as superscripts.
  if (/^\p{Nd}+$/u.test(password)) errors.push('This password is entirely numeric.')
  return errors
}

// The attributes compared, with the name Django's messages use for each (the User model's
// verbose_name).
const USER_ATTRIBUTES = [
  ['username', 'username'],
  ['email', 'email address'],
] as const

// Django's UserAttributeSimilarityValidator.validate(): the lower-cased password against each
// attribute and each of its \W+-separated parts. For the email the whole local part is compared as
// well (Django only compares its words), so "alice.smith1" is caught for alice.smith@….
function findSimilarAttribute(password: string, user: PasswordOwner): string | null {
  const lowered = password.toLowerCase()
  for (const [attribute, verboseName] of USER_ATTRIBUTES) {
    const value = user[attribute]
    if (!value) continue
    const valueLower = value.toLowerCase()
    // Python 3's \W on str is Unicode-aware: anything but letters, numbers and "_".
    const parts = [...valueLower.split(/[^\p{L}\p{N}_]+/u), valueLower]
    if (attribute === 'email' && valueLower.includes('@')) {
      parts.push(valueLower.slice(0, valueLower.lastIndexOf('@')))
    }
    for (const part of parts) {
      if (exceedsMaximumLengthRatio(lowered, part)) continue
      if (quickRatio(lowered, part) >= MAX_SIMILARITY) return verboseName
    }
  }
  return null
}

// Django's exceeds_maximum_length_ratio(): a password ten times longer than the value cannot
// reach the similarity bound (quick_ratio <= 2 * short / (short + long)), so it is not compared.
function exceedsMaximumLengthRatio(password: string, value: string): boolean {
  const passwordLength = [...password].length
  const valueLength = [...value].length
  const lengthBoundSimilarity = (MAX_SIMILARITY / 2) * passwordLength
  return passwordLength >= 10 * valueLength && valueLength < lengthBoundSimilarity
}

// difflib.SequenceMatcher(a=a, b=b).quick_ratio() from CPython's Lib/difflib.py, which Django
// calls: 2 * (characters in common, as multisets) / (total length), and 1.0 for two empty
// strings. An upper bound on ratio(), computed in linear time.
function quickRatio(a: string, b: string): number {
  const aChars = [...a]
  const bChars = [...b]
  const length = aChars.length + bChars.length
  if (length === 0) return 1
  const available = new Map<string, number>()
  for (const char of bChars) available.set(char, (available.get(char) ?? 0) + 1)
  let matches = 0
  for (const char of aChars) {
    const count = available.get(char) ?? 0
    if (count > 0) matches += 1
    available.set(char, count - 1)
  }
  return (2 * matches) / length
}

let commonPasswordSet: ReadonlySet<string> | null = null

// Built on first use (20,000 entries, a few milliseconds), then kept for the process.
function commonPasswords(): ReadonlySet<string> {
  commonPasswordSet ??= new Set(COMMON_PASSWORDS_TEXT.trim().split(/\s+/))
  return commonPasswordSet
}
