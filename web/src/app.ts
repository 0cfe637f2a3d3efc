/**
 * `@sesame/web/app` (package.json `exports`): Sesame's web app as an app built on Sesame starts
 * it, with its own pages beside Sesame's login, account and admin pages (issue #15). What
 * `main.ts` mounts is `createSesameWebApp()` with no routes of its own.
 */
import { createPinia } from 'pinia'
import { createApp, type App } from 'vue'
import type { RouteRecordRaw, RouterHistory } from 'vue-router'
import AppShell from './App.vue'
import { setUnauthorizedHandler } from './api/client.js'
import { vuetify } from './plugins/vuetify.js'
import { createAppRouter, followSession } from './router/index.js'
import { useAuthStore } from './stores/auth.js'

export interface SesameWebAppOptions {
  /**
   * The app's pages, added to Sesame's. One named `home` (path `/`) replaces Sesame's home page;
   * one with `meta: { requiresAuth: true }` sends an anonymous visitor to `/login?next=…`, as
   * Sesame's own pages do. Sesame's other route names (`login`, `account`, `admin-…`,
   * `not-found`) are taken: reusing one throws.
   */
  routes?: RouteRecordRaw[]
  /** Where the router keeps the address; the browser's history unless given (specs). */
  history?: RouterHistory
}

/**
 * The app shell (App.vue: app bar, user menu, the page), Pinia, the router with the login guard,
 * Vuetify, the 401 hook that makes the auth store forget the user, and `followSession`, which
 * moves the page when the session changes elsewhere. Not mounted: call `.mount('#app')`.
 */
export function createSesameWebApp(options: SesameWebAppOptions = {}): App {
  const app = createApp(AppShell)
  const pinia = createPinia()
  const router = createAppRouter(options.history, options.routes)
  app.use(pinia).use(router).use(vuetify)

  const auth = useAuthStore(pinia)
  setUnauthorizedHandler(() => auth.forget())
  followSession(router, auth)
  return app
}
