import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { useAuthStore } from '../stores/auth.js'
import { createAppRouter, followSession, safeNext } from './index.js'
import { alice } from '../testing/fixtures.js'
import { network } from '../testing/network.js'
import '../testing/pages.js'
import { waitFor } from '../testing/wait.js'

let sessionUser: typeof alice | null = null

beforeEach(() => {
  setActivePinia(createPinia())
  sessionUser = null
  // The server's answer is whoever `sessionUser` is when the request comes.
  network.on('GET /api/session/', () => [200, { user: sessionUser }])
})

async function start(path: string) {
  const router = createAppRouter(createMemoryHistory())
  const auth = useAuthStore()
  followSession(router, auth)
  await router.push(path)
  await router.isReady()
  return { router, auth }
}

describe('router', () => {
  it('sends an anonymous visitor to login and keeps the page asked for', async () => {
    const { router } = await start('/account')
    expect(router.currentRoute.value.fullPath).toBe('/login?next=/account')
  })

  it('leaves the page for login when the session ends elsewhere (logout in another tab, 401)', async () => {
    sessionUser = alice
    const { router, auth } = await start('/account')
    expect(router.currentRoute.value.name).toBe('account')
    auth.forget()
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/login?next=/account'))
  })

  it('leaves the login page when a login happens in another tab', async () => {
    const { router, auth } = await start('/login?next=/account')
    sessionUser = alice
    await auth.refresh()
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/account'))
  })

  it('only follows `next` within the app', () => {
    expect(safeNext('/account?tab=1')).toBe('/account?tab=1')
    const hostile = [
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
      '/\t/evil',
      '/\u007f/evil',
      42,
    ]
    for (const value of hostile) expect(safeNext(value)).toBe('/')
  })
})

describe('admin routes', () => {
  const adminRequests = (): string[] => network.requests('/api/admin/')

  it('sends an anonymous visitor to login, keeping the admin page asked for', async () => {
    const { router } = await start('/admin/users')
    expect(router.currentRoute.value.fullPath).toBe('/login?next=/admin/users')
  })

  it('has /admin show the users page', async () => {
    sessionUser = { ...alice, isStaff: true }
    const { router } = await start('/admin')
    expect(router.currentRoute.value.name).toBe('admin-users')
  })

  it('names the pages and keeps staff status required on each', async () => {
    sessionUser = { ...alice, isStaff: true }
    const { router } = await start('/admin/users/12')
    expect(router.currentRoute.value.name).toBe('admin-user')
    expect(router.currentRoute.value.meta).toMatchObject({
      requiresAuth: true,
      requiresStaff: true,
    })
    await router.push('/admin/audit?type=logout')
    expect(router.currentRoute.value.name).toBe('admin-audit')
    expect(adminRequests()).toEqual([]) // the router itself asks the admin API nothing
  })
})
