/**
 * Look-alike usernames (issue #13 item 12), after Unicode Technical Standard #39 (Unicode Security
 * Mechanisms), with the data of its own files as the `secure-identifier` package ships them
 * (Unicode 13.0): `confusables.txt` (the skeleton mappings) and `IdentifierStatus.txt` (the
 * characters of the General Security Profile). Scripts come from the JavaScript engine's own
 * Unicode tables (`\p{Script_Extensions=…}`).
 *
 * - `usernameSkeletons`: two names that look alike have the same skeleton. Sesame's usernames
 *   ignore case, so both the lower- and the upper-case form count: Cyrillic `ТОР` looks like
 *   `TOP` only in upper case (`т` is not `t`), Cyrillic `о` like `o` in both.
 * - `usernameProfileProblem`: a new name must be "Highly Restrictive" (UTS #39 §5.2): only
 *   characters the profile allows (so no `ʀ` or `ᴛ`: small capitals are "Technical"), from one
 *   script plus Common/Inherited (`Cyrillic` alone is fine, Latin with Cyrillic is not), or
 *   Latin with Han and Hiragana/Katakana (Japanese), Bopomofo (Chinese) or Hangul (Korean).
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { map: CONFUSABLES } = require('secure-identifier/data/confusables.js') as {
  map: Readonly<Record<string, string>>
}
const { allowed: ALLOWED } = require('secure-identifier/data/identifierStatus.js') as {
  allowed: RegExp
}

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu

/** UTS #39 §4 skeleton(X): NFD, default ignorables removed, each character mapped, NFD again. */
export function skeleton(text: string): string {
  let mapped = ''
  for (const char of text.normalize('NFD').replace(IGNORABLE, '')) {
    mapped += CONFUSABLES[char] ?? char
  }
  return mapped.normalize('NFD')
}

export interface UsernameSkeletons {
  /** Skeleton of the lower-case form (the form of `username_key`). */
  lower: string
  /** Skeleton of the upper-case form. */
  upper: string
}

/** The skeletons of an NFKC-normalized username; equal skeletons mean look-alike names. */
export function usernameSkeletons(normalized: string): UsernameSkeletons {
  return { lower: skeleton(normalized.toLowerCase()), upper: skeleton(normalized.toUpperCase()) }
}

// The scripts UAX #31 recommends for identifiers: the only ones whose letters the profile allows.
const RECOMMENDED_SCRIPTS = [
  'Arabic',
  'Armenian',
  'Bengali',
  'Bopomofo',
  'Cyrillic',
  'Devanagari',
  'Ethiopic',
  'Georgian',
  'Greek',
  'Gujarati',
  'Gurmukhi',
  'Han',
  'Hangul',
  'Hebrew',
  'Hiragana',
  'Kannada',
  'Katakana',
  'Khmer',
  'Lao',
  'Latin',
  'Malayalam',
  'Myanmar',
  'Oriya',
  'Sinhala',
  'Tamil',
  'Telugu',
  'Thaana',
  'Thai',
  'Tibetan',
] as const
const SCRIPT_TESTS = RECOMMENDED_SCRIPTS.map(
  (name) => [name, new RegExp(`^\\p{Script_Extensions=${name}}$`, 'u')] as const,
)
const ANY_SCRIPT = /^[\p{Script_Extensions=Common}\p{Script_Extensions=Inherited}]$/u
// UTS #39 §5.1: Han, kana, Hangul and Bopomofo also count as the writing systems they belong to.
const AUGMENTED: Readonly<Record<string, readonly string[]>> = {
  Han: ['Japanese', 'Korean', 'HanWithBopomofo'],
  Hiragana: ['Japanese'],
  Katakana: ['Japanese'],
  Hangul: ['Korean'],
  Bopomofo: ['HanWithBopomofo'],
}
// UTS #39 §5.2, "Highly Restrictive": the mixes allowed besides a single script.
const HIGHLY_RESTRICTIVE_MIXES = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
] as const

/** Scripts of one character (augmented), or null when it belongs to every script. */
const scriptCache = new Map<string, ReadonlySet<string> | null>()
function scriptsOf(char: string): ReadonlySet<string> | null {
  const cached = scriptCache.get(char)
  if (cached !== undefined) return cached
  let scripts: Set<string> | null = null
  if (!ANY_SCRIPT.test(char)) {
    scripts = new Set<string>()
    for (const [name, test] of SCRIPT_TESTS) {
      if (!test.test(char)) continue
      scripts.add(name)
      for (const extra of AUGMENTED[name] ?? []) scripts.add(extra)
    }
  }
  if (scriptCache.size < 10_000) scriptCache.set(char, scripts)
  return scripts
}

/** Why a normalized username is outside the Highly Restrictive profile, or null when it is in. */
export function usernameProfileProblem(normalized: string): string | null {
  const refused = [...new Set([...normalized].filter((char) => !isAllowed(char)))]
  if (refused.length) {
    return `Enter a valid username. These characters are not allowed in usernames: ${refused.join(' ')}`
  }
  const sets = [...normalized].flatMap((char) => scriptsOf(char) ?? [])
  if (sets.length === 0) return null
  const [first, ...rest] = sets
  const common = [...(first ?? [])].filter((script) => rest.every((set) => set.has(script)))
  if (common.length) return null
  const covered = HIGHLY_RESTRICTIVE_MIXES.some((mix) =>
    sets.every((set) => mix.some((script) => set.has(script))),
  )
  return covered
    ? null
    : 'Enter a valid username. It may not mix scripts (such as Latin and Cyrillic letters).'
}

// Sesame's own punctuation (`@ . + - _`) is Common and governed by the username pattern.
function isAllowed(char: string): boolean {
  return '@.+-_'.includes(char) || ALLOWED.test(char)
}
