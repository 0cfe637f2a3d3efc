import { createSesameWebApp } from './app.js'

createSesameWebApp().mount('#app')
