import type { Office } from '@/payload-types'

import { addressOneLine } from './address'

/**
 * A Google Maps search for the office's address (it opens the Maps app on a phone). The address
 * is what a visitor recognises, so it is used even when map coordinates are known.
 */
export const mapUrl = (address: Office['address']): string =>
  `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(addressOneLine(address, { country: true }))}`
