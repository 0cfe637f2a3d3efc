/**
 * Who is logged in. "Logged in" always comes from the server (`GET /api/session/`), never from
 * local storage; other tabs hear about login and logout over a BroadcastChannel.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import type { ApiUser, LoginBody } from '@sesame/server/api'
import * as api from '../api/auth.js'
import { ApiError } from '../api/client.js'
import { useLatest } from '../composables/useLatest.js'

const CHANNEL = 'sesame-auth'

export const useAuthStore = defineStore('auth', () => {
  const user = ref<ApiUser | null>(null)
  const ready = ref(false)
  const isAuthenticated = computed(() => user.value !== null)
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  // Another tab logged in or out: ask the server who we are now. A failure here leaves the
  // state as it was; the next request will tell.
  channel?.addEventListener('message', () => {
    refresh().catch(() => {})
  })
  onScopeDispose(() => channel?.close())

  // Every change of who is logged in makes a running refresh stale; its answer is then dropped,
  // so a slow GET /api/session/ cannot bring back a user who has since logged out. (Not aborted:
  // the answer may still name the CSRF cookie, api/auth.ts.)
  const latest = useLatest()
  /** Why the last logout failed (the user is then still logged in), or ''. */
  const logoutError = ref('')
  /**
   * The session ended without this tab asking (a 401 while logged in: password changed or session
   * revoked elsewhere, an admin's action, a timeout), so the login page says why it is shown.
   * Never set for a visitor who was not logged in.
   */
  const sessionEnded = ref(false)

  async function refresh(): Promise<void> {
    const outcome = await latest.run(() => api.getSession())
    if (outcome.stale) return
    if (!outcome.ok) throw outcome.error
    const session = outcome.value
    user.value = session.user
    // The browser still held the cookie of a session that has ended (this tab was reloaded, or
    // opened, after a password change or a revocation elsewhere): say so on the login page.
    if (session.sessionEnded === true) sessionEnded.value = true
    ready.value = true
  }

  /** Loads the session once, at start-up. */
  async function bootstrap(): Promise<void> {
    if (!ready.value) await refresh()
  }

  async function login(credentials: LoginBody): Promise<void> {
    const response = await api.login(credentials)
    latest.invalidate()
    user.value = response.user
    logoutError.value = ''
    sessionEnded.value = false
    channel?.postMessage('changed')
  }

  /**
   * Ends the session on the server, then here and in the other tabs. When the server cannot be
   * reached (or fails), the user stays logged in and `logoutError` says so: showing a logged-out
   * screen over a live session would mislead someone leaving a shared computer.
   */
  async function logout(): Promise<void> {
    try {
      await api.logout()
    } catch (caught) {
      // 401: the session had already ended; anything else: it may still be alive.
      if (!(caught instanceof ApiError && caught.status === 401)) {
        logoutError.value =
          caught instanceof ApiError && caught.code === 'network_error'
            ? 'Could not log out: the server cannot be reached. You are still logged in.'
            : 'Could not log out. You are still logged in; please try again.'
        throw caught
      }
    }
    logoutError.value = ''
    endedHere()
  }

  /**
   * This tab ended its own session by other means than logout (revoking its own row on the
   * account page): forget the user here and in the other tabs, with no "ended" message.
   */
  function endedHere(): void {
    clear()
    // A 401 on the way (logout of a session that had already ended) set it; the person asked.
    sessionEnded.value = false
    channel?.postMessage('changed')
  }

  /** The server said 401: the session is gone (expired, revoked, logged out elsewhere). */
  function forget(): void {
    if (user.value !== null) sessionEnded.value = true
    clear()
  }

  function clear(): void {
    latest.invalidate()
    user.value = null
  }

  return {
    user,
    ready,
    isAuthenticated,
    logoutError,
    sessionEnded,
    bootstrap,
    refresh,
    login,
    logout,
    endedHere,
    forget,
  }
})
