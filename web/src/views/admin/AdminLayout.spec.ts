import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { alice, root, staffer } from '../../testing/fixtures.js'
import { mountAt, stubBrowser } from './testing.js'
import { network } from '../../testing/network.js'

beforeEach(() => {
  stubBrowser()
  network.on('GET /api/admin/users/', [200, { results: [], count: 0 }])
})
enableAutoUnmount(afterEach)

describe('the admin section guard', () => {
  it('shows "Staff only" to a user who is not staff, at the same address, asking nothing', async () => {
    const { wrapper, router } = await mountAt('/admin/users', alice)
    expect(router.currentRoute.value.fullPath).toBe('/admin/users')
    expect(wrapper.get('h1').text()).toBe('Staff only')
    expect(wrapper.text()).toContain('This page is for staff members.')
    expect(network.requests('/api/admin/')).toEqual([])
  })

  it('sends an anonymous visitor to login', async () => {
    const { router } = await mountAt('/admin/audit?type=logout', null)
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.next).toBe('/admin/audit?type=logout')
    expect(network.requests('/api/admin/')).toEqual([])
  })

  it('lets staff in: the users page and the section links', async () => {
    const { wrapper } = await mountAt('/admin', staffer)
    expect(wrapper.get('h1').text()).toBe('Users')
    expect(network.requests('/api/admin/')).toEqual([
      'GET /api/admin/users/?page=1&pageSize=25&ordering=username',
    ])
    const links = wrapper.findAll('nav[aria-label="Admin"] a')
    expect(links.map((link) => link.text())).toEqual(['Users', 'Audit log'])
    expect(links[0]?.attributes('aria-current')).toBe('page')
    expect(links[1]?.attributes('href')).toBe('/admin/audit')
  })

  it('follows the server when staff status goes away (no local copy of it)', async () => {
    const { wrapper, auth } = await mountAt('/admin/users', root)
    expect(wrapper.get('h1').text()).toBe('Users')
    auth.user = { ...root, isStaff: false, isSuperuser: false }
    await wrapper.vm.$nextTick()
    expect(wrapper.get('h1').text()).toBe('Staff only')
  })
})
