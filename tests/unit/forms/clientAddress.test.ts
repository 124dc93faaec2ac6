/** @jest-environment node */
import { clientAddress, readTrustedProxyHops, SHARED_ADDRESS } from '@/forms/clientAddress'

const headers = (forwardedFor?: string, extra: Record<string, string> = {}) =>
  new Headers({
    ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }),
    ...extra,
  })

describe('clientAddress with no proxy (TRUSTED_PROXY_HOPS=0)', () => {
  it('takes the last entry, the one the server appends for the connection', () => {
    expect(clientAddress(headers('203.0.113.7'), 0)).toBe('203.0.113.7')
    expect(clientAddress(headers('1.2.3.4, 5.6.7.8, 203.0.113.7'), 0)).toBe('203.0.113.7')
  })

  it('ignores whatever a client writes before it, so rotating the header changes nothing', () => {
    const seen = new Set(
      Array.from({ length: 12 }, (_, i) => clientAddress(headers(`10.0.${i}.1, 198.51.100.4`), 0)),
    )
    expect([...seen]).toEqual(['198.51.100.4'])
  })

  it('never trusts X-Real-IP, which a client can also write', () => {
    expect(clientAddress(headers(undefined, { 'x-real-ip': '203.0.113.8' }), 0)).toBe(
      SHARED_ADDRESS,
    )
    expect(clientAddress(headers(), 0)).toBe(SHARED_ADDRESS)
    expect(clientAddress(undefined, 0)).toBe(SHARED_ADDRESS)
  })

  it('drops ports, brackets and the IPv4-mapped prefix; lowercases IPv6', () => {
    expect(clientAddress(headers('203.0.113.7:51234'), 0)).toBe('203.0.113.7')
    expect(clientAddress(headers('[2001:DB8::1]:443'), 0)).toBe('2001:db8::1')
    expect(clientAddress(headers('::ffff:203.0.113.9'), 0)).toBe('203.0.113.9')
  })
})

describe('clientAddress behind trusted proxies', () => {
  it('takes the entry as many places from the right as there are proxies', () => {
    // client wrote 6.6.6.6; the proxy appended the client, the server appended the proxy.
    expect(clientAddress(headers('6.6.6.6, 203.0.113.7, 10.0.0.2'), 1)).toBe('203.0.113.7')
    expect(clientAddress(headers('6.6.6.6, 203.0.113.7, 172.16.0.1, 10.0.0.2'), 2)).toBe(
      '203.0.113.7',
    )
  })

  it('keeps two clients of the same proxy apart', () => {
    expect(clientAddress(headers('203.0.113.7, 10.0.0.2'), 1)).not.toBe(
      clientAddress(headers('203.0.113.8, 10.0.0.2'), 1),
    )
  })

  it('falls back to the nearest trusted entry when the client entry is malformed', () => {
    expect(clientAddress(headers('unknown, 10.0.0.2'), 1)).toBe('10.0.0.2')
    expect(clientAddress(headers('hello, _obfuscated, 10.0.0.2'), 1)).toBe('10.0.0.2')
    expect(clientAddress(headers(', 10.0.0.2'), 1)).toBe('10.0.0.2')
    expect(clientAddress(headers('999.1.1.1, 10.0.0.2'), 1)).toBe('10.0.0.2')
    expect(clientAddress(headers('<script>, ;, 10.0.0.2'), 1)).toBe('10.0.0.2')
  })

  it('uses the leftmost entry when the chain is shorter than configured (all are trusted)', () => {
    expect(clientAddress(headers('10.0.0.2'), 2)).toBe('10.0.0.2')
    expect(clientAddress(headers('garbage'), 2)).toBe(SHARED_ADDRESS)
  })
})

describe('readTrustedProxyHops', () => {
  it('defaults to 0 and reads whole numbers up to 10', () => {
    expect(readTrustedProxyHops({})).toBe(0)
    expect(readTrustedProxyHops({ TRUSTED_PROXY_HOPS: '' })).toBe(0)
    expect(readTrustedProxyHops({ TRUSTED_PROXY_HOPS: ' 2 ' })).toBe(2)
    expect(readTrustedProxyHops({ TRUSTED_PROXY_HOPS: '10' })).toBe(10)
  })

  it.each(['-1', '1.5', 'one', '11', '0x1', 'true'])('refuses %p with the reason', (value) => {
    expect(() => readTrustedProxyHops({ TRUSTED_PROXY_HOPS: value })).toThrow(
      `TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (the number of reverse proxies in front of the server), not "${value}".`,
    )
  })
})
