/**
 * The address a throttle counts against. An IPv4 address is one client; an IPv6 client usually
 * controls a whole /64 (RFC 6177 hands out at least that), so counting single IPv6 addresses
 * would let one attacker rotate through billions of them. IPv6 is counted per /64 prefix.
 */
import { isIPv4, isIPv6 } from 'node:net'

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i
const IPV6_GROUPS = 8
const PREFIX_GROUPS = 4

export function throttleAddress(ip: string): string {
  const address = ip.split('%')[0] ?? ip
  if (isIPv4(address) || !isIPv6(address)) return address
  const mapped = IPV4_MAPPED.exec(address)
  if (mapped?.[1]) return mapped[1]
  return `${expandIPv6(address).slice(0, PREFIX_GROUPS).join(':')}::/64`
}

/** The eight 16-bit groups of a valid IPv6 address, in lower-case hex without leading zeros. */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::')
  const split = (part: string): string[] => (part === '' ? [] : part.split(':'))
  const left = split(head)
  const right = tail === undefined ? [] : split(tail)
  // An embedded IPv4 tail (e.g. 64:ff9b::1.2.3.4) fills the last two groups.
  const last = right.at(-1) ?? left.at(-1) ?? ''
  const embedded = last.includes('.') ? 1 : 0
  const missing = IPV6_GROUPS - left.length - right.length - embedded
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(missing).fill('0'), ...right]
  return groups.map((group) =>
    group.includes('.') ? group : Number.parseInt(group, 16).toString(16),
  )
}
