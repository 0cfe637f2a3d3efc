import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, type App } from 'vue'
import { createMemoryHistory, type RouteRecordRaw, type Router } from 'vue-router'
import type { ApiUser } from '@sesame/server/api'
import { createSesameWebApp } from './app.js'
import { request } from './api/client.js'
import { alice } from './testing/fixtures.js'
import { error, network } from './testing/network.js'
import './testing/pages.js'
import { waitFor } from './testing/wait.js'

/** An app's page, as an app built on Sesame gives it. */
const NotesPage = defineComponent({
  name: 'NotesPage',
  setup: () => () => h('h1', 'Notes of the app'),
})

let mounted: App | null = null

beforeEach(() => {
  // Vuetify's overlays and the auth store's cross-tab channel, as the admin specs stub them.
  vi.stubGlobal('BroadcastChannel', undefined)
  vi.stubGlobal('visualViewport', null)
})
afterEach(() => {
  mounted?.unmount()
  mounted = null
})

/** `createSesameWebApp` as an app calls it, mounted at `path` with `user` logged in. */
async function start(path: string, user: ApiUser | null, routes?: RouteRecordRaw[]) {
  network.on('GET /api/session/', [200, { user }])
  const history = createMemoryHistory()
  history.replace(path)
  const app = createSesameWebApp({ routes, history })
  const element = document.createElement('div')
  document.body.append(element)
  app.mount(element)
  mounted = app
  const router = app.config.globalProperties.$router as Router
  await router.isReady()
  await flushPromises()
  return { app, router, element }
}

const home: RouteRecordRaw = {
  path: '/',
  name: 'home',
  component: NotesPage,
  meta: { requiresAuth: true },
}

describe('createSesameWebApp', () => {
  it("shows the app's home page in place of Sesame's", async () => {
    const { router, element } = await start('/', alice, [home])
    expect(router.currentRoute.value.name).toBe('home')
    await waitFor(() => expect(element.querySelector('h1')?.textContent).toBe('Notes of the app'))
    // Sesame's HomeView would have asked GET /api/hello/.
    expect(network.requests()).toEqual(['GET /api/session/'])
    expect(router.getRoutes().filter((route) => route.path === '/')).toHaveLength(1)
  })

  it("sends an anonymous visitor of the app's page to login, keeping the page asked for", async () => {
    const { router } = await start('/', null, [home])
    expect(router.currentRoute.value.fullPath).toBe('/login?next=/')
  })

  it('guards an app page that is not home the same way, and keeps Sesame home', async () => {
    const reports: RouteRecordRaw = {
      path: '/reports/:year',
      name: 'reports',
      component: NotesPage,
      meta: { requiresAuth: true },
    }
    const { router } = await start('/reports/2026?sort=new', null, [reports])
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.next).toBe('/reports/2026?sort=new')
    expect(router.hasRoute('home')).toBe(true)
  })

  it('lets a visitor see an app page without requiresAuth', async () => {
    const about: RouteRecordRaw = { path: '/about', name: 'about', component: NotesPage }
    const { router, element } = await start('/about', null, [about])
    expect(router.currentRoute.value.name).toBe('about')
    await waitFor(() => expect(element.querySelector('h1')?.textContent).toBe('Notes of the app'))
  })

  it("refuses an app route that takes one of Sesame's other names", () => {
    const login: RouteRecordRaw = { path: '/sign-in', name: 'login', component: NotesPage }
    expect(() => createSesameWebApp({ routes: [login], history: createMemoryHistory() })).toThrow(
      'The route name "login" is Sesame\'s own',
    )
  })

  it('hooks 401s to the auth store: the app page goes to login', async () => {
    const { router } = await start('/', alice, [home])
    network.on('GET /api/notes/', error(401, 'not_authenticated', 'Log in.'))
    await expect(request('GET', '/api/notes/')).rejects.toMatchObject({ status: 401 })
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/login?next=/'))
  })
})
