import { isIP } from 'node:net'

/** Requests whose address cannot be read share one rate-limit bucket. */
export const SHARED_ADDRESS = 'shared'

/** Hops above this are a configuration mistake, not a real chain of proxies. */
const MAX_TRUSTED_PROXY_HOPS = 10

type HeaderSource = { get: (name: string) => string | null }

// "203.0.113.7:51234" and "[2001:db8::1]:443" carry a port; the bucket is the address alone.
const normalize = (raw: string | undefined): string | undefined => {
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
 * TRUSTED_PROXY_HOPS: how many reverse proxies in front of the server append to
 * `X-Forwarded-For` (0, the default, when clients connect to Next directly). A setting that is
 * not a whole number from 0 to 10 is refused at start-up by `checkTrustedProxyHops`.
 */
export const readTrustedProxyHops = (
  env: Record<string, string | undefined> = process.env,
): number => {
  const raw = env.TRUSTED_PROXY_HOPS?.trim()
  if (!raw) return 0
  const hops = Number(raw)
  if (!/^\d+$/.test(raw) || hops > MAX_TRUSTED_PROXY_HOPS) {
    throw new Error(
      `TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_TRUSTED_PROXY_HOPS} (the number of reverse proxies in front of the server), not "${env.TRUSTED_PROXY_HOPS}".`,
    )
  }
  return hops
}

/**
 * The visitor's address, as far as the operator can trust it. The server appends the address of
 * the connection to `X-Forwarded-For` (patches/next+16.4.6+002+…) and each trusted proxy appends
 * the address it was reached from, so the entry `hops` places from the right is the client's;
 * anything further left was written by the client and is ignored. When that entry is missing or
 * not an address (a proxy that writes "unknown"), the nearest trusted entry to its right is used:
 * those requests share their proxy's limit, which no client can dodge.
 */
export const clientAddress = (
  headers: HeaderSource | undefined | null,
  hops: number = readTrustedProxyHops(),
): string => {
  const entries = (headers?.get('x-forwarded-for') ?? '').split(',')
  const trusted = entries.slice(Math.max(0, entries.length - 1 - hops))
  for (const entry of trusted) {
    const address = normalize(entry)
    if (address) return address
  }
  return SHARED_ADDRESS
}
