import { describe, expect, it } from 'vitest'
import { NO_FILTERS, readFilters, toApiFilters, toRouteQuery } from './auditQuery.js'

describe('audit filters', () => {
  it('turns the inclusive From and To days (UTC) into since and an exclusive until', () => {
    expect(toApiFilters({ ...NO_FILTERS, from: '2026-03-01', to: '2026-03-01' })).toEqual({
      since: '2026-03-01T00:00:00.000Z',
      until: '2026-03-02T00:00:00.000Z',
    })
    // The last day of a month and of a year roll over.
    expect(toApiFilters({ ...NO_FILTERS, to: '2026-02-28' }).until).toBe('2026-03-01T00:00:00.000Z')
    expect(toApiFilters({ ...NO_FILTERS, to: '2026-12-31' }).until).toBe('2027-01-01T00:00:00.000Z')
  })

  it('sends only what is set, the username trimmed', () => {
    expect(toApiFilters(NO_FILTERS)).toEqual({})
    expect(toApiFilters({ ...NO_FILTERS, type: 'logout', username: ' bob ' })).toEqual({
      type: 'logout',
      username: 'bob',
    })
  })

  it('reads the address, ignoring repeated or malformed values', () => {
    expect(readFilters({ type: 'logout', username: 'bob', from: '2026-03-01', to: 'x' })).toEqual({
      type: 'logout',
      username: 'bob',
      from: '2026-03-01',
      to: '',
    })
    expect(readFilters({ type: ['a', 'b'], from: '2026-02-30' })).toEqual(NO_FILTERS)
    expect(toRouteQuery({ ...NO_FILTERS, username: 'bob' })).toEqual({ username: 'bob' })
  })
})
