/** Routes; pages that need a user send anonymous visitors to login with `?next=` kept. */
import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router'
import { useAuthStore } from '../stores/auth.js'

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean
  }
}

/** Only a same-app path may be a `next` target: never another origin (open redirect). */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/'
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
