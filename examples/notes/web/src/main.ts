import { createSesameWebApp } from '@sesame/web/app'
import NotesView from './NotesView.vue'

createSesameWebApp({
  routes: [{ path: '/', name: 'home', component: NotesView, meta: { requiresAuth: true } }],
}).mount('#app')
