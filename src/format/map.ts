import type { Office } from '@/payload-types'

import { cityLine, streetLine } from './address'

/** "715 Lake St., Suite 600, Oak Park, IL 60301, US": the address on one line. */
export const oneLineAddress = (address: Office['address']): string =>
  [streetLine(address), cityLine(address), address.country].filter(Boolean).join(', ')

/**
 * A Google Maps search for the office's address (it opens the Maps app on a phone). The address
 * is what a visitor recognises, so it is used even when map coordinates are known.
 */
export const mapUrl = (address: Office['address']): string =>
  `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(oneLineAddress(address))}`
