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

  it('reads every spelling of one address as one client (ipaddr.js)', () => {
    // IPv4-mapped, in dotted or hex form, upper case, with a zone id: the IPv4 client.
    for (const spelling of [
      '::ffff:1.2.3.4',
      '::FFFF:1.2.3.4',
      '0:0:0:0:0:ffff:1.2.3.4',
      '::ffff:0102:0304',
      '::ffff:102:304',
      '::ffff:1.2.3.4%eth0',
    ]) {
      expect(throttleAddress(spelling), spelling).toBe('1.2.3.4')
    }
    // Compressed anywhere, leading zeros, a zone id, an embedded IPv4 tail: the same /64.
    for (const spelling of [
      '2001:db8:a:b::',
      '2001:db8:a:b::1',
      '2001:0db8:000a:000b:0000:0000:0000:0001',
      '2001:db8:a:b:0:0:0:1',
      '2001:db8:a:b:1::',
      '2001:db8:a:b:ffff:ffff:ffff:ffff',
      '2001:db8:a:b::1.2.3.4',
      '2001:db8:a:b::1%eth0',
    ]) {
      expect(throttleAddress(spelling), spelling).toBe('2001:db8:a:b::/64')
    }
    expect(throttleAddress('::')).toBe('0:0:0:0::/64')
    expect(throttleAddress('64:ff9b::1.2.3.4')).toBe('64:ff9b:0:0::/64') // NAT64: not mapped
    expect(throttleAddress('fe80::1%25eth0')).toBe('fe80:0:0:0::/64')
  })

  it('never lets a neighbouring /64 or a different IPv4 address share a counter', () => {
    expect(throttleAddress('2001:db8:a:c::1')).not.toBe(throttleAddress('2001:db8:a:b::1'))
    expect(throttleAddress('::ffff:1.2.3.5')).not.toBe(throttleAddress('::ffff:1.2.3.4'))
    expect(throttleAddress('1.2.3.4')).not.toBe(throttleAddress('2001:db8::1.2.3.4'))
  })

  it('passes anything else through unchanged', () => {
    expect(throttleAddress('not-an-ip')).toBe('not-an-ip')
    // Not IPv4 in dotted-quad form (legacy inet_aton spellings are not Node's socket addresses).
    expect(throttleAddress('01.2.3.4')).toBe('01.2.3.4')
    expect(throttleAddress('1:2:3::4::5')).toBe('1:2:3::4::5')
  })
})
