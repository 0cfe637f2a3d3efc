/**
 * The notes example's page: Sesame's web app (`@sesame/web/app`, bundled from its TypeScript and
 * Vue sources) with the notes page as its home. Built into `examples/notes/dist/web`, which the
 * example's server serves for every path outside the API.
 */
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defaultClientConditions, defineConfig } from 'vite'
import vuetify from 'vite-plugin-vuetify'

// The API runs on the same origin in production; in development Vite proxies /api to it.
const API_TARGET = process.env.SESAME_API_URL ?? 'http://127.0.0.1:8000'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue(), vuetify({ autoImport: true })],
  resolve: {
    // `@sesame/server/api` resolves to the server's TypeScript source, as in web/vite.config.ts.
    conditions: ['sesame-source', ...defaultClientConditions],
    // One Vue, router, Pinia and Vuetify for this page and Sesame's sources: two copies would
    // each hold their own app context, store and injection keys.
    dedupe: ['vue', 'vue-router', 'pinia', 'vuetify'],
  },
  build: { outDir: '../dist/web', emptyOutDir: true },
  server: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
})
