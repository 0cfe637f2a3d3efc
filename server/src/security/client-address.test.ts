import { describe, expect, it } from 'vitest'
import { throttleAddress } from './client-address.js'

describe('throttleAddress', () => {
  it('keeps IPv4 addresses, also IPv4-mapped ones', () => {
    expect(throttleAddress('203.0.113.9')).toBe('203.0.113.9')
    expect(throttleAddress('::ffff:203.0.113.9')).toBe('203.0.113.9')
  })

  it('counts IPv6 per /64, whatever the spelling', () => {
    const prefix = '2001:db8:0:1::/64'
    expect(throttleAddress('2001:db8:0:1::1')).toBe(prefix)
    expect(throttleAddress('2001:0db8:0000:0001:ffff:ffff:ffff:ffff')).toBe(prefix)
    expect(throttleAddress('2001:DB8:0:1:a:b:c:d')).toBe(prefix)
    expect(throttleAddress('2001:db8:0:2::1')).toBe('2001:db8:0:2::/64')
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64')
    expect(throttleAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
  })

  it('passes anything else through unchanged', () => {
    expect(throttleAddress('not-an-ip')).toBe('not-an-ip')
  })
})
