/**
 * Every page, imported when the spec file loads: the router loads them lazily, and a cold load
 * (Vite transforming a page and its Vuetify components) inside a test is what made specs slow
 * enough to time out on a busy machine. Imported here, the router's `import()` finds them ready.
 */
import '../views/AccountView.vue'
import '../views/HomeView.vue'
import '../views/LoginView.vue'
import '../views/NotFoundView.vue'
import '../views/admin/index.js'
