import vue from '@vitejs/plugin-vue'
import vuetify from 'vite-plugin-vuetify'
import { defineConfig } from 'vitest/config'

// The API runs on the same origin in production; in development Vite proxies /api to it.
const API_TARGET = process.env.SESAME_API_URL ?? 'http://127.0.0.1:8000'

export default defineConfig({
  plugins: [vue(), vuetify({ autoImport: true })],
  // scripts/size.mjs reads the manifest to know what the login page loads first.
  build: { manifest: true },
  server: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  test: {
    environment: 'happy-dom',
    // No test may reach the network: fetch is stubbed per test, and happy-dom must not navigate
    // (a form's native submit) or load files on its own.
    environmentOptions: {
      happyDOM: {
        settings: {
          navigation: { disableMainFrameNavigation: true },
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
        },
      },
    },
    include: ['src/**/*.spec.ts'],
    server: { deps: { inline: ['vuetify'] } },
  },
})
