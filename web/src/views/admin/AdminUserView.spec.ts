import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiUser } from '@sesame/server/api'
import { bob, bobLoginFailed, phoneSession, root, staffer } from '../../testing/fixtures.js'
import {
  button,
  dialogTitled,
  field,
  fieldMessages,
  mountAt,
  stubBrowser,
  waitForDialog,
} from './testing.js'
import { error, network } from '../../testing/network.js'
import { waitFor } from '../../testing/wait.js'

const USER = '/api/admin/users/2/'
const PAGE_LOADS = [
  `GET ${USER}`,
  `GET ${USER}sessions/`,
  'GET /api/admin/audit/?user=2&pageSize=10',
]

beforeEach(() => {
  stubBrowser()
  network
    .on(`GET ${USER}`, [200, bob])
    .on(`GET ${USER}sessions/`, [200, { sessions: [{ ...phoneSession, current: false }] }])
    .on('GET /api/admin/audit/', [200, { results: [bobLoginFailed], count: 1 }])
})
enableAutoUnmount(afterEach)

async function mountBob(caller: ApiUser = root) {
  const mounted = await mountAt('/admin/users/2', caller)
  return { ...mounted, page: mounted.wrapper.element }
}

/** Clicks `name` on the page, then `confirm` in the dialog titled `title`. */
async function confirmAction(page: Element, name: string, title: string, confirm = name) {
  await button(page, name).trigger('click')
  await button(await waitForDialog(title), confirm).trigger('submit')
  await flushPromises()
}

const status = (page: Element): string => page.querySelector('[role="status"]')?.textContent ?? ''

describe('AdminUserView', () => {
  it('shows the user, their sessions and recent activity, linked to the filtered log', async () => {
    const { wrapper } = await mountBob()
    expect(network.requests('/api/admin/')).toEqual(PAGE_LOADS)
    expect(wrapper.get('h1').text()).toBe('bob')
    expect(wrapper.text()).toContain('bob@example.com')
    expect(wrapper.findAll('.v-chip').map((chip) => chip.text())).toContain('Active')
    expect(wrapper.text()).toContain('support')
    const captions = wrapper.findAll('caption').map((caption) => caption.text())
    expect(captions).toEqual(['Sessions', 'Recent activity'])
    expect(wrapper.text()).toContain('Safari on iOS')
    expect(wrapper.text()).toContain('198.51.100.23')
    expect(wrapper.text()).toContain('login_failed')
    const all = wrapper.findAll('a').find((a) => a.text() === 'All activity of bob')
    expect(all?.attributes('href')).toBe('/admin/audit?username=bob')
  })

  it('asks before deactivating: Cancel does nothing', async () => {
    const { page } = await mountBob()
    await button(page, 'Deactivate').trigger('click')
    await button(await waitForDialog('Deactivate bob?'), 'Cancel').trigger('click')
    await flushPromises()
    await waitFor(() => expect(dialogTitled('Deactivate bob?')).toBeNull())
    expect(network.requests('/api/admin/')).toEqual(PAGE_LOADS)
    expect(status(page)).toBe('')
  })

  it('deactivates once confirmed, says so, and reloads the user, sessions and activity', async () => {
    const { page, wrapper } = await mountBob()
    network.on(`PATCH ${USER}`, [200, { ...bob, isActive: false }])
    network.on(`GET ${USER}`, [200, { ...bob, isActive: false }])
    await confirmAction(page, 'Deactivate', 'Deactivate bob?')
    expect(network.requests('/api/admin/').slice(3)).toEqual([`PATCH ${USER}`, ...PAGE_LOADS])
    expect(network.sent.find((s) => s.method === 'PATCH')?.body).toEqual({ isActive: false })
    expect(status(page)).toBe('bob was deactivated. Their sessions have ended.')
    expect(wrapper.findAll('.v-chip').map((chip) => chip.text())).toContain('Inactive')
    expect(button(page, 'Reactivate').exists()).toBe(true)
  })

  it('asks for the password when the server wants it, then retries the action once', async () => {
    const { page } = await mountBob()
    network.on(
      `POST ${USER}revoke-sessions/`,
      error(403, 'reauthentication_required', 'Enter your password.'),
      [200, { revoked: 3 }],
    )
    network.on('POST /api/reauthenticate/', [200, { reauthenticatedUntil: '2026-03-01T10:05:00Z' }])
    await button(page, 'End all sessions').trigger('click')
    await button(await waitForDialog('End all sessions of bob?'), 'End all sessions').trigger(
      'submit',
    )
    const reauth = await waitForDialog('Confirm your password')
    await field(reauth, 'Your password').setValue('root-password')
    await button(reauth, 'Confirm').trigger('submit')
    await flushPromises()
    expect(network.requests('/api/').filter((r) => r.startsWith('POST'))).toEqual([
      `POST ${USER}revoke-sessions/`,
      'POST /api/reauthenticate/',
      `POST ${USER}revoke-sessions/`,
    ])
    expect(network.sent.find((s) => s.url === '/api/reauthenticate/')?.body).toEqual({
      password: 'root-password',
    })
    expect(status(page)).toBe('3 sessions ended.')
  })

  it('counts the sessions ended, none included', async () => {
    const { page } = await mountBob()
    network.on(`POST ${USER}revoke-sessions/`, [200, { revoked: 0 }])
    await confirmAction(page, 'End all sessions', 'End all sessions of bob?')
    expect(status(page)).toBe('0 sessions ended.')
  })

  it('sets a password: the rules show under the field, then the sessions ended are counted', async () => {
    const { page } = await mountBob()
    network.on(
      `POST ${USER}password/`,
      error(400, 'invalid_request', 'Invalid.', { password: ['This password is too common.'] }),
      [200, { sessionsRevoked: 2 }],
    )
    await button(page, 'Set password').trigger('click')
    const dialog = await waitForDialog('Set password')
    expect(field(dialog, 'New password').attributes('type')).toBe('password')
    await field(dialog, 'New password').setValue('password')
    await button(dialog, 'Set password').trigger('submit')
    await flushPromises()
    expect(fieldMessages(dialog, 'New password')).toContain('This password is too common.')
    expect(dialogTitled('Set password')).not.toBeNull()

    await field(dialog, 'New password').setValue('a much better passphrase')
    await button(dialog, 'Set password').trigger('submit')
    await flushPromises()
    expect(network.sent.filter((s) => s.url === `${USER}password/`).map((s) => s.body)).toEqual([
      { password: 'password' },
      { password: 'a much better passphrase' },
    ])
    expect(status(page)).toBe('Password set. 2 sessions ended.')
  })

  it('grants staff status (superuser) and says so', async () => {
    const { page } = await mountBob()
    network.on(`PATCH ${USER}`, [200, { ...bob, isStaff: true }])
    await confirmAction(page, 'Grant staff', 'Grant staff status to bob?')
    expect(network.sent.find((s) => s.method === 'PATCH')?.body).toEqual({ isStaff: true })
    expect(status(page)).toBe('bob is now staff.')
  })

  it("shows the server's refusal", async () => {
    const { page } = await mountBob()
    network.on(`PATCH ${USER}`, error(403, 'permission_denied', 'You may not change this account.'))
    await confirmAction(page, 'Deactivate', 'Deactivate bob?')
    expect(page.querySelector('.v-alert')?.textContent).toContain(
      'You may not change this account.',
    )
    expect(status(page)).toBe('')
  })

  it('disables the staff button for staff who are not superusers, with the reason beside it', async () => {
    const { page } = await mountBob(staffer)
    const grant = button(page, 'Grant staff')
    expect(grant.attributes('disabled')).toBeDefined()
    const reason = document.getElementById(grant.attributes('aria-describedby') ?? '')
    expect(reason?.textContent?.trim()).toBe('Only a superuser can grant or remove staff status.')
    expect(button(page, 'Deactivate').attributes('disabled')).toBeUndefined()
  })

  it("disables deactivation and staff removal on the admin's own account", async () => {
    network.on('GET /api/admin/users/10/', [200, { ...root, isActive: true, groups: [] }])
    network.on('GET /api/admin/users/10/sessions/', [200, { sessions: [] }])
    const { page } = await mountAt('/admin/users/10', root).then((m) => ({
      page: m.wrapper.element,
    }))
    for (const name of ['Deactivate', 'Remove staff']) {
      const action = button(page, name)
      expect(action.attributes('disabled')).toBeDefined()
      const reason = document.getElementById(action.attributes('aria-describedby') ?? '')
      expect(reason?.textContent?.trim()).toBe('You cannot change this on your own account.')
    }
    expect(page.textContent).toContain('No active sessions.')
  })

  describe('groups', () => {
    const GROUPS = '/api/admin/groups/'
    const groupList = {
      results: [
        { id: 1, name: 'support', permissions: ['auth.view_user'] },
        { id: 2, name: 'notes-users', permissions: ['notes.view_note'] },
      ],
    }

    /** The option named `name` in the open select menu. */
    function option(name: string): HTMLElement {
      const found = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find(
        (element) => element.textContent?.trim() === name,
      )
      if (found === undefined) throw new Error(`No option "${name}"`)
      return found
    }

    /** Opens "Groups of bob" and its select (from the keyboard), once the group list came. */
    async function openGroups(page: Element): Promise<Element> {
      await button(page, 'Edit groups').trigger('click')
      const dialog = await waitForDialog('Groups of bob')
      await flushPromises()
      await field(dialog, 'Groups').trigger('keydown', { key: 'ArrowDown' })
      await waitFor(() => expect(option('notes-users')).toBeDefined())
      return dialog
    }

    it('lets a superuser choose them: the PATCH carries the names, the page shows them', async () => {
      const { page, wrapper } = await mountBob()
      network.on(`GET ${GROUPS}`, [200, groupList])
      const dialog = await openGroups(page)
      expect(network.requests(GROUPS)).toEqual([`GET ${GROUPS}`])
      expect(option('support').getAttribute('aria-selected')).toBe('true')
      expect(option('notes-users').getAttribute('aria-selected')).toBe('false')

      option('notes-users').click()
      await flushPromises()
      option('support').click()
      await flushPromises()
      const moved = { ...bob, groups: ['notes-users'] }
      network.on(`PATCH ${USER}`, [200, moved])
      network.on(`GET ${USER}`, [200, moved])
      await button(dialog, 'Save').trigger('submit')
      await flushPromises()
      expect(network.sent.find((s) => s.method === 'PATCH')?.body).toEqual({
        groups: ['notes-users'],
      })
      expect(network.requests('/api/admin/users/').slice(1, 3)).toEqual([
        `GET ${USER}sessions/`,
        `PATCH ${USER}`,
      ])
      await waitFor(() => expect(dialogTitled('Groups of bob')).toBeNull())
      expect(status(page)).toBe('bob is now in: notes-users.')
      const details = wrapper.get('dl').text()
      expect(details).toContain('notes-users')
      expect(details).not.toContain('support')
    })

    it('removes the last group: an empty list is sent', async () => {
      const { page } = await mountBob()
      network.on(`GET ${GROUPS}`, [200, groupList])
      const dialog = await openGroups(page)
      option('support').click()
      await flushPromises()
      network.on(`PATCH ${USER}`, [200, { ...bob, groups: [] }])
      network.on(`GET ${USER}`, [200, { ...bob, groups: [] }])
      await button(dialog, 'Save').trigger('submit')
      await flushPromises()
      expect(network.sent.find((s) => s.method === 'PATCH')?.body).toEqual({ groups: [] })
      expect(status(page)).toBe('bob is in no group now.')
    })

    it('keeps the dialog open on a conflict or a refusal, and says why', async () => {
      const { page } = await mountBob()
      network.on(`GET ${GROUPS}`, [200, groupList])
      network.on(
        `PATCH ${USER}`,
        error(409, 'conflict', 'Another request changed this at the same time.'),
        error(403, 'permission_denied', 'Only a superuser may change groups.'),
      )
      const dialog = await openGroups(page)
      option('notes-users').click()
      await flushPromises()
      await button(dialog, 'Save').trigger('submit')
      await flushPromises()
      const alert = (): string => dialog.querySelector('[role="alert"].v-alert')?.textContent ?? ''
      expect(alert()).toContain('Another request changed this at the same time.')
      expect(dialogTitled('Groups of bob')).not.toBeNull()

      await button(dialog, 'Save').trigger('submit')
      await flushPromises()
      expect(alert()).toContain('Only a superuser may change groups.')
      expect(network.requests(USER).filter((r) => r.startsWith('PATCH'))).toHaveLength(2)
      expect(status(page)).toBe('')
    })

    it('shows an unknown group under the field', async () => {
      const { page } = await mountBob()
      network.on(`GET ${GROUPS}`, [200, groupList])
      network.on(
        `PATCH ${USER}`,
        error(400, 'invalid_request', 'Invalid.', { groups: ['No group named "support".'] }),
      )
      const dialog = await openGroups(page)
      await button(dialog, 'Save').trigger('submit')
      await flushPromises()
      expect(fieldMessages(dialog, 'Groups')).toContain('No group named "support".')
    })

    it('is not offered to staff who are not superusers', async () => {
      const { page } = await mountBob(staffer)
      expect(() => button(page, 'Edit groups')).toThrow()
      expect(button(page, 'Deactivate').exists()).toBe(true)
      expect(network.requests(GROUPS)).toEqual([])
    })
  })

  it('leaves out the changes the caller has no auth.change_user for', async () => {
    const { page } = await mountBob({ ...staffer, permissions: ['auth.view_user'] })
    for (const name of ['Deactivate', 'Set password', 'End all sessions']) {
      expect(() => button(page, name)).toThrow()
    }
    expect(page.textContent).toContain('bob@example.com')
  })
})
