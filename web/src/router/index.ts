/** Routes; pages that need a user send anonymous visitors to login with `?next=` kept. */
import { watch } from 'vue'
import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router'
import { useAuthStore } from '../stores/auth.js'

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean
  }
}

/**
 * Only a same-app path may be a `next` target, never another origin (open redirect). URL parsers
 * read `/\\host` as `//host`, so a backslash or control character anywhere in the value fails it.
 */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/'
  // eslint-disable-next-line no-control-regex
  return /[\\\u0000-\u001f]/.test(value) ? '/' : value
}

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({
    history,
    routes: [
      {
        path: '/',
        name: 'home',
        component: () => import('../views/HomeView.vue'),
        meta: { requiresAuth: true },
      },
      {
        path: '/account',
        name: 'account',
        component: () => import('../views/AccountView.vue'),
        meta: { requiresAuth: true },
      },
      { path: '/login', name: 'login', component: () => import('../views/LoginView.vue') },
      {
        path: '/:pathMatch(.*)*',
        name: 'not-found',
        component: () => import('../views/NotFoundView.vue'),
      },
    ],
  })
  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    try {
      await auth.bootstrap()
    } catch {
      // Unreachable server: let the page show its own message.
    }
    if (to.meta.requiresAuth && !auth.isAuthenticated) {
      return { name: 'login', query: { next: to.fullPath } }
    }
    if (to.name === 'login' && auth.isAuthenticated) return safeNext(to.query.next)
    return true
  })
  return router
}

/**
 * Keeps the page in step with the session when it changes outside a navigation: a logout in
 * another tab, a 401 from an expired or revoked session, a login in another tab.
 */
export function followSession(router: Router, auth: ReturnType<typeof useAuthStore>): void {
  watch(
    () => auth.isAuthenticated,
    (loggedIn) => {
      const current = router.currentRoute.value
      if (!loggedIn && current.meta.requiresAuth) {
        void router.push({ name: 'login', query: { next: current.fullPath } })
      } else if (loggedIn && current.name === 'login') {
        void router.push(safeNext(current.query.next))
      }
    },
  )
}
