import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { setUnauthorizedHandler } from './api/client.js'
import { vuetify } from './plugins/vuetify.js'
import { createAppRouter } from './router/index.js'
import { useAuthStore } from './stores/auth.js'

const app = createApp(App)
const pinia = createPinia()
const router = createAppRouter()
app.use(pinia).use(router).use(vuetify)

setUnauthorizedHandler(() => {
  useAuthStore(pinia).forget()
  const current = router.currentRoute.value
  if (current.meta.requiresAuth) {
    void router.push({ name: 'login', query: { next: current.fullPath } })
  }
})

app.mount('#app')
