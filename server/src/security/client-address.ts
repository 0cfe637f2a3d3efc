/**
 * The address a throttle counts against. An IPv4 address is one client; an IPv6 client usually
 * controls a whole /64 (RFC 6177 hands out at least that), so counting single IPv6 addresses
 * would let one attacker rotate through billions of them. IPv6 is counted per /64 prefix.
 * Parsing is ipaddr.js's, so every spelling of one address (compressed or not, upper case,
 * leading zeros, a zone id, an IPv4-mapped address in dotted or hex form) counts as one client.
 */
import ipaddr from 'ipaddr.js'

/** The /64: the first four of the eight 16-bit groups. */
const PREFIX_GROUPS = 4

export function throttleAddress(ip: string): string {
  // A zone id (`fe80::1%eth0`) names the local interface, not the client.
  const address = ip.split('%')[0] ?? ip
  if (ipaddr.IPv4.isValidFourPartDecimal(address) || !ipaddr.IPv6.isValid(address)) return address
  const parsed = ipaddr.IPv6.parse(address)
  // An IPv4 client on a dual-stack socket (`::ffff:203.0.113.9`) is that IPv4 client. ipaddr.js
  // also reads the deprecated IPv4-compatible form (`::203.0.113.9`, RFC 4291 2.5.5.1) as mapped.
  if (parsed.isIPv4MappedAddress()) return parsed.toIPv4Address().toString()
  const prefix = parsed.parts.slice(0, PREFIX_GROUPS).map((group) => group.toString(16))
  return `${prefix.join(':')}::/64`
}
