import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bob, root, staffer } from '../../testing/fixtures.js'
import {
  button,
  field,
  fieldMessages,
  mountAt,
  openDialog,
  stubBrowser,
  waitForDialog,
} from '../../views/admin/testing.js'
import { error, network } from '../../testing/network.js'
import { waitFor } from '../../testing/wait.js'

const dave = { ...bob, id: 7, username: 'dave', email: 'dave@example.com', groups: [] }

beforeEach(() => {
  stubBrowser()
  network
    .on('GET /api/admin/users/', [200, { results: [bob], count: 1 }])
    .on('GET /api/admin/users/7/', [200, dave])
    .on('GET /api/admin/users/7/sessions/', [200, { sessions: [] }])
    .on('GET /api/admin/audit/', [200, { results: [], count: 0 }])
})
enableAutoUnmount(afterEach)

async function openCreate(user = root) {
  const mounted = await mountAt('/admin/users', user)
  await button(mounted.wrapper.element, 'New user').trigger('click')
  return { ...mounted, dialog: await waitForDialog('New user') }
}

async function fill(dialog: Element): Promise<void> {
  await field(dialog, 'Username').setValue('dave')
  await field(dialog, 'Email').setValue('dave@example.com')
  await field(dialog, 'Password').setValue('correct horse battery')
}

describe('CreateUserDialog', () => {
  it("shows the server's field errors under their fields and stays open", async () => {
    const { dialog } = await openCreate()
    const rules = ['This password is too common.', 'This password is too short.']
    network.on(
      'POST /api/admin/users/',
      error(400, 'invalid_request', 'Invalid.', {
        username: ['A user with that username already exists.'],
        password: rules,
      }),
    )
    await fill(dialog)
    expect(field(dialog, 'Password').attributes('type')).toBe('password')
    await button(dialog, 'Create').trigger('submit')
    await flushPromises()
    expect(fieldMessages(dialog, 'Username')).toContain('A user with that username already exists.')
    expect(fieldMessages(dialog, 'Password')).toContain(rules[0])
    expect(fieldMessages(dialog, 'Password')).toContain(rules[1])
    expect(fieldMessages(dialog, 'Email')).toBe('')
    expect(openDialog()).not.toBeNull()
  })

  it('creates the user, closes, and opens their page', async () => {
    const { dialog, router } = await openCreate()
    network.on('POST /api/admin/users/', [201, dave])
    await fill(dialog)
    await field(dialog, 'Staff status').setValue(true)
    await button(dialog, 'Create').trigger('submit')
    await flushPromises()
    expect(network.sent.find((s) => s.method === 'POST')?.body).toEqual({
      username: 'dave',
      email: 'dave@example.com',
      password: 'correct horse battery',
      isStaff: true,
    })
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/admin/users/7'))
    await waitFor(() => expect(openDialog()).toBeNull())
  })

  it('shows "Staff status" to superusers only, and sends none otherwise', async () => {
    const { dialog } = await openCreate({
      ...staffer,
      permissions: [...staffer.permissions, 'auth.add_user'],
    })
    expect(() => field(dialog, 'Staff status')).toThrow()
    network.on('POST /api/admin/users/', error(403, 'permission_denied', 'Not allowed.'))
    await fill(dialog)
    await button(dialog, 'Create').trigger('submit')
    await flushPromises()
    expect(network.sent.find((s) => s.method === 'POST')?.body).not.toHaveProperty('isStaff')
    expect(dialog.querySelector('.v-alert')?.textContent).toContain('Not allowed.')
  })

  it('does not send without a username and a password', async () => {
    const { dialog } = await openCreate()
    await button(dialog, 'Create').trigger('submit')
    await flushPromises()
    expect(network.requests('/api/admin/users/').filter((r) => r.startsWith('POST'))).toEqual([])
    expect(fieldMessages(dialog, 'Username')).toContain('Enter a username.')
  })
})
