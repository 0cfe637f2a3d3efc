/**
 * Runs before every spec file (vite.config.ts `test.setupFiles`): the fake network in place of
 * `fetch` for each test and checked after it (`network.ts`), and nothing of one test left for the
 * next: no 401 hook, no teleported dialog. Its `afterEach` runs after the spec's own (vitest runs
 * after-hooks in reverse order), so components are unmounted before the network is checked.
 */
import { afterAll, afterEach, beforeEach } from 'vitest'
import { setUnauthorizedHandler } from '../api/client.js'
import { endFile, endTest, startTest } from './network.js'

beforeEach((context) => {
  setUnauthorizedHandler(() => {})
  startTest(context.signal)
})

afterEach(async (context) => {
  try {
    await endTest(context.task.name)
  } finally {
    setUnauthorizedHandler(() => {})
    document.body.innerHTML = ''
  }
})

afterAll(endFile)
