import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VSelect } from 'vuetify/components'
import { bobLoginFailed, root } from '../../testing/fixtures.js'
import { button, field, mountAt, stubBrowser } from './testing.js'
import { network } from '../../testing/network.js'
import { waitFor } from '../../testing/wait.js'

const LIST = '/api/admin/audit/'

beforeEach(() => {
  stubBrowser()
  network
    .on(`GET ${LIST}`, [200, { results: [bobLoginFailed], count: 80 }])
    .on(`GET ${LIST}types/`, [200, { types: ['login_failed', 'logout', 'user_created'] }])
})
enableAutoUnmount(afterEach)

/** The query of the last list request (not the types), as an object. */
function lastQuery(): Record<string, string> {
  const last = network.requests(LIST).filter((r) => !r.includes('/types/'))
  return Object.fromEntries(new URLSearchParams(last.at(-1)?.split('?')[1] ?? ''))
}

async function mountAudit(path = '/admin/audit') {
  const mounted = await mountAt(path, root)
  const exportLink = () => mounted.wrapper.findAll('a').find((a) => a.text() === 'Export CSV')
  return { ...mounted, page: mounted.wrapper.element, exportLink }
}

describe('AdminAuditView', () => {
  it('lists the newest events and links the CSV export of the same (no) filters', async () => {
    const { wrapper, exportLink } = await mountAudit()
    expect(network.requests('/api/admin/')).toEqual([
      `GET ${LIST}?page=1&pageSize=25`,
      `GET ${LIST}types/`,
    ])
    expect(wrapper.get('h1').text()).toBe('Audit log')
    expect(wrapper.get('table caption').text()).toBe('Audit events')
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      'Time',
      'Event',
      'Actor',
      'Target',
      'IP',
      'Details',
    ])
    const cells = wrapper.findAll('tbody td').map((td) => td.text())
    expect(cells.slice(1)).toEqual([
      'login_failed',
      '—',
      'bob',
      '198.51.100.23',
      'reason: "bad_password"',
    ])
    expect(wrapper.get('tbody a').attributes('href')).toBe('/admin/users/2')
    expect(exportLink()?.attributes('href')).toBe('/api/admin/audit/export/')
    expect(exportLink()?.attributes('download')).toBeDefined()
  })

  it('says an export would be too large instead of linking one the server refuses', async () => {
    network.on(`GET ${LIST}`, [200, { results: [bobLoginFailed], count: 100_001 }])
    const { wrapper, exportLink } = await mountAudit()
    const link = wrapper.findAll('a, button').find((element) => element.text() === 'Export CSV')
    expect(exportLink()?.attributes('href')).toBeUndefined()
    expect(link?.attributes('aria-describedby')).toBe('export-too-many')
    expect(wrapper.get('#export-too-many').text()).toContain('at most 100,000 events')
  })

  it('reads the filters from the address: To is inclusive, so until is the next day', async () => {
    const { page, exportLink } = await mountAudit(
      '/admin/audit?username=bob&type=logout&from=2026-03-01&to=2026-03-05',
    )
    const filters = {
      type: 'logout',
      username: 'bob',
      since: '2026-03-01T00:00:00.000Z',
      until: '2026-03-06T00:00:00.000Z',
    }
    expect(lastQuery()).toEqual({ ...filters, page: '1', pageSize: '25' })
    expect(exportLink()?.attributes('href')).toBe(
      `/api/admin/audit/export/?${new URLSearchParams(filters)}`,
    )
    expect(field(page, 'Username').element.value).toBe('bob')
    expect(field(page, 'From').element.value).toBe('2026-03-01')
    expect(field(page, 'To').element.value).toBe('2026-03-05')
    expect(field(page, 'To').attributes('type')).toBe('date')
  })

  it('puts each filter in the address and the request, from page 1', async () => {
    const { page, router, wrapper, exportLink } = await mountAudit()
    await button(page, 'Next page').trigger('click')
    await flushPromises()
    expect(lastQuery().page).toBe('2')

    const types = wrapper.findAllComponents(VSelect).find((s) => s.props('label') === 'Event type')
    expect(types?.props('items')).toHaveLength(3)
    await types?.find('.v-field').trigger('mousedown')
    const option = () =>
      [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent === 'logout')
    await waitFor(() => expect(option()).toBeDefined())
    ;(option() as HTMLElement).click()
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ type: 'logout' }))
    await flushPromises()
    expect(lastQuery()).toEqual({ type: 'logout', page: '1', pageSize: '25' })

    await field(page, 'From').setValue('2026-03-01')
    await field(page, 'To').setValue('2026-03-31')
    await waitFor(() =>
      expect(lastQuery()).toMatchObject({
        since: '2026-03-01T00:00:00.000Z',
        until: '2026-04-01T00:00:00.000Z',
      }),
    )

    await field(page, 'Username').setValue('bob')
    await flushPromises()
    expect(lastQuery().username).toBeUndefined() // once typing pauses
    await waitFor(() => expect(lastQuery().username).toBe('bob'))
    await waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({
        type: 'logout',
        username: 'bob',
        from: '2026-03-01',
        to: '2026-03-31',
      }),
    )
    expect(exportLink()?.attributes('href')).toBe(
      '/api/admin/audit/export/?type=logout&username=bob' +
        '&since=2026-03-01T00%3A00%3A00.000Z&until=2026-04-01T00%3A00%3A00.000Z',
    )
  })

  it('clears the filters', async () => {
    const { page, router, exportLink } = await mountAudit(
      '/admin/audit?username=bob&from=2026-03-01',
    )
    await button(page, 'Clear filters').trigger('click')
    await flushPromises()
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({}))
    expect(lastQuery()).toEqual({ page: '1', pageSize: '25' })
    expect(field(page, 'Username').element.value).toBe('')
    expect(field(page, 'From').element.value).toBe('')
    expect(exportLink()?.attributes('href')).toBe('/api/admin/audit/export/')
  })
})
