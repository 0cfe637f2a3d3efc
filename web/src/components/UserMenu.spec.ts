import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { createVuetify } from 'vuetify'
import type { ApiUser } from '@sesame/server/api'
import { vuetifyOptions } from '../plugins/vuetify.js'
import { createAppRouter } from '../router/index.js'
import { useAuthStore } from '../stores/auth.js'
import { alice, staffer } from '../testing/fixtures.js'
import { network } from '../testing/network.js'
import { waitFor } from '../testing/wait.js'
import UserMenu from './UserMenu.vue'

beforeEach(() => {
  vi.stubGlobal('BroadcastChannel', undefined)
  vi.stubGlobal('visualViewport', null)
})
enableAutoUnmount(afterEach)

/** The user menu's items, once opened. */
async function menuItems(user: ApiUser): Promise<Array<{ name: string; href: string | null }>> {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().user = user
  // The router's first navigation asks who is logged in.
  network.on('GET /api/session/', [200, { user }])
  const wrapper = mount(UserMenu, {
    props: { username: user.username },
    global: {
      plugins: [pinia, createAppRouter(createMemoryHistory()), createVuetify(vuetifyOptions)],
    },
    attachTo: document.body,
  })
  await wrapper.get(`button[aria-label="User menu for ${user.username}"]`).trigger('click')
  await flushPromises()
  await waitFor(() => expect(document.querySelector('[role="menu"]')).not.toBeNull())
  return [...document.querySelectorAll('[role="menuitem"]')].map((item) => ({
    name: item.textContent?.trim() ?? '',
    href: item.getAttribute('href'),
  }))
}

describe('UserMenu', () => {
  it('has no "Admin" item for a user who is not staff', async () => {
    expect((await menuItems(alice)).map((item) => item.name)).toEqual(['Account', 'Log out'])
  })

  it('links staff to the admin users page', async () => {
    const items = await menuItems(staffer)
    expect(items.map((item) => item.name)).toEqual(['Account', 'Admin', 'Log out'])
    expect(items[1]?.href).toBe('/admin/users')
  })
})
