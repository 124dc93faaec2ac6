import type { Check } from '@/validation'

// Checks for text that is typed or sent by people we do not trust. Each returns true or a
// message that names the problem; the field hook (src/hardening/refuseHostileInput.ts) adds
// which field it is.

/** Longest value a field may hold when its config sets no maxLength of its own. */
export const DEFAULT_MAX_LENGTH = { text: 1_000, textarea: 10_000, email: 254 } as const

// C0 controls (NUL, BEL, ESC, …), DEL and C1 controls. Tab, line feed and carriage return are
// allowed in multi-line text only.
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
// Bidi embeddings and overrides ("Trojan Source"): they make text read differently from how it
// is stored. Isolates (U+2066–U+2069) stay: right-to-left text legitimately uses them.
const BIDI_OVERRIDE = /[\u202a-\u202e]/
// Noncharacters U+FFFE and U+FFFF are not text.
const NONCHARACTER = /[\ufffe\uffff]/

/** True when the string holds a lone UTF-16 surrogate, i.e. it is not valid Unicode. */
export const hasLoneSurrogate = (value: string): boolean =>
  !(value as string & { isWellFormed: () => boolean }).isWellFormed()

const codePoint = (char: string): string =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/** A plain-text value: no control characters, bidi overrides or broken Unicode; not too long. */
export const checkPlainText = (
  value: string,
  { multiline = false, maxLength }: { multiline?: boolean; maxLength?: number } = {},
): Check => {
  if (maxLength !== undefined && value.length > maxLength)
    return `This text is ${value.length.toLocaleString('en-US')} characters long; the limit is ${maxLength.toLocaleString('en-US')}.`
  if (hasLoneSurrogate(value))
    return 'This text contains invalid Unicode (a broken character). Retype or paste it again.'
  const control = (multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).exec(value)
  if (control)
    return multiline
      ? `This text contains an invisible control character (${codePoint(control[0])}). Remove it.`
      : `This text contains a line break or an invisible control character (${codePoint(control[0])}). Keep it on one line and remove it.`
  const bidi = BIDI_OVERRIDE.exec(value)
  if (bidi)
    return `This text contains a direction override character (${codePoint(bidi[0])}) that makes it display differently from what is stored. Remove it.`
  const nonchar = NONCHARACTER.exec(value)
  if (nonchar) return `This text contains ${codePoint(nonchar[0])}, which is not a character.`
  return true
}

// What a link may be: a path or anchor on this site, or an http(s), mailto: or tel: address.
// Everything else (javascript:, vbscript:, data:, file:, protocol-relative //host) is refused.
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The scheme a browser would see: it ignores leading spaces and control characters and tabs or
 * line breaks anywhere, and decodes entities when the link sits in HTML. Removing every space
 * and control character is stricter than that, and only this scheme check uses the result.
 */
const browserView = (url: string): string =>
  url
    .replace(/&#x?[0-9a-f]+;?|&colon;|&tab;|&newline;/gi, (entity) => {
      const named: Record<string, string> = { '&colon;': ':', '&tab;': '\t', '&newline;': '\n' }
      if (named[entity.toLowerCase()]) return named[entity.toLowerCase()]
      const hex = /^&#x/i.test(entity)
      const code = parseInt(entity.replace(/^&#x?|;$/gi, ''), hex ? 16 : 10)
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    })
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')

/** True for a link that is safe to put in an href; false for script and data addresses. */
export const isSafeHref = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  const raw = value.trim()
  if (!raw || hasLoneSurrogate(raw)) return false
  const seen = browserView(raw)
  // A site path (not //host) or an anchor.
  if (/^\/(?![/\\])/.test(seen) || seen.startsWith('#')) return true
  // A scheme is letters before the first colon; no scheme is a relative address we do not allow.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(seen)?.[1]
  if (!scheme) return false
  if (!SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`)) return false
  try {
    // The address must also parse, and parse to the same scheme.
    return SAFE_SCHEMES.has(new URL(raw).protocol)
  } catch {
    return false
  }
}

/** The href to render, or undefined: old data with a script address never reaches the page. */
export const safeHref = (value: unknown): string | undefined =>
  isSafeHref(value) ? value.trim() : undefined

export const UNSAFE_LINK_MESSAGE =
  'Links may only go to a page of this site (/…, #…) or to an http://, https://, mailto: or tel: address; javascript:, data: and other addresses are refused.'

export const checkSafeLink = (value: unknown): Check =>
  value === undefined || value === null || value === '' || isSafeHref(value)
    ? true
    : UNSAFE_LINK_MESSAGE
