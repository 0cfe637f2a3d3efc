import { readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import vue from '@vitejs/plugin-vue'
import { defaultClientConditions, type Plugin } from 'vite'
import vuetify from 'vite-plugin-vuetify'
import { defineConfig } from 'vitest/config'

// The API runs on the same origin in production; in development Vite proxies /api to it.
const API_TARGET = process.env.SESAME_API_URL ?? 'http://127.0.0.1:8000'

/**
 * Writes `.br` and `.gz` beside every text file of the build, at the highest levels, once: the
 * server sends them as they are (@fastify/static `preCompressed`), so no request pays for it.
 */
function precompress(): Plugin {
  return {
    name: 'sesame-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist'
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue
        const path = join(dir, fileName)
        const content = readFileSync(path)
        if (content.length < 1024) continue
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }))
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        )
      }
    },
  }
}

export default defineConfig({
  plugins: [vue(), vuetify({ autoImport: true }), precompress()],
  // `@sesame/server/api` resolves to the server's TypeScript source (its package.json `exports`),
  // so neither the build nor the specs need the server compiled first.
  resolve: { conditions: ['sesame-source', ...defaultClientConditions] },
  // scripts/size.mjs reads the manifest to know what the login page loads first.
  build: { manifest: true },
  server: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  test: {
    environment: 'happy-dom',
    // No test may reach the network: fetch is the fake network, and happy-dom must not navigate
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
    // One fake network for every spec, checked after each test (src/testing/network.ts).
    setupFiles: ['src/testing/setup.ts'],
    // Explicit, not vitest's 5 s default: a spec's waits have their own shorter timeouts
    // (src/testing/wait.ts), and a test that needs more than this is stuck, not slow.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    server: { deps: { inline: ['vuetify'] } },
    // One worker per core (vitest's default leaves one core idle: a single worker on two cores).
    maxWorkers: availableParallelism(),
    // Reported by `npm test` (--coverage): a summary on the console and
    // coverage/coverage-summary.json; not on by default, so one spec runs quickly on its own.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,vue}'],
      exclude: ['src/**/*.spec.ts', 'src/testing/**', 'src/**/testing.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
})
