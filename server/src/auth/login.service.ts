/**
 * Login: throttle, verify, rotate. Wrong password, unknown user and inactive user are one
 * outcome with one cost (one argon2 verify each, plus one PBKDF2 while Django hashes remain), so
 * neither the response nor its timing tells an attacker which accounts exist.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import type { AuditService } from '../audit/audit.service.js'
import type { Clock } from '../core/clock.js'
import type { Db } from '../db/database.js'
import { inTransaction } from '../db/transaction.js'
import { loginThrottleKeys, reauthThrottleKeys } from '../security/login.throttle.js'
import type { ThrottleRefusal, ThrottleStore } from '../security/throttle.store.js'
import type { SessionService, StartedSession, ValidSession } from '../sessions/session.service.js'
import {
  defaultPasswordHasher,
  djangoPbkdf2Iterations,
  type PasswordHasher,
} from './password.hasher.js'
import {
  findLegacyPasswordHash,
  findUserById,
  findUserByKey,
  setLastLogin,
  updatePasswordHash,
} from './user.repository.js'
import type { AuthUser } from '../users/user.types.js'
import { usernameKey, validateUsername } from '../users/username.js'

export interface RequestMeta {
  ip: string
  userAgent: string
}

type Refusal =
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }

export type LoginResult = { ok: true; user: AuthUser; session: StartedSession } | Refusal

/** `conflict`: the user's `auth_version` is no longer `expectedAuthVersion`. */
export type ConfirmResult = { ok: true } | Refusal | { ok: false; reason: 'conflict' }

export interface LoginService {
  login(
    credentials: { username: string; password: string; remember?: boolean },
    meta: RequestMeta,
  ): Promise<LoginResult>
  /**
   * Checks the logged-in user's password again (re-authentication, password change) with login's
   * throttle policy, on the account+IP counter login also uses and one per session
   * (`reauthThrottleKeys`): a stolen session cannot guess faster there than at the login form.
   */
  confirmPassword(
    user: AuthUser,
    password: string,
    meta: RequestMeta & {
      purpose: 'reauthentication' | 'password_change'
      /** The session asking: its own throttle counter (see `reauthThrottleKeys`). */
      sessionIdHash: string
      /**
       * The `auth_version` the request was authenticated with: when the stored one has moved
       * (another password change won the race), `conflict` without checking the password.
       */
      expectedAuthVersion?: number
    },
  ): Promise<ConfirmResult>
  /**
   * `POST /api/reauthenticate/`: checks the password (as `confirmPassword`), then marks the
   * session re-authenticated and records `reauthenticated`, together. `at`: when, epoch ms.
   */
  reauthenticate(
    auth: ValidSession,
    password: string,
    meta: RequestMeta,
  ): Promise<{ ok: true; at: number } | Exclude<ConfirmResult, { ok: true }>>
}

export interface LoginServiceDeps {
  db: Db
  sessions: SessionService
  throttle: ThrottleStore
  audit: AuditService
  clock: Clock
  /** Default: `defaultPasswordHasher`, the OWASP cost (the tests pass a cheap one). */
  hasher?: PasswordHasher
}

/**
 * How often to look again whether Django hashes remain (they disappear as users log in). Until
 * the next look, failed logins keep paying the PBKDF2 cost, which is only slower, never leakier.
 */
const LEGACY_CHECK_INTERVAL_MS = 5 * 60_000

/**
 * An attempt held back only by other attempts still being verified asks the counters again after
 * these pauses (with jitter, so waiters do not move in step), about 3 s in all, then gets a 429.
 * A check takes tens of milliseconds, a few seconds in a flood of logins on a small machine.
 */
const IN_FLIGHT_PAUSES_MS = [10, 20, 40, 80, 160, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250]
/** The Retry-After of a 429 after waiting for in-flight attempts in vain. */
const IN_FLIGHT_RETRY_AFTER_MS = 1000

/** The counters an attempt was counted on before its check. */
function attemptKeys(limits: ReturnType<typeof loginThrottleKeys>): string[] {
  return limits.rules.filter((rule) => rule.counts === 'attempts').map((rule) => rule.key)
}

export function createLoginService(deps: LoginServiceDeps): LoginService {
  const { db, sessions, throttle, audit, clock } = deps
  const hasher = deps.hasher ?? defaultPasswordHasher
  let legacy: { iterations: number | null; checkedAt: number } | null = null

  async function legacyPbkdf2Iterations(): Promise<number | null> {
    const now = clock()
    if (!legacy || now - legacy.checkedAt >= LEGACY_CHECK_INTERVAL_MS) {
      const hash = await findLegacyPasswordHash(db)
      legacy = { iterations: hash === null ? null : djangoPbkdf2Iterations(hash), checkedAt: now }
    }
    return legacy.iterations
  }

  /**
   * Counts an attempt; a refusal when settled failures block it (`refusal`: for the audit log).
   * Held back only by attempts still in flight (parallel logins, several tabs), it waits for their
   * outcome and asks again.
   */
  async function throttled(
    limits: ReturnType<typeof loginThrottleKeys>,
  ): Promise<{ retryAfterSeconds: number; refusal: ThrottleRefusal | undefined } | null> {
    for (let pause = 0; ; pause++) {
      const decision = await throttle.attempt(limits.rules, clock())
      if (decision.allowed) return null
      const pauseMs = IN_FLIGHT_PAUSES_MS[pause]
      if ('wait' in decision && pauseMs !== undefined) {
        await sleep(pauseMs * (0.5 + Math.random()))
        continue
      }
      const waitMs = 'wait' in decision ? IN_FLIGHT_RETRY_AFTER_MS : decision.retryAfterMs
      const refusal = 'refusal' in decision ? decision.refusal : undefined
      return { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), refusal }
    }
  }

  async function succeeded(
    limits: ReturnType<typeof loginThrottleKeys>,
    user: AuthUser,
    password: string,
    verified: { needsRehash: boolean; passwordHash: string },
  ): Promise<void> {
    if (verified.needsRehash) {
      // A Django pbkdf2 hash (or old argon2 parameters) is upgraded while we know the password,
      // unless a password change replaced that hash meanwhile.
      const upgraded = await hasher.hash(password)
      await updatePasswordHash(db, user.id, upgraded, verified.passwordHash)
    }
    await throttle.clear(limits.clearOnSuccess)
    await throttle.forgive(limits.forgiveOnSuccess)
  }

  /**
   * Runs the check of an allowed attempt. `settle` marks the point where the attempt's outcome is
   * in the counters; an error before it (a database or hash-pool outage) settles the attempt as a
   * failure on the way out, so its in-flight mark never holds parallel logins back.
   */
  async function settlingOnError<T>(
    limits: ReturnType<typeof loginThrottleKeys>,
    check: (settle: () => void) => Promise<T>,
  ): Promise<T> {
    let settled = false
    try {
      return await check(() => {
        settled = true
      })
    } catch (error) {
      if (!settled) await throttle.recordFailure(limits.rules, clock()).catch(() => undefined)
      throw error
    }
  }

  async function confirmPassword(
    user: AuthUser,
    password: string,
    {
      purpose,
      sessionIdHash,
      expectedAuthVersion,
      ...meta
    }: Parameters<LoginService['confirmPassword']>[2],
  ): Promise<ConfirmResult> {
    const limits = reauthThrottleKeys(usernameKey(user.username), meta.ip, sessionIdHash)
    const who = { actor: user, userId: user.id, username: user.username, ...meta }
    const blocked = await throttled(limits)
    if (blocked) {
      const { refusal, ...wait } = blocked
      await audit.recordThrottled(refusal, async () => ({ ...who, detail: { purpose, ...wait } }))
      return { ok: false, reason: 'throttled', ...wait }
    }
    return settlingOnError(limits, async (settle) => {
      const found = await findUserById(db, user.id)
      if (found && expectedAuthVersion !== undefined && found.authVersion !== expectedAuthVersion) {
        // Not a guess: the password changed under this request. Its attempt is taken back.
        await throttle.forgive(attemptKeys(limits))
        settle()
        return { ok: false, reason: 'conflict' }
      }
      const cost = { legacyPbkdf2Iterations: await legacyPbkdf2Iterations() }
      const verified = found
        ? await hasher.verify(password, found.passwordHash, cost)
        : { ok: false as const }
      if (!found || !verified.ok) {
        if (!found) await hasher.verifyDummy(password, cost)
        await throttle.recordFailure(limits.rules, clock())
        settle()
        const event =
          purpose === 'password_change' ? 'password_change_failed' : 'reauthentication_failed'
        await audit.record(event, { ...who, detail: { reason: 'wrong_password' } })
        return { ok: false, reason: 'invalid_credentials' }
      }
      await succeeded(limits, user, password, { ...verified, passwordHash: found.passwordHash })
      settle()
      return { ok: true }
    })
  }

  return {
    async login({ username, password, remember }, meta): Promise<LoginResult> {
      const key = usernameKey(username)
      const limits = loginThrottleKeys(key, meta.ip)
      const blocked = await throttled(limits)
      if (blocked) {
        const { refusal, ...wait } = blocked
        // Written once per blocking period (the lookup too); a name that matches no account
        // only as its digest, like a failed login's.
        await audit.recordThrottled(refusal, async () => {
          const account = validateUsername(username).length ? null : await findUserByKey(db, key)
          const who = account ? { userId: account.id, username } : { attemptedUsername: username }
          return { ...who, ...meta, detail: wait }
        })
        return { ok: false, reason: 'throttled', ...wait }
      }

      return settlingOnError(limits, async (settle) => {
        // A name no account can have (NUL, over-long once normalized) is never looked up: the
        // database could refuse it with an error, and the answer is "unknown user" anyway.
        const found = validateUsername(username).length ? null : await findUserByKey(db, key)
        const cost = { legacyPbkdf2Iterations: await legacyPbkdf2Iterations() }
        // Every failure is one outcome to the client; only the audit log keeps the reason.
        const fail = async (reason: string, userId: number | null): Promise<LoginResult> => {
          await throttle.recordFailure(limits.rules, clock())
          settle()
          // A name that matches no account is often a password typed in the wrong field: only
          // its keyed digest is stored.
          const who = userId === null ? { attemptedUsername: username } : { userId, username }
          await audit.record('login_failed', { ...who, ...meta, detail: { reason } })
          return { ok: false, reason: 'invalid_credentials' }
        }
        if (!found) {
          await hasher.verifyDummy(password, cost)
          return fail('unknown_user', null)
        }
        const { passwordHash, ...user } = found
        const verified = await hasher.verify(password, passwordHash, cost)
        if (!verified.ok) return fail('wrong_password', user.id)
        if (!user.isActive) return fail('inactive_user', user.id)

        await succeeded(limits, user, password, { ...verified, passwordHash })
        settle()
        const session = await sessions.start(user, { ...meta, persistent: remember ?? true })
        const now = clock()
        await setLastLogin(db, user.id, now)
        await audit.record('login_succeeded', {
          actor: user,
          userId: user.id,
          username: user.username,
          ...meta,
          detail: { persistent: session.persistent },
        })
        return { ok: true, user: { ...user, lastLogin: now }, session }
      })
    },

    confirmPassword,

    async reauthenticate(auth, password, meta) {
      const { user } = auth
      const checked = await confirmPassword(user, password, {
        ...meta,
        purpose: 'reauthentication',
        sessionIdHash: auth.idHash,
      })
      if (!checked.ok) return checked
      const at = await inTransaction(db, async (scope) => {
        const marked = await sessions.markReauthenticated(auth.idHash, scope)
        await audit.record(
          'reauthenticated',
          { actor: user, userId: user.id, username: user.username, ...meta },
          scope,
        )
        return marked
      })
      return { ok: true, at }
    },
  }
}
