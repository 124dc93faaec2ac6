/** @jest-environment node */
import { clientAddress, SHARED_ADDRESS } from '@/forms/clientAddress'

const headers = (values: Record<string, string>) => new Headers(values)

describe('clientAddress', () => {
  it('takes the first x-forwarded-for entry', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }))).toBe(
      '203.0.113.7',
    )
  })

  it('falls back to x-real-ip, then the shared bucket', () => {
    expect(clientAddress(headers({ 'x-real-ip': '203.0.113.8' }))).toBe('203.0.113.8')
    expect(clientAddress(headers({}))).toBe(SHARED_ADDRESS)
    expect(clientAddress(undefined)).toBe(SHARED_ADDRESS)
  })

  it('drops ports, brackets and the IPv4-mapped prefix; lowercases IPv6', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.7:51234' }))).toBe('203.0.113.7')
    expect(clientAddress(headers({ 'x-forwarded-for': '[2001:DB8::1]:443' }))).toBe('2001:db8::1')
    expect(clientAddress(headers({ 'x-forwarded-for': '::ffff:203.0.113.9' }))).toBe('203.0.113.9')
  })

  it('ignores text that is not an address, so a header cannot mint buckets', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': 'hello', 'x-real-ip': '203.0.113.8' }))).toBe(
      '203.0.113.8',
    )
    expect(clientAddress(headers({ 'x-forwarded-for': 'unknown' }))).toBe(SHARED_ADDRESS)
  })
})
