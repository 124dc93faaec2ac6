import type { Office } from '@/payload-types'

type Address = Partial<Office['address']> | null | undefined

const collapse = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''

/**
 * The one way an address becomes a line of text, "715 Lake St., Suite 600, Oak Park, IL 60301",
 * from whatever parts it has: the street lines unless `street` is false, the postal code unless
 * `postalCode` is false, the country when `country` is true. `clean` tidies each part (meta
 * descriptions also strip markup staff pasted in).
 */
export const addressOneLine = (
  address: Address,
  {
    street = true,
    postalCode = true,
    country = false,
    clean = collapse,
  }: {
    street?: boolean
    postalCode?: boolean
    country?: boolean
    clean?: (v: unknown) => string
  } = {},
): string => {
  if (!address) return ''
  const region = [address.state, postalCode ? address.postalCode : '']
    .map(clean)
    .filter(Boolean)
    .join(' ')
  const city = [clean(address.city), region].filter(Boolean).join(', ')
  return [...(street ? [address.street, address.suite] : []), city, country ? address.country : '']
    .map(clean)
    .filter(Boolean)
    .join(', ')
}

/** The first line of an address on an envelope: street and suite. */
export const streetLine = (address: Address): string =>
  [address?.street, address?.suite].map(collapse).filter(Boolean).join(', ')

/** The second: "Oak Park, IL 60301". */
export const cityLine = (address: Address): string => addressOneLine(address, { street: false })
