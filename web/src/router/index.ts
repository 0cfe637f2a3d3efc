/**
 * Routes; pages that need a user send anonymous visitors to login with `?next=` kept. The admin
 * pages (`requiresStaff`) show "Staff only" to a logged-in user who is not staff
 * (views/admin/AdminLayout.vue). Every page is a lazy chunk, out of the login page's first load.
 * An app built on Sesame adds its own routes (app.ts, `createSesameWebApp`); they get the same
 * guard, and one named `home` takes the place of Sesame's home page.
 */
import { hasControlCharacter } from '@sesame/server/api'
import { watch } from 'vue'
import {
  createRouter,
  createWebHistory,
  type Router,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router'
import { useAuthStore } from '../stores/auth.js'
import type * as AdminPageModules from '../views/admin/index.js'

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean
    /** Staff only; checked against the server's `auth.user.isStaff` at every render. */
    requiresStaff?: boolean
  }
}

/**
 * Only a same-app path may be a `next` target, never another origin (open redirect). URL parsers
 * read `/\\host` as `//host`, so a backslash or control character anywhere in the value fails it.
 */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/'
  return value.includes('\\') || hasControlCharacter(value) ? '/' : value
}

type AdminPages = typeof AdminPageModules

/** One lazy chunk for every admin page (views/admin/index.ts), imported in one place. */
function adminPage<Name extends keyof AdminPages>(name: Name): () => Promise<AdminPages[Name]> {
  return () => import('../views/admin/index.js').then((pages) => pages[name])
}

/** The route names Sesame's own pages answer to; an app's route may reuse only `home`. */
const SESAME_ROUTE_NAMES = [
  'home',
  'account',
  'admin-users',
  'admin-user',
  'admin-audit',
  'login',
  'not-found',
]

/**
 * Sesame's routes with `appRoutes` added: an app route named `home` replaces Sesame's home page
 * (HomeView is then never loaded); any other clash with a Sesame route name is a mistake, thrown
 * at start-up rather than one page silently hiding the other (vue-router drops the older route).
 */
export function sesameRoutes(appRoutes: readonly RouteRecordRaw[] = []): RouteRecordRaw[] {
  for (const route of appRoutes) {
    const name = route.name
    if (typeof name === 'string' && name !== 'home' && SESAME_ROUTE_NAMES.includes(name)) {
      throw new Error(`The route name "${name}" is Sesame's own; give the app's route another one.`)
    }
  }
  const appHome = appRoutes.some((route) => route.name === 'home')
  const home: RouteRecordRaw[] = appHome
    ? []
    : [
        {
          path: '/',
          name: 'home',
          component: () => import('../views/HomeView.vue'),
          meta: { requiresAuth: true },
        },
      ]
  return [
    ...home,
    {
      path: '/account',
      name: 'account',
      component: () => import('../views/AccountView.vue'),
      meta: { requiresAuth: true },
    },
    {
      path: '/admin',
      component: adminPage('AdminLayout'),
      meta: { requiresAuth: true, requiresStaff: true },
      children: [
        { path: '', redirect: { name: 'admin-users' } },
        {
          path: 'users',
          name: 'admin-users',
          component: adminPage('AdminUsersView'),
        },
        {
          path: 'users/:id(\\d+)',
          name: 'admin-user',
          component: adminPage('AdminUserView'),
        },
        {
          path: 'audit',
          name: 'admin-audit',
          component: adminPage('AdminAuditView'),
        },
      ],
    },
    { path: '/login', name: 'login', component: () => import('../views/LoginView.vue') },
    ...appRoutes,
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('../views/NotFoundView.vue'),
    },
  ]
}

/** The router of Sesame's pages and the app's (`sesameRoutes`), with the login guard on all. */
export function createAppRouter(
  history: RouterHistory = createWebHistory(),
  appRoutes: readonly RouteRecordRaw[] = [],
): Router {
  const router = createRouter({ history, routes: sesameRoutes(appRoutes) })
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
