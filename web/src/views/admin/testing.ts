/**
 * For the admin specs: the app mounted at a path as main.ts wires it, on the shared fake network
 * (src/testing/network.ts), and ways to find what a person would (dialogs, buttons, fields).
 */
import { DOMWrapper, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, RouterView, type Router } from 'vue-router'
import { createVuetify } from 'vuetify'
import type { ApiUser } from '@sesame/server/api'
import { setUnauthorizedHandler } from '../../api/client.js'
import { vuetifyOptions } from '../../plugins/vuetify.js'
import { createAppRouter, followSession } from '../../router/index.js'
import { useAuthStore } from '../../stores/auth.js'
import { network } from '../../testing/network.js'
import '../../testing/pages.js'
import { waitFor } from '../../testing/wait.js'

/** Stubs what happy-dom lacks for Vuetify's overlays, as the account spec does. */
export function stubBrowser(): void {
  vi.stubGlobal('BroadcastChannel', undefined)
  vi.stubGlobal('visualViewport', null)
}

export interface Mounted {
  wrapper: VueWrapper
  router: Router
  auth: ReturnType<typeof useAuthStore>
}

/** The whole app's page at `path`, with `user` logged in (or nobody). */
export async function mountAt(path: string, user: ApiUser | null): Promise<Mounted> {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory())
  const auth = useAuthStore()
  setUnauthorizedHandler(() => auth.forget())
  followSession(router, auth)
  network.on('GET /api/session/', [200, { user }])
  await router.push(path)
  await router.isReady()
  const Host = defineComponent({ render: () => h(RouterView) })
  const wrapper = mount(Host, {
    global: { plugins: [pinia, router, createVuetify(vuetifyOptions)] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router, auth }
}

/** The open dialog (Vuetify teleports it to the body, outside the wrapper). */
export function openDialog(): DOMWrapper<Element> | null {
  const element = document.querySelector('.v-overlay--active[role="dialog"]')
  return element === null ? null : new DOMWrapper(element)
}

/** The open dialog titled `title`, or null. */
export function dialogTitled(title: string): Element | null {
  const open = [...document.querySelectorAll('.v-overlay--active[role="dialog"]')]
  return open.find((dialog) => dialog.querySelector('h2')?.textContent?.trim() === title) ?? null
}

/** Waits for the dialog titled `title` to open, and gives it. */
export async function waitForDialog(title: string): Promise<Element> {
  let found: Element | null = null
  await waitFor(() => {
    found = dialogTitled(title)
    if (found === null) throw new Error(`No open dialog "${title}"`)
  })
  return found as unknown as Element
}

/** A button by its text (or aria-label) inside `root`. */
export function button(root: ParentNode, name: string): DOMWrapper<HTMLButtonElement> {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button, a')].find(
    (element) =>
      element.textContent?.trim() === name || element.getAttribute('aria-label') === name,
  )
  if (found === undefined) throw new Error(`No button "${name}"`)
  return new DOMWrapper(found)
}

/** The input labelled `label` inside `root`. */
export function field(root: ParentNode, label: string): DOMWrapper<HTMLInputElement> {
  const labelElement = [...root.querySelectorAll('label[for]')].find(
    (element) => element.textContent?.trim() === label,
  )
  const id = labelElement?.getAttribute('for')
  const input = id ? root.querySelector<HTMLInputElement>(`[id="${id}"]`) : null
  if (input === null) throw new Error(`No field "${label}"`)
  return new DOMWrapper(input)
}

/** The messages under the field labelled `label`. */
export function fieldMessages(root: ParentNode, label: string): string {
  return (
    field(root, label).element.closest('.v-input')?.querySelector('.v-messages')?.textContent ?? ''
  )
}
