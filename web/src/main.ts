import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { setUnauthorizedHandler } from './api/client.js'
import { vuetify } from './plugins/vuetify.js'
import { createAppRouter, followSession } from './router/index.js'
import { useAuthStore } from './stores/auth.js'

const app = createApp(App)
const pinia = createPinia()
const router = createAppRouter()
app.use(pinia).use(router).use(vuetify)

const auth = useAuthStore(pinia)
setUnauthorizedHandler(() => auth.forget())
followSession(router, auth)

app.mount('#app')
