import { serverUrl } from '@/serverUrl'

/**
 * The address next/image should load an upload from. With NEXT_PUBLIC_SERVER_URL set, Payload
 * makes upload URLs absolute, and next/image refuses absolute URLs of hosts it was not told
 * about (400): our own uploads go back to a site path, which it optimises without a network hop.
 */
export const mediaSrc = (url: string, origin: string = serverUrl()): string =>
  origin && url.startsWith(`${origin}/`) ? url.slice(origin.length) : url
