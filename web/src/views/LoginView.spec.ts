import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { createVuetify } from 'vuetify'
import { vuetifyOptions } from '../plugins/vuetify.js'
import type { ApiUser } from '@sesame/server/api'
import { createAppRouter } from '../router/index.js'
import { useAuthStore } from '../stores/auth.js'
import { alice } from '../testing/fixtures.js'
import { network, UNREACHABLE, type Answer, type Reply } from '../testing/network.js'
import { waitFor } from '../testing/wait.js'
import LoginView from './LoginView.vue'

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  return [status, body, headers]
}

beforeEach(() => {
  // Stores of earlier tests would hear this test's login on a real channel and refetch.
  vi.stubGlobal('BroadcastChannel', undefined)
})
enableAutoUnmount(afterEach)

/** The login page; with `user`, the store starts logged in (the page is not yet left). */
async function mountLogin(path = '/login', user: ApiUser | null = null) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory())
  network.next(reply(200, { user: null }))
  await router.push(path)
  await router.isReady()
  const auth = useAuthStore()
  auth.user = user
  const wrapper = mount(LoginView, {
    global: { plugins: [pinia, router, createVuetify(vuetifyOptions)] },
    attachTo: document.body,
  })
  return { wrapper, router, auth }
}

async function fill(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper']) {
  await wrapper.find('input[autocomplete="username"]').setValue('alice')
  await wrapper.find('input[autocomplete="current-password"]').setValue('secret-pass')
  await wrapper.get('button[type="submit"]').trigger('click')
  await flushPromises()
}

describe('LoginView', () => {
  it('posts the credentials and follows ?next after login', async () => {
    const { wrapper, router } = await mountLogin('/login?next=/deep/page')
    network.next(reply(200, { user: { id: 1, username: 'alice' } }))
    await fill(wrapper)
    await waitFor(() => expect(network.sent.some((s) => s.url === '/api/login/')).toBe(true))
    const login = network.sent.find((s) => s.url === '/api/login/')
    expect(login?.method).toBe('POST')
    // `remember` is sent even unchecked: the server's default (absent) is a persistent cookie.
    expect(login?.body).toEqual({
      username: 'alice',
      password: 'secret-pass',
      remember: false,
    })
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/deep/page'))
  })

  it('sends remember: true when "Remember me" is checked', async () => {
    const { wrapper } = await mountLogin()
    const remember = wrapper.get('input[type="checkbox"][name="remember"]')
    expect((remember.element as HTMLInputElement).checked).toBe(false)
    expect(wrapper.get(`label[for="${remember.attributes('id')}"]`).text()).toBe('Remember me')
    await remember.setValue(true)
    network.next(reply(200, { user: alice }))
    await fill(wrapper)
    const login = network.sent.find((s) => s.url === '/api/login/')
    expect(login?.body).toMatchObject({ remember: true })
  })

  it('says the session has ended when it came here after a 401 while logged in', async () => {
    const { wrapper, auth } = await mountLogin('/login?next=/account', alice)
    expect(wrapper.text()).not.toContain('Your session has ended')
    auth.forget() // what the 401 handler in main.ts does
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Your session has ended. Please log in again.',
    )
    // Trying again puts the form's own messages in its place.
    network.next(reply(400, { error: { code: 'invalid_credentials', message: 'x' } }))
    await fill(wrapper)
    expect(wrapper.text()).not.toContain('Your session has ended')
    expect(wrapper.get('.v-alert').text()).toContain('Wrong username or password.')
  })

  it('says nothing about an ended session to a visitor who was never logged in', async () => {
    const { wrapper, auth } = await mountLogin('/login?next=/account')
    auth.forget() // a 401 reaches an anonymous visitor
    await flushPromises()
    expect(wrapper.text()).not.toContain('Your session has ended')
    expect(wrapper.find('.v-alert').exists()).toBe(false)
  })

  it('never follows a ?next to another origin', async () => {
    const { wrapper, router } = await mountLogin('/login?next=//evil.example/x')
    network.next(reply(200, { user: { id: 1, username: 'alice' } }))
    await fill(wrapper)
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/'))
  })

  const cases: Array<[string, Reply, string]> = [
    [
      'wrong credentials',
      reply(400, { error: { code: 'invalid_credentials', message: 'x' } }),
      'Wrong username or password.',
    ],
    [
      'throttling, with the wait',
      reply(429, { error: { code: 'too_many_attempts', message: 'x' } }, { 'Retry-After': '30' }),
      'Too many failed attempts. Try again in 30 seconds.',
    ],
    [
      'a one-second wait',
      reply(429, { error: { code: 'too_many_attempts', message: 'x' } }, { 'Retry-After': '1' }),
      'Try again in 1 second.',
    ],
    [
      'a long wait, in minutes',
      reply(429, { error: { code: 'too_many_attempts', message: 'x' } }, { 'Retry-After': '900' }),
      'Try again in 15 minutes.',
    ],
    ['an unreachable server', UNREACHABLE, 'The server cannot be reached.'],
  ]
  for (const [name, response, message] of cases) {
    it(`explains ${name}`, async () => {
      const { wrapper } = await mountLogin()
      network.next(response)
      await fill(wrapper)
      await waitFor(() => expect(wrapper.get('.v-alert').text()).toContain(message))
    })
  }

  it('starts with the focus in the username field', async () => {
    const { wrapper } = await mountLogin()
    expect(document.activeElement).toBe(wrapper.get('input[autocomplete="username"]').element)
  })

  it('hides the password until asked, with the right autocomplete hints', async () => {
    const { wrapper } = await mountLogin()
    const password = wrapper.get('input[autocomplete="current-password"]')
    expect(password.attributes('type')).toBe('password')
    const toggle = wrapper.get('button[aria-label="Show password"]')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    await toggle.trigger('click')
    expect(password.attributes('type')).toBe('text')
    expect(toggle.attributes('aria-label')).toBe('Hide password')
    expect(toggle.attributes('aria-pressed')).toBe('true')
  })
})
