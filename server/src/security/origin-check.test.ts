import { describe, expect, it } from 'vitest'
import { checkOrigin, type OriginCheckInput } from './origin-check.js'

const base: OriginCheckInput = {
  secFetchSite: undefined,
  origin: undefined,
  referer: undefined,
  expectedOrigin: 'https://app.example.com',
  trustedOrigins: ['https://partner.example.com'],
}

describe('checkOrigin', () => {
  it('trusts the browser when it says same-origin or none', () => {
    expect(
      checkOrigin({ ...base, secFetchSite: 'same-origin', origin: 'https://evil.example' }),
    ).toBeNull()
    expect(checkOrigin({ ...base, secFetchSite: 'none' })).toBeNull()
  })

  it('refuses same-site and cross-site fetches unless the origin is trusted', () => {
    expect(
      checkOrigin({ ...base, secFetchSite: 'same-site', origin: 'https://x.example.com' }),
    ).toBe('cross_site_request')
    expect(checkOrigin({ ...base, secFetchSite: 'cross-site' })).toBe('cross_site_request')
    expect(
      checkOrigin({ ...base, secFetchSite: 'cross-site', origin: 'https://partner.example.com' }),
    ).toBeNull()
  })

  it('compares Origin exactly, refusing null, other schemes and ports', () => {
    expect(checkOrigin({ ...base, origin: 'https://app.example.com' })).toBeNull()
    for (const origin of [
      'null',
      'http://app.example.com',
      'https://app.example.com:444',
      'https://app.example.com.evil',
    ]) {
      expect(checkOrigin({ ...base, origin })).toBe('origin_mismatch')
    }
  })

  it('falls back to the Referer over HTTPS only', () => {
    expect(checkOrigin(base)).toBe('referer_missing')
    expect(checkOrigin({ ...base, referer: 'https://evil.example/x' })).toBe('referer_mismatch')
    expect(checkOrigin({ ...base, referer: 'https://app.example.com/login?next=/' })).toBeNull()
    expect(checkOrigin({ ...base, expectedOrigin: 'http://localhost:8000' })).toBeNull()
  })
})
