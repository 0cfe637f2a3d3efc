import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VDataTableServer } from 'vuetify/components'
import type { AdminUser } from '@sesame/server/api'
import { bob, root, staffer } from '../../testing/fixtures.js'
import { button, field, mountAt, stubBrowser } from './testing.js'
import { error, network } from '../../testing/network.js'
import { waitFor } from '../../testing/wait.js'

const LIST = '/api/admin/users/'
const carol: AdminUser = { ...bob, id: 3, username: 'carol', email: '', lastLogin: null }

beforeEach(() => {
  stubBrowser()
  network.on(`GET ${LIST}`, [200, { results: [bob, carol], count: 60 }])
})
enableAutoUnmount(afterEach)

/** The last users list request's query, as an object. */
function lastQuery(): Record<string, string> {
  const last = network.requests(LIST).at(-1) ?? ''
  return Object.fromEntries(new URLSearchParams(last.split('?')[1] ?? ''))
}

describe('AdminUsersView', () => {
  it('asks for the first page by username and lists the users, each linked to their page', async () => {
    const { wrapper } = await mountAt('/admin/users', staffer)
    expect(network.requests('/api/admin/')).toEqual([
      `GET ${LIST}?page=1&pageSize=25&ordering=username`,
    ])
    expect(wrapper.get('table caption').text()).toBe('Users')
    const headers = wrapper.findAll('thead th').map((th) => th.text())
    expect(headers).toEqual([
      'Username',
      'Email',
      'Active',
      'Staff',
      'Superuser',
      'Last login',
      'Joined',
    ])
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]?.get('a').attributes('href')).toBe('/admin/users/2')
    expect(rows[0]?.findAll('td').map((td) => td.text())[1]).toBe('bob@example.com')
    expect(rows[1]?.findAll('td').map((td) => td.text())[5]).toBe('Never')
  })

  it('searches once typing pauses, from page 1', async () => {
    const { wrapper } = await mountAt('/admin/users', staffer)
    await button(wrapper.element, 'Next page').trigger('click')
    await flushPromises()
    expect(lastQuery()).toMatchObject({ page: '2' })

    await field(wrapper.element, 'Search users').setValue('bo')
    await field(wrapper.element, 'Search users').setValue('bob ')
    await flushPromises()
    expect(lastQuery().search).toBeUndefined() // not at every key
    await waitFor(() =>
      expect(lastQuery()).toEqual({
        search: 'bob',
        page: '1',
        pageSize: '25',
        ordering: 'username',
      }),
    )
    expect(network.requests(LIST)).toHaveLength(3)
  })

  it('sorts by one column at a time, mapped to ?ordering=, from page 1', async () => {
    const { wrapper } = await mountAt('/admin/users', staffer)
    await button(wrapper.element, 'Next page').trigger('click')
    await flushPromises()
    const header = (name: string) => wrapper.findAll('thead th').find((th) => th.text() === name)
    await header('Last login')?.trigger('click')
    await flushPromises()
    expect(lastQuery()).toMatchObject({ ordering: 'lastLogin', page: '1' })
    await header('Last login')?.trigger('click')
    await flushPromises()
    expect(lastQuery()).toMatchObject({ ordering: '-lastLogin' })
    await header('Joined')?.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(lastQuery()).toMatchObject({ ordering: 'dateJoined' })
  })

  it('shows the newest answer only: the older, slower request is aborted, with no error', async () => {
    const slow = network.hold(`GET ${LIST}`)
    const { wrapper } = await mountAt('/admin/users', staffer)
    await slow.arrived
    const header = wrapper.findAll('thead th').find((th) => th.text() === 'Email')
    await header?.trigger('click')
    await flushPromises()
    slow.answer([200, { results: [], count: 0 }]) // the first answer arrives last
    await flushPromises()
    expect(network.requests(LIST)).toEqual([
      `GET ${LIST}?page=1&pageSize=25&ordering=username`,
      `GET ${LIST}?page=1&pageSize=25&ordering=email`,
    ])
    expect(wrapper.findAll('tbody tr')).toHaveLength(2)
    expect(wrapper.find('.v-alert').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Loading users')
  })

  it('changes the page size from page 1', async () => {
    const { wrapper } = await mountAt('/admin/users', staffer)
    await button(wrapper.element, 'Next page').trigger('click')
    await flushPromises()
    wrapper.getComponent(VDataTableServer).vm.$emit('update:itemsPerPage', 50)
    wrapper.getComponent(VDataTableServer).vm.$emit('update:page', 1)
    await flushPromises()
    expect(lastQuery()).toMatchObject({ page: '1', pageSize: '50' })
  })

  it('says when nothing matches, and shows a refusal in an alert', async () => {
    network.on(
      `GET ${LIST}`,
      [200, { results: [], count: 0 }],
      error(403, 'permission_denied', 'You need the auth.view_user permission.'),
    )
    const { wrapper } = await mountAt('/admin/users', staffer)
    expect(wrapper.text()).toContain('No users yet.')
    await wrapper.findAll('thead th')[0]?.trigger('click')
    await flushPromises()
    expect(wrapper.get('.v-alert').text()).toBe('You need the auth.view_user permission.')
  })

  it('offers "New user" to a superuser or a holder of auth.add_user only', async () => {
    let { wrapper } = await mountAt('/admin/users', staffer)
    expect(() => button(wrapper.element, 'New user')).toThrow()
    wrapper.unmount()
    ;({ wrapper } = await mountAt('/admin/users', {
      ...staffer,
      permissions: [...staffer.permissions, 'auth.add_user'],
    }))
    expect(button(wrapper.element, 'New user').exists()).toBe(true)
    wrapper.unmount()
    ;({ wrapper } = await mountAt('/admin/users', root))
    expect(button(wrapper.element, 'New user').exists()).toBe(true)
  })
})
