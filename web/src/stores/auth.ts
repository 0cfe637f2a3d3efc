/**
 * Who is logged in. "Logged in" always comes from the server (`GET /api/session/`), never from
 * local storage; other tabs hear about login and logout over a BroadcastChannel.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import type { ApiUser, LoginBody } from '../../../server/src/http/api.schemas.js'
import * as api from '../api/auth.js'

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

  async function refresh(): Promise<void> {
    const session = await api.getSession()
    user.value = session.user
    ready.value = true
  }

  /** Loads the session once, at start-up. */
  async function bootstrap(): Promise<void> {
    if (!ready.value) await refresh()
  }

  async function login(credentials: LoginBody): Promise<void> {
    const response = await api.login(credentials)
    user.value = response.user
    channel?.postMessage('changed')
  }

  async function logout(): Promise<void> {
    try {
      await api.logout()
    } finally {
      user.value = null
      channel?.postMessage('changed')
    }
  }

  /** The server said 401: the session is gone (expired, revoked, logged out elsewhere). */
  function forget(): void {
    user.value = null
  }

  return { user, ready, isAuthenticated, bootstrap, refresh, login, logout, forget }
})
