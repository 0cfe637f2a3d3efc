import { defineConfig } from 'vitest/config'

export default defineConfig({
  // `@sesame/server` from its source in this repository, as tsconfig.json resolves it.
  resolve: { conditions: ['sesame-source'] },
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 30_000 },
})
