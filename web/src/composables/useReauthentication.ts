/**
 * Re-authentication for sensitive actions (change password, log out other devices): the server
 * answers 403 `reauthentication_required` when the password was not entered recently (OWASP
 * Authentication Cheat Sheet, "Reauthentication"). `run` then opens the dialog
 * (ReauthDialog.vue) and, once the password is confirmed, retries the action once.
 *
 * One instance per page: the page calls `provideReauthentication()`, its parts
 * `useReauthentication()`.
 */
import { inject, provide, readonly, ref, type InjectionKey, type Ref } from 'vue'
import { reauthenticate } from '../api/account.js'
import { ApiError } from '../api/client.js'

export interface Reauthentication {
  /** Whether the password is being asked for (the dialog is open). */
  readonly asking: Readonly<Ref<boolean>>
  /**
   * Runs `action`; on `reauthentication_required` asks for the password and runs it once more.
   * Resolves `null` when the person cancels; any other error is thrown as it came.
   */
  run<T>(action: () => Promise<T>): Promise<T | null>
  /** Sends the password; throws the `ApiError` (wrong password, throttled) for the dialog. */
  confirm(password: string): Promise<void>
  /** Closes the dialog; the waiting action resolves `null`. */
  cancel(): void
}

const KEY: InjectionKey<Reauthentication> = Symbol('reauthentication')

export function isReauthenticationRequired(caught: unknown): boolean {
  return caught instanceof ApiError && caught.code === 'reauthentication_required'
}

export function createReauthentication(): Reauthentication {
  const asking = ref(false)
  // Everyone waiting for the same dialog (two actions may ask at once); true once confirmed.
  let waiting: Array<(confirmed: boolean) => void> = []

  function settle(confirmed: boolean): void {
    asking.value = false
    const resolvers = waiting
    waiting = []
    for (const resolve of resolvers) resolve(confirmed)
  }

  function ask(): Promise<boolean> {
    asking.value = true
    return new Promise((resolve) => waiting.push(resolve))
  }

  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      return await action()
    } catch (caught) {
      if (!isReauthenticationRequired(caught)) throw caught
    }
    if (!(await ask())) return null
    // Once only: a second `reauthentication_required` goes to the caller, never into a loop.
    return action()
  }

  async function confirm(password: string): Promise<void> {
    await reauthenticate({ password })
    settle(true)
  }

  return { asking: readonly(asking), run, confirm, cancel: () => settle(false) }
}

/** Creates the page's instance and makes it available to its components. */
export function provideReauthentication(): Reauthentication {
  const reauthentication = createReauthentication()
  provide(KEY, reauthentication)
  return reauthentication
}

export function useReauthentication(): Reauthentication {
  const reauthentication = inject(KEY, null)
  if (reauthentication === null) {
    throw new Error('useReauthentication() needs provideReauthentication() in a parent')
  }
  return reauthentication
}
