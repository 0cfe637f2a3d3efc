import { DOMWrapper, enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { createVuetify } from 'vuetify'
import { setUnauthorizedHandler } from '../api/client.js'
import { vuetifyOptions } from '../plugins/vuetify.js'
import { createAppRouter, followSession } from '../router/index.js'
import { useAuthStore } from '../stores/auth.js'
import { alice, phoneSession, thisSession } from '../testing/fixtures.js'
import { network, type Answer } from '../testing/network.js'
import { waitFor } from '../testing/wait.js'
import AccountView from './AccountView.vue'

function reply(status: number, body?: unknown, headers: Record<string, string> = {}): Answer {
  return [status, body, headers]
}
const reauthRequired = (): Answer =>
  reply(403, { error: { code: 'reauthentication_required', message: 'Enter your password.' } })
const sessionList = (...sessions: unknown[]): Answer => reply(200, { sessions })
/** The requests after the page's start (GET /api/session/, GET /api/sessions/). */
const actions = (): string[] => network.sent.slice(2).map((s) => `${s.method} ${s.url}`)

beforeEach(() => {
  vi.stubGlobal('BroadcastChannel', undefined)
  // Vuetify's overlays (the dialog) read it; happy-dom has none, and null is "not supported".
  vi.stubGlobal('visualViewport', null)
})
enableAutoUnmount(afterEach)

/** The account page of a logged-in alice, wired as main.ts wires the app. */
async function mountAccount(sessions: Answer = sessionList(thisSession, phoneSession)) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory())
  const auth = useAuthStore()
  setUnauthorizedHandler(() => auth.forget())
  followSession(router, auth)
  network.next(reply(200, { user: alice }), sessions)
  await router.push('/account')
  await router.isReady()
  const wrapper = mount(AccountView, {
    global: { plugins: [pinia, router, createVuetify(vuetifyOptions)] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router, auth }
}

/** The re-authentication dialog's parts (teleported to the body, outside the wrapper). */
const dialog = {
  password: (): DOMWrapper<Element> => new DOMWrapper(find('[role="dialog"] input')),
  button: (name: string): DOMWrapper<Element> =>
    new DOMWrapper(
      [...document.querySelectorAll('[role="dialog"] button')].find(
        (button) => button.textContent?.trim() === name,
      ) ?? null,
    ),
  isOpen: (): boolean => document.querySelector('.v-overlay--active[role="dialog"]') !== null,
}
function find(selector: string): Element | null {
  return document.querySelector(selector)
}

async function confirmPassword(password: string): Promise<void> {
  await waitFor(() => expect(dialog.isOpen()).toBe(true))
  await dialog.password().setValue(password)
  await dialog.button('Confirm').trigger('click')
  await flushPromises()
}

describe('AccountView sessions', () => {
  it('lists the sessions, this device first and marked', async () => {
    const { wrapper } = await mountAccount(sessionList(phoneSession, thisSession))
    expect(network.sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /api/session/',
      'GET /api/sessions/',
    ])
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    const cells = (row: number): string[] =>
      rows[row]?.findAll('td').map((cell) => cell.text().replace(/\s+/g, ' ')) ?? []
    expect(cells(0).slice(0, 3)).toEqual(['Chrome This device', 'Linux', '203.0.113.7'])
    expect(cells(1).slice(0, 3)).toEqual(['Safari', 'iOS', '198.51.100.23'])
    expect(rows[1]?.find('time').attributes('datetime')).toBe(phoneSession.lastSeenAt)
    expect(rows[1]?.find('time').text()).not.toBe('')
    expect(wrapper.find('button[aria-label="Revoke Chrome on Linux (this device)"]').exists()).toBe(
      true,
    )
  })

  it('revokes another session: DELETE, then the row is gone', async () => {
    const { wrapper, auth } = await mountAccount()
    network.next(reply(204))
    await wrapper.get('button[aria-label="Revoke Safari on iOS"]').trigger('click')
    await flushPromises()
    expect(actions()).toEqual(['DELETE /api/sessions/session-phone/'])
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
    expect(wrapper.text()).toContain('Logged out Safari on iOS.')
    expect(auth.isAuthenticated).toBe(true)
  })

  it('revoking this device logs this tab out, without the "session ended" message', async () => {
    const { wrapper, router, auth } = await mountAccount()
    network.next(reply(204))
    await wrapper.get('button[aria-label="Revoke Chrome on Linux (this device)"]').trigger('click')
    await flushPromises()
    expect(actions()).toEqual(['DELETE /api/sessions/session-here/'])
    expect(auth.isAuthenticated).toBe(false)
    expect(auth.sessionEnded).toBe(false)
    await waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
  })

  it('logs out all other devices after re-authentication, and says how many', async () => {
    const { wrapper } = await mountAccount()
    network.next(reauthRequired(), reply(200, { reauthenticatedUntil: '2026-03-01T10:05:00Z' }))
    network.next(reply(200, { revoked: 2 }), sessionList(thisSession))
    await wrapper.get('.v-card-actions button').trigger('click')
    await confirmPassword('my-password')
    expect(actions()).toEqual([
      'POST /api/sessions/revoke-others/',
      'POST /api/reauthenticate/',
      'POST /api/sessions/revoke-others/',
      'GET /api/sessions/',
    ])
    expect(network.sent[3]?.body).toEqual({ password: 'my-password' })
    expect(network.sent[2]?.body).toEqual({})
    await waitFor(() => expect(dialog.isOpen()).toBe(false))
    expect(wrapper.text()).toContain('Logged out 2 other sessions.')
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
  })
})

describe('AccountView re-authentication dialog', () => {
  it('says when the password is wrong, keeps asking, then retries once', async () => {
    const { wrapper } = await mountAccount()
    network.next(reauthRequired())
    network.next(reply(400, { error: { code: 'invalid_credentials', message: 'x' } }))
    await wrapper.get('.v-card-actions button').trigger('click')
    await confirmPassword('wrong')
    expect(find('[role="dialog"] .v-alert')?.textContent).toContain('Wrong password.')
    expect(actions()).toHaveLength(2) // not retried

    network.next(reply(200, { reauthenticatedUntil: '2026-03-01T10:05:00Z' }))
    network.next(reply(200, { revoked: 1 }), sessionList(thisSession))
    await confirmPassword('right')
    expect(actions().slice(2)).toEqual([
      'POST /api/reauthenticate/',
      'POST /api/sessions/revoke-others/',
      'GET /api/sessions/',
    ])
    expect(wrapper.text()).toContain('Logged out 1 other session.')
  })

  it('shows the wait when throttled', async () => {
    const { wrapper } = await mountAccount()
    network.next(reauthRequired())
    network.next(
      reply(429, { error: { code: 'too_many_attempts', message: 'x' } }, { 'Retry-After': '45' }),
    )
    await wrapper.get('.v-card-actions button').trigger('click')
    await confirmPassword('guess')
    expect(find('[role="dialog"] .v-alert')?.textContent).toContain(
      'Too many failed attempts. Try again in 45 seconds.',
    )
  })

  it('gives up the action on Cancel', async () => {
    const { wrapper } = await mountAccount()
    network.next(reauthRequired())
    await wrapper.get('.v-card-actions button').trigger('click')
    await waitFor(() => expect(dialog.isOpen()).toBe(true))
    await dialog.button('Cancel').trigger('click')
    await flushPromises()
    await waitFor(() => expect(dialog.isOpen()).toBe(false))
    expect(actions()).toEqual(['POST /api/sessions/revoke-others/'])
    expect(wrapper.text()).not.toContain('Logged out')
  })
})

describe('AccountView change password', () => {
  async function fill(
    wrapper: Awaited<ReturnType<typeof mountAccount>>['wrapper'],
    confirm = 'new-password-42',
  ): Promise<void> {
    await wrapper.get('input[name="current-password"]').setValue('old-password-1')
    await wrapper.get('input[name="new-password"]').setValue('new-password-42')
    await wrapper.get('input[name="confirm-password"]').setValue(confirm)
    await wrapper.get('form button[type="submit"]').trigger('submit')
    await flushPromises()
  }

  it('uses the autocomplete hints password managers need', async () => {
    const { wrapper } = await mountAccount()
    const hint = (name: string): string | undefined =>
      wrapper.get(`input[name="${name}"]`).attributes('autocomplete')
    expect(hint('current-password')).toBe('current-password')
    expect(hint('new-password')).toBe('new-password')
    expect(hint('confirm-password')).toBe('new-password')
  })

  it('sends the passwords, then says so and shows the sessions as they are now', async () => {
    const { wrapper } = await mountAccount()
    network.next(reply(200, { detail: 'Password changed.' }), sessionList(thisSession))
    await fill(wrapper)
    expect(actions()).toEqual(['POST /api/password/change/', 'GET /api/sessions/'])
    expect(network.sent[2]?.body).toEqual({
      currentPassword: 'old-password-1',
      newPassword: 'new-password-42',
    })
    expect(wrapper.text()).toContain('Your password has been changed.')
    expect(wrapper.get<HTMLInputElement>('input[name="new-password"]').element.value).toBe('')
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
  })

  it('checks that the new password was typed the same twice, before sending', async () => {
    const { wrapper } = await mountAccount()
    await fill(wrapper, 'new-password-43')
    expect(actions()).toEqual([])
    expect(wrapper.text()).toContain('The passwords do not match.')
  })

  it("shows the server's password rules on the new password field", async () => {
    const { wrapper } = await mountAccount()
    const rules = ['This password is too common.', 'This password is entirely numeric.']
    network.next(
      reply(400, {
        error: { code: 'invalid_request', message: 'Invalid.', fields: { newPassword: rules } },
      }),
    )
    await fill(wrapper)
    const field = wrapper.get('input[name="new-password"]').element.closest('.v-input')
    expect(field?.textContent).toContain(rules[0])
    expect(field?.textContent).toContain(rules[1])
    expect(wrapper.text()).not.toContain('Your password has been changed.')
  })

  it('says on the current password field when it is wrong', async () => {
    const { wrapper } = await mountAccount()
    network.next(reply(400, { error: { code: 'invalid_credentials', message: 'x' } }))
    await fill(wrapper)
    const field = wrapper.get('input[name="current-password"]').element.closest('.v-input')
    expect(field?.textContent).toContain('Your current password is wrong.')
  })

  it('says when another change of the password won the race (issue #13 item 13)', async () => {
    const { wrapper } = await mountAccount()
    network.next(reply(409, { error: { code: 'conflict', message: 'x' } }))
    await fill(wrapper)
    expect(wrapper.get('.v-alert').text()).toContain(
      'Your password was changed from another tab or window at the same time',
    )
    expect(wrapper.text()).not.toContain('Your password has been changed.')
  })

  it('asks for the password again when the server wants it, then retries the change', async () => {
    const { wrapper } = await mountAccount()
    network.next(reauthRequired(), reply(200, { reauthenticatedUntil: '2026-03-01T10:05:00Z' }))
    network.next(reply(200, { detail: 'Password changed.' }), sessionList(thisSession))
    await fill(wrapper)
    await confirmPassword('old-password-1')
    expect(actions()).toEqual([
      'POST /api/password/change/',
      'POST /api/reauthenticate/',
      'POST /api/password/change/',
      'GET /api/sessions/',
    ])
    expect(network.sent[4]?.body).toEqual(network.sent[2]?.body)
    expect(wrapper.text()).toContain('Your password has been changed.')
  })

  it('retries only once: a second refusal is shown, not asked again', async () => {
    const { wrapper } = await mountAccount()
    network.next(reauthRequired(), reply(200, { reauthenticatedUntil: '2026-03-01T10:05:00Z' }))
    network.next(reauthRequired())
    await fill(wrapper)
    await confirmPassword('old-password-1')
    expect(actions()).toHaveLength(3)
    await waitFor(() => expect(dialog.isOpen()).toBe(false))
    expect(wrapper.get('.v-alert').text()).toContain('Enter your password.')
  })
})

describe('AccountView after the session ended elsewhere', () => {
  it('goes to login with the "session ended" message when a request gets 401', async () => {
    const { router, auth } = await mountAccount(
      reply(401, { error: { code: 'not_authenticated', message: 'x' } }),
    )
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/login?next=/account'))
    expect(auth.sessionEnded).toBe(true)
  })
})
