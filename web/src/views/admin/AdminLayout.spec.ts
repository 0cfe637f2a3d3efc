import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { alice, root, staffer } from '../../testing/fixtures.js'
import { FakeApi, mountAt, resetNetwork, stubBrowser } from './testing.js'

let api: FakeApi
beforeEach(() => {
  stubBrowser()
  api = new FakeApi().on('GET /api/admin/users/', [200, { results: [], count: 0 }])
})
afterEach(resetNetwork)
enableAutoUnmount(afterEach)

describe('the admin section guard', () => {
  it('shows "Staff only" to a user who is not staff, at the same address, asking nothing', async () => {
    const { wrapper, router } = await mountAt(api, '/admin/users', alice)
    expect(router.currentRoute.value.fullPath).toBe('/admin/users')
    expect(wrapper.get('h1').text()).toBe('Staff only')
    expect(wrapper.text()).toContain('This page is for staff members.')
    expect(api.requests()).toEqual([])
  })

  it('sends an anonymous visitor to login', async () => {
    const { router } = await mountAt(api, '/admin/audit?type=logout', null)
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.next).toBe('/admin/audit?type=logout')
    expect(api.requests()).toEqual([])
  })

  it('lets staff in: the users page and the section links', async () => {
    const { wrapper } = await mountAt(api, '/admin', staffer)
    expect(wrapper.get('h1').text()).toBe('Users')
    expect(api.requests()).toEqual(['GET /api/admin/users/?page=1&pageSize=25&ordering=username'])
    const links = wrapper.findAll('nav[aria-label="Admin"] a')
    expect(links.map((link) => link.text())).toEqual(['Users', 'Audit log'])
    expect(links[0]?.attributes('aria-current')).toBe('page')
    expect(links[1]?.attributes('href')).toBe('/admin/audit')
  })

  it('follows the server when staff status goes away (no local copy of it)', async () => {
    const { wrapper, auth } = await mountAt(api, '/admin/users', root)
    expect(wrapper.get('h1').text()).toBe('Users')
    auth.user = { ...root, isStaff: false, isSuperuser: false }
    await wrapper.vm.$nextTick()
    expect(wrapper.get('h1').text()).toBe('Staff only')
  })
})
