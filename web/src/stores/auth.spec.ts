import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { request, setUnauthorizedHandler } from '../api/client.js'
import { useAuthStore } from './auth.js'
import { alice } from '../testing/fixtures.js'
import { network } from '../testing/network.js'
import { waitFor } from '../testing/wait.js'

/** `METHOD url` of every request so far. */
const sent = (): string[] => network.requests()

beforeEach(() => {
  const pinia = createPinia()
  pinias.push(pinia)
  setActivePinia(pinia)
})
afterEach(() => {
  // Close this test's channels, or later tests' logins would reach these stores.
  for (const pinia of pinias) useAuthStore(pinia).$dispose()
  pinias.length = 0
})

const pinias: Pinia[] = []
/** A fresh store, as in a new tab. */
function tab() {
  const pinia = createPinia()
  pinias.push(pinia)
  return useAuthStore(pinia)
}

describe('auth store', () => {
  it('bootstraps from GET /api/session/ once', async () => {
    network.next([200, { user: alice }])
    const auth = useAuthStore()
    await auth.bootstrap()
    await auth.bootstrap()
    expect(auth.user?.username).toBe('alice')
    expect(auth.isAuthenticated).toBe(true)
    expect(sent()).toEqual(['GET /api/session/'])
  })

  it('holds the user after login and forgets it after logout', async () => {
    const auth = useAuthStore()
    network.next([200, { user: alice }])
    await auth.login({ username: 'alice', password: 'pw' })
    expect(auth.isAuthenticated).toBe(true)
    network.next([200, { detail: 'Logged out.' }])
    await auth.logout()
    expect(auth.user).toBeNull()
    expect(auth.logoutError).toBe('')
  })

  it('keeps the user, and says so, when the logout does not reach the server', async () => {
    const auth = useAuthStore()
    network.next([200, { user: alice }])
    await auth.login({ username: 'alice', password: 'pw' })
    network.next([500, {}])
    await expect(auth.logout()).rejects.toMatchObject({ status: 500 })
    expect(auth.user?.username).toBe('alice')
    expect(auth.logoutError).toMatch(/still logged in/)
  })

  it('treats a 401 on logout as logged out (the session had already ended)', async () => {
    const auth = useAuthStore()
    network.next([200, { user: alice }])
    await auth.login({ username: 'alice', password: 'pw' })
    network.next([401, { error: { code: 'not_authenticated', message: 'x' } }])
    await auth.logout()
    expect(auth.user).toBeNull()
  })

  it('drops the answer of a refresh that started before a logout', async () => {
    const auth = useAuthStore()
    network.next([200, { user: alice }])
    await auth.login({ username: 'alice', password: 'pw' })
    const held = network.hold('GET /api/session/')
    const slow = auth.refresh() // asks while still logged in
    await held.arrived
    auth.forget() // then the session ends
    held.answer([200, { user: alice }]) // the old answer arrives late
    await slow
    expect(auth.user).toBeNull()
  })

  it('keeps no user when login fails', async () => {
    const auth = useAuthStore()
    network.next([400, { error: { code: 'invalid_credentials', message: 'Wrong.' } }])
    await expect(auth.login({ username: 'alice', password: 'x' })).rejects.toMatchObject({
      code: 'invalid_credentials',
    })
    expect(auth.user).toBeNull()
  })

  it('forgets the user when told of a 401', async () => {
    const auth = useAuthStore()
    network.next([200, { user: alice }])
    await auth.login({ username: 'alice', password: 'pw' })
    auth.forget()
    expect(auth.isAuthenticated).toBe(false)
  })

  describe('the "session ended" message', () => {
    const unauthorized = [401, { error: { code: 'not_authenticated', message: 'x' } }] as const
    /** A store wired as main.ts wires it: every 401 reaches `forget`. */
    function wired() {
      const auth = useAuthStore()
      setUnauthorizedHandler(() => auth.forget())
      return auth
    }
    afterEach(() => setUnauthorizedHandler(() => {}))

    it('is set by a 401 while logged in (the session ended elsewhere)', async () => {
      const auth = wired()
      network.next([200, { user: alice }])
      await auth.login({ username: 'alice', password: 'pw' })
      network.next([...unauthorized])
      await expect(request('GET', '/api/hello/')).rejects.toMatchObject({ status: 401 })
      expect(auth.user).toBeNull()
      expect(auth.sessionEnded).toBe(true)
      // Logging in again puts it away.
      network.next([200, { user: alice }])
      await auth.login({ username: 'alice', password: 'pw' })
      expect(auth.sessionEnded).toBe(false)
    })

    it('is never set for a visitor who was not logged in', async () => {
      const auth = wired()
      network.next([200, { user: null }], [...unauthorized])
      await auth.bootstrap()
      await expect(request('GET', '/api/hello/')).rejects.toMatchObject({ status: 401 })
      expect(auth.sessionEnded).toBe(false)
    })

    it('is set when a reload finds the cookie of a session that has ended (the server says so)', async () => {
      const auth = wired()
      network.next([200, { user: null, sessionEnded: true }])
      await auth.bootstrap()
      expect(auth.user).toBeNull()
      expect(auth.sessionEnded).toBe(true)
    })

    it('is not set by a logout, not even one answered 401', async () => {
      const auth = wired()
      network.next([200, { user: alice }], [...unauthorized])
      await auth.login({ username: 'alice', password: 'pw' })
      await auth.logout()
      expect(auth.user).toBeNull()
      expect(auth.sessionEnded).toBe(false)
    })

    it('is not set when this tab ended its own session (endedHere)', async () => {
      const auth = wired()
      network.next([200, { user: alice }])
      await auth.login({ username: 'alice', password: 'pw' })
      auth.endedHere()
      expect(auth.user).toBeNull()
      expect(auth.sessionEnded).toBe(false)
    })
  })

  it('tells the other tabs about a logout over a real BroadcastChannel', async () => {
    network.next([200, { user: alice }]) // this tab logs in
    const here = useAuthStore()
    await here.login({ username: 'alice', password: 'pw' })
    network.next([200, { user: alice }]) // the other tab starts
    const other = tab()
    await other.bootstrap()
    expect(other.isAuthenticated).toBe(true)

    network.next([200, { ok: true }], [200, { user: null }]) // logout, then the other tab asks
    await here.logout()
    await waitFor(() => expect(other.isAuthenticated).toBe(false))
    expect(sent().slice(-2)).toEqual(['POST /api/logout/', 'GET /api/session/'])
  })
})
