import { isIP } from 'node:net'

/** Requests whose address cannot be read share one rate-limit bucket. */
export const SHARED_ADDRESS = 'shared'

type HeaderSource = { get: (name: string) => string | null }

// "203.0.113.7:51234" and "[2001:db8::1]:443" carry a port; the bucket is the address alone.
const normalize = (raw: string | null | undefined): string | undefined => {
  if (!raw) return undefined
  let value = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed) value = bracketed[1]
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'))
  value = value.toLowerCase()
  if (value.startsWith('::ffff:') && isIP(value.slice(7)) === 4) value = value.slice(7)
  return isIP(value) ? value : undefined
}

/**
 * The visitor's address as the reverse proxy reports it: the first `x-forwarded-for` entry,
 * else `x-real-ip`, else the shared bucket. Anything that is not an IP address is ignored, so a
 * made-up header cannot create unlimited buckets with arbitrary text.
 */
export const clientAddress = (headers: HeaderSource | undefined | null): string => {
  if (!headers) return SHARED_ADDRESS
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]
  return normalize(forwarded) ?? normalize(headers.get('x-real-ip')) ?? SHARED_ADDRESS
}
