import type { Office } from '@/payload-types'

export const streetLine = (address: Office['address']): string =>
  [address.street, address.suite].filter(Boolean).join(', ')

export const cityLine = (address: Office['address']): string =>
  `${address.city}, ${address.state} ${address.postalCode}`.trim()

export const physicianDisplayName = (physician: {
  name: string
  credentials?: string | null
}): string =>
  physician.credentials ? `${physician.name}, ${physician.credentials}` : physician.name
