import { parsePhoneNumberFromString } from 'libphonenumber-js/max'

import { parseTimeOfDay, TIME_MESSAGES } from './timeOfDay'

export { normalizeTimeOfDay, parseTimeOfDay, TIME_MESSAGES } from './timeOfDay'

// Pure checks shared by field validators, import code and tests. Each returns true or a
// message that a clinic editor can act on.
export type Check = true | string

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

export const checkHttpUrl = (value: unknown): Check => {
  if (isBlank(value)) return true
  if (typeof value !== 'string') return 'Enter a web address as text.'
  try {
    const url = new URL(value.trim())
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // falls through to the message below
  }
  return 'Enter a full web address starting with http:// or https://.'
}

export const DEFAULT_PHONE_COUNTRY = 'US'

export const parsePhone = (value: string) =>
  parsePhoneNumberFromString(value.trim(), DEFAULT_PHONE_COUNTRY)

export const checkPhone = (value: unknown): Check => {
  if (isBlank(value)) return true
  if (typeof value !== 'string' || !/^[+\d\s().\-/]+(\s*(x|ext\.?)\s*\d+)?$/i.test(value.trim())) {
    return 'Enter a phone number using digits, spaces, brackets or dashes, e.g. (708) 393-8266.'
  }
  const phone = parsePhone(value)
  if (!phone || !phone.isValid()) {
    return 'This is not a valid phone number. Check the area code and number of digits, e.g. (708) 393-8266.'
  }
  return true
}

/** E.164 form for `tel:` links, or undefined when the number cannot be parsed. */
export const phoneToE164 = (value: string | null | undefined): string | undefined => {
  const phone = value ? parsePhone(value) : undefined
  return phone?.isValid() ? phone.number : undefined
}

export const checkYear = (value: unknown): Check => {
  if (isBlank(value)) return true
  const latest = new Date().getFullYear() + 1
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1000 || value > latest) {
    return `Enter a four-digit year between 1000 and ${latest}.`
  }
  return true
}

/** Anything `parseTimeOfDay` reads; the field's normaliser then stores it as "HH:MM". */
export const checkTimeOfDay = (value: unknown): Check => {
  if (isBlank(value)) return true
  if (typeof value !== 'string') return TIME_MESSAGES.unreadable
  const parsed = parseTimeOfDay(value)
  return 'time' in parsed ? true : parsed.error
}

export const checkRating = (value: unknown): Check => {
  if (isBlank(value)) return true
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
    return 'A rating must be a whole number of stars from 1 to 5.'
  }
  return true
}

export const checkPmid = (value: unknown): Check => {
  if (isBlank(value)) return true
  if (typeof value !== 'string' || !/^[1-9]\d{0,8}$/.test(value.trim())) {
    return 'A PubMed ID (PMID) is a number of up to 9 digits, e.g. 27470464.'
  }
  return true
}

export const checkPmcid = (value: unknown): Check => {
  if (isBlank(value)) return true
  if (typeof value !== 'string' || !/^PMC\d{1,9}$/.test(value.trim())) {
    return 'A PubMed Central ID starts with PMC followed by digits, e.g. PMC5047731.'
  }
  return true
}

export const checkDoi = (value: unknown): Check => {
  if (isBlank(value)) return true
  if (typeof value !== 'string' || !/^10\.\d{4,9}\/\S+$/.test(value.trim())) {
    return 'A DOI starts with 10. and contains a slash, e.g. 10.18632/aging.101007 (without https://doi.org/).'
  }
  return true
}

export const checkLatitude = (value: unknown): Check =>
  isBlank(value) || (typeof value === 'number' && value >= -90 && value <= 90)
    ? true
    : 'Latitude must be a number between -90 and 90.'

export const checkLongitude = (value: unknown): Check =>
  isBlank(value) || (typeof value === 'number' && value >= -180 && value <= 180)
    ? true
    : 'Longitude must be a number between -180 and 180.'

/** URL slug in plain ASCII: "Knee & hip pain: what's next?" → "knee-hip-pain-whats-next". */
export const toSlug = (value: unknown): string =>
  typeof value === 'string'
    ? value
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/['’`]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 120)
        .replace(/-+$/, '')
    : ''

export const checkSlug = (value: unknown, reserved: string[] = []): Check => {
  // The slug is generated from the title before validation when left empty.
  if (isBlank(value)) return 'Enter a slug, or a title to generate it from.'
  if (typeof value !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
    return 'Use only lowercase letters, numbers and single hyphens, e.g. "knee-pain-after-running".'
  }
  if (reserved.includes(value))
    return `"${value}" is already used by the site for another page. Choose another slug.`
  return true
}

/** A link staff type into navigation: a site path, an anchor, or an http(s), tel: or mailto: address. */
export const checkLinkUrl = (value: unknown): Check => {
  if (isBlank(value)) return true
  if (typeof value !== 'string') return 'Enter the link as text.'
  const url = value.trim()
  if (/^\/(?!\/)\S*$/.test(url) || /^#[\w-]+$/.test(url)) return true
  if (/^(tel:\+?[\d\s().-]+|mailto:[^\s@]+@[^\s@]+)$/i.test(url)) return true
  return checkHttpUrl(url) === true
    ? true
    : 'Enter a path on this site such as /offices, or a full address starting with https://.'
}
