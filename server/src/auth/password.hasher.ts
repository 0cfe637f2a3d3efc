/**
 * Password hashing and verification.
 *
 * Threat model: the users table leaks (backup, SQL injection, a stolen disk). Every stored hash
 * must then cost an attacker a memory-hard guess per candidate password, so passwords are hashed
 * with argon2id at the OWASP parameters and a random salt per hash. Online, an attacker must not
 * learn from timing which usernames exist: an unknown user pays one dummy verify, like a known
 * user with a wrong password. Comparisons of derived keys are constant-time. Hashing never runs on
 * the event loop, so a burst of logins slows logins, not every other request.
 *
 * Accounts migrated from Django keep their `pbkdf2_sha256$…` hashes until their next successful
 * login, when the caller rehashes them with argon2id (`needsRehash`).
 */
import { parseOptions } from '@node-rs/argon2'
import type { Algorithm, Version } from '@node-rs/argon2'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { hashPool } from './hash.pool.js'

/** Stored instead of a hash for accounts that must not log in with a password (Django's prefix). */
export const UNUSABLE_PASSWORD = '!'

// OWASP Password Storage Cheat Sheet, argon2id: "m=19456 (19 MiB), t=2, p=1". Memory is the cost
// that GPUs and ASICs cannot cheapen; ~10-20 ms per hash here, 19 MiB per hash in flight.
const ARGON2_MEMORY_COST_KIB = 19_456
const ARGON2_TIME_COST = 2
const ARGON2_PARALLELISM = 1
// 32-byte tag and 16-byte salt: the library's defaults, and the RFC 9106 recommendations.
const ARGON2_OUTPUT_LENGTH = 32
const ARGON2_MIN_SALT_LENGTH = 16
// A stored hash names its own cost. One asking for more than 16x our memory or time is a corrupt
// or hostile row that would allocate gigabytes or pin a thread-pool thread: refused, not computed.
const ARGON2_MAX_MEMORY_COST_KIB = 16 * ARGON2_MEMORY_COST_KIB
const ARGON2_MAX_TIME_COST = 16 * ARGON2_TIME_COST
const ARGON2_MAX_PARALLELISM = 16
// The library's own enum values (index.d.ts); its `const enum` cannot be read under isolatedModules.
const ARGON2ID: Algorithm = 2
const ARGON2_VERSION_0X13: Version = 1

/** The cost of an argon2id hash: memory in KiB, passes, lanes. */
export interface Argon2Cost {
  memoryCost: number
  timeCost: number
  parallelism: number
}

/**
 * The OWASP parameters: the only cost Sesame hashes with. Nothing in the configuration or the
 * environment can change it; only code can build a hasher with another cost, and only the tests
 * do (a cheap one, test/helpers.ts), so that a test suite does not spend its time in argon2.
 */
export const OWASP_ARGON2_COST: Readonly<Argon2Cost> = Object.freeze({
  memoryCost: ARGON2_MEMORY_COST_KIB,
  timeCost: ARGON2_TIME_COST,
  parallelism: ARGON2_PARALLELISM,
})

const ARGON2ID_PREFIX = '$argon2id$'
const DJANGO_PBKDF2_SHA256 = 'pbkdf2_sha256'
// Django's PBKDF2PasswordHasher: HMAC-SHA256 with its full 32-byte output (dklen=None).
const PBKDF2_KEY_LENGTH = 32
// Django has used 10,000 (1.4) to 1,000,000+ (5.x). Far above that is a corrupt or hostile row
// that would pin a thread-pool thread for seconds, so it is refused, not computed.
const PBKDF2_MAX_ITERATIONS = 10_000_000

function argon2Verify(encoded: string, password: string): Promise<boolean> {
  return hashPool().run({ op: 'verify', encoded, password })
}

function pbkdf2Async(
  password: string,
  salt: string,
  iterations: number,
  keyLength: number,
): Promise<Buffer> {
  return hashPool().run({ op: 'pbkdf2', password, salt, iterations, keyLength })
}

export interface PasswordCheck {
  ok: boolean
  /** The password was right but the hash is not argon2id at the current parameters. */
  needsRehash: boolean
}

const FAILED: PasswordCheck = { ok: false, needsRehash: false }

export interface VerifyOptions {
  /**
   * While accounts with Django hashes remain, the PBKDF2 iteration count of one of them. Every
   * failed check then also pays one PBKDF2 at that count (and a failed Django check one argon2
   * verify), so a wrong password for an imported account, for an argon2 account and for an
   * unknown user all cost argon2 + PBKDF2: timing does not tell which accounts exist.
   */
  legacyPbkdf2Iterations?: number | null
}

/** Hashing and verification at one argon2id cost: Sesame's is `defaultPasswordHasher`. */
export interface PasswordHasher {
  /** The argon2id cost of new hashes; a stored hash at any other cost `needsRehash`. */
  readonly cost: Readonly<Argon2Cost>
  /**
   * Hashes a password with argon2id into a PHC string such as
   * `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`.
   */
  hash(password: string): Promise<string>
  /**
   * Checks a password against a stored argon2id or Django `pbkdf2_sha256` hash. Never throws: an
   * unusable (`!…`), empty, unknown or malformed hash is `{ ok: false, needsRehash: false }`,
   * after the same argon2 cost as a wrong password so that timing does not single those out.
   */
  verify(password: string, encoded: string, options?: VerifyOptions): Promise<PasswordCheck>
  /**
   * Pays the cost of one argon2id verify against a dummy hash, so that a login for an unknown
   * user takes as long as a wrong password. The dummy hash is made once, on first use.
   */
  verifyDummy(password: string, options?: VerifyOptions): Promise<void>
  /** Makes the dummy hash now, so the first unknown-user login does not pay a hash on top. */
  prepareDummy(): Promise<void>
}

/** A hasher at `cost`; Sesame itself only ever uses `defaultPasswordHasher` (the OWASP cost). */
export function createPasswordHasher(cost: Argon2Cost = OWASP_ARGON2_COST): PasswordHasher {
  const frozen: Readonly<Argon2Cost> = Object.freeze({ ...cost })
  const options = { ...frozen, outputLen: ARGON2_OUTPUT_LENGTH }
  let dummyHash: Promise<string> | null = null

  async function hash(password: string): Promise<string> {
    // On the low-priority hashing threads (hash.pool.ts), off the event loop, one per core (max 4).
    return hashPool().run({ op: 'hash', password, options })
  }

  function dummyArgon2Hash(): Promise<string> {
    dummyHash ??= hash(randomBytes(16).toString('base64url')).catch((error: unknown) => {
      dummyHash = null // let the next call try again rather than cache a failure
      throw error
    })
    return dummyHash
  }

  async function payArgon2Cost(password: string): Promise<void> {
    try {
      await argon2Verify(await dummyArgon2Hash(), password)
    } catch {
      // Only timing rides on the dummy verify; the answer is "no" either way.
    }
  }

  async function verifyDummy(password: string, options: VerifyOptions = {}): Promise<void> {
    await payArgon2Cost(password)
    await payLegacyCost(password, options)
  }

  // null: malformed, or parameters too costly to be ours (see ARGON2_MAX_*).
  async function verifyArgon2id(password: string, encoded: string): Promise<PasswordCheck | null> {
    // parseOptions throws on a malformed PHC string; verify turns that into a failure.
    const params = parseOptions(encoded)
    if (
      params.memoryCost > ARGON2_MAX_MEMORY_COST_KIB ||
      params.timeCost > ARGON2_MAX_TIME_COST ||
      params.parallelism > ARGON2_MAX_PARALLELISM
    ) {
      return null
    }
    const ok = await argon2Verify(encoded, password)
    if (!ok) return FAILED
    // Current means this hasher's own cost: a hash at another cost is rehashed at the next login.
    const current =
      params.algorithm === ARGON2ID &&
      params.version === ARGON2_VERSION_0X13 &&
      params.memoryCost === frozen.memoryCost &&
      params.timeCost === frozen.timeCost &&
      params.parallelism === frozen.parallelism &&
      params.outputLen === ARGON2_OUTPUT_LENGTH &&
      params.saltLen >= ARGON2_MIN_SALT_LENGTH
    return { ok: true, needsRehash: !current }
  }

  async function verify(
    password: string,
    encoded: string,
    options: VerifyOptions = {},
  ): Promise<PasswordCheck> {
    try {
      if (encoded.startsWith(ARGON2ID_PREFIX)) {
        const checked = await verifyArgon2id(password, encoded)
        if (checked?.ok) return checked
        if (checked) {
          await payLegacyCost(password, options)
          return FAILED
        }
      } else {
        const django = parseDjangoPbkdf2(encoded)
        if (django) {
          const checked = await verifyDjangoPbkdf2(password, django)
          if (checked.ok) return checked
          await payArgon2Cost(password)
          return FAILED
        }
      }
    } catch {
      // The library rejected a malformed PHC string: fail below like any unusable hash.
    }
    await verifyDummy(password, options)
    return FAILED
  }

  return {
    cost: frozen,
    hash,
    verify,
    verifyDummy,
    prepareDummy: async () => {
      await dummyArgon2Hash()
    },
  }
}

/** Sesame's hasher: argon2id at the OWASP cost (m=19456 KiB, t=2, p=1). */
export const defaultPasswordHasher: PasswordHasher = createPasswordHasher()

/** `defaultPasswordHasher.hash`. */
export function hashPassword(password: string): Promise<string> {
  return defaultPasswordHasher.hash(password)
}

/** `defaultPasswordHasher.verify`. */
export function verifyPassword(
  password: string,
  encoded: string,
  options: VerifyOptions = {},
): Promise<PasswordCheck> {
  return defaultPasswordHasher.verify(password, encoded, options)
}

/** `defaultPasswordHasher.verifyDummy`. */
export function verifyDummyPassword(password: string, options: VerifyOptions = {}): Promise<void> {
  return defaultPasswordHasher.verifyDummy(password, options)
}

/** `defaultPasswordHasher.prepareDummy`. */
export function prepareDummyHash(): Promise<void> {
  return defaultPasswordHasher.prepareDummy()
}

/** The iteration count of a Django `pbkdf2_sha256$…` hash, or null for anything else. */
export function djangoPbkdf2Iterations(encoded: string): number | null {
  return parseDjangoPbkdf2(encoded)?.iterations ?? null
}

async function payLegacyCost(password: string, options: VerifyOptions): Promise<void> {
  const iterations = options.legacyPbkdf2Iterations
  if (!iterations || iterations > PBKDF2_MAX_ITERATIONS) return
  try {
    await pbkdf2Async(password, 'sesame-dummy-salt', iterations, PBKDF2_KEY_LENGTH)
  } catch {
    // Only timing rides on it; a failed job (a worker that died) must not fail the login.
  }
}

interface DjangoPbkdf2 {
  iterations: number
  salt: string
  hash: string
}

// `pbkdf2_sha256$<iterations>$<salt>$<base64 hash>`, as Django's PBKDF2PasswordHasher.encode()
// writes it. Django's decode() is `encoded.split("$", 3)` and `int(iterations)`; here the number
// must be plain decimal digits without a leading zero, and salt and hash must be non-empty.
function parseDjangoPbkdf2(encoded: string): DjangoPbkdf2 | null {
  const parts = encoded.split('$')
  if (parts.length !== 4) return null
  const [algorithm, iterationsText, salt, hash] = parts
  if (algorithm !== DJANGO_PBKDF2_SHA256 || !iterationsText || !salt || !hash) return null
  if (!/^[1-9][0-9]{0,7}$/.test(iterationsText)) return null
  const iterations = Number(iterationsText)
  if (iterations > PBKDF2_MAX_ITERATIONS) return null
  return { iterations, salt, hash }
}

async function verifyDjangoPbkdf2(password: string, stored: DjangoPbkdf2): Promise<PasswordCheck> {
  // On the hashing threads too. Django feeds the password and the salt text as UTF-8 bytes, as
  // Node does for strings.
  const key = await pbkdf2Async(password, stored.salt, stored.iterations, PBKDF2_KEY_LENGTH)
  // Django compares the whole re-encoded string (constant_time_compare). Comparing the base64
  // text rather than decoding the stored one keeps a non-canonical encoding from ever matching.
  const expected = Buffer.from(key.toString('base64'), 'utf8')
  const actual = Buffer.from(stored.hash, 'utf8')
  const ok = expected.length === actual.length && timingSafeEqual(expected, actual)
  // Every Django hash is upgraded to argon2id on the first successful login (docs/security.md, Passwords).
  return ok ? { ok: true, needsRehash: true } : FAILED
}
