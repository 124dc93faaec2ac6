import { foldText } from './fold'

export const MAX_QUERY_LENGTH = 100
export const MAX_QUERY_WORDS = 8

export type SearchQuery = {
  /** The query as searched, tidied: what the page repeats and puts back in the box. */
  text: string
  /** The words searched for, as typed (at most MAX_QUERY_WORDS, no repeats). */
  words: string[]
  /** The same words folded (lower-case, no accents), as the index compares them. */
  terms: string[]
  /** The query was longer than MAX_QUERY_LENGTH characters and was cut. */
  shortened: boolean
  /** Words past MAX_QUERY_WORDS that were left out. */
  droppedWords: number
}

// Lone halves of surrogate pairs cannot be encoded and are never typed on purpose.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const CONTROL = /\p{Cc}/gu
// Invisible formatting characters: zero-width spaces and joiners, bidi overrides, soft hyphens.
const FORMAT = /\p{Cf}/gu
// Sentence punctuation around a word is not part of it: "knee," and “knee” search for knee.
// Everything else is kept and matched literally (100%, a_b, C++, .NET, <script>).
const EDGE_PUNCTUATION = /^[\p{Pi}\p{Pf}\p{Ps}"'¿¡]+|[\p{Pi}\p{Pf}\p{Pe}"'.,;:!?…]+$/gu
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Cuts to at most `max` code points, at a space when one is near the end. */
const cutAt = (text: string, max: number): string => {
  const points = Array.from(text)
  if (points.length <= max) return text
  const cut = points.slice(0, max).join('')
  const space = cut.lastIndexOf(' ')
  return (space > max / 2 ? cut.slice(0, space) : cut).trim()
}

/**
 * What a visitor typed, made safe and predictable to search: control and invisible characters
 * dropped, spaces collapsed, at most 100 characters and 8 words. Words without a letter or digit
 * ("%", "—") are not searched for.
 */
export const normalizeSearchQuery = (raw: unknown): SearchQuery => {
  const first = Array.isArray(raw) ? raw[0] : raw
  const input = typeof first === 'string' ? first : ''
  const tidy = input
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .replace(FORMAT, '')
    .replace(/\s+/g, ' ')
    .trim()
  const text = cutAt(tidy, MAX_QUERY_LENGTH)
  const seen = new Set<string>()
  const words: string[] = []
  for (const token of text.split(' ')) {
    const word = token.replace(EDGE_PUNCTUATION, '')
    if (!HAS_LETTER_OR_DIGIT.test(word)) continue
    const term = foldText(word)
    if (seen.has(term)) continue
    seen.add(term)
    words.push(word)
  }
  return {
    text,
    words: words.slice(0, MAX_QUERY_WORDS),
    terms: words.slice(0, MAX_QUERY_WORDS).map(foldText),
    shortened: text.length < tidy.length,
    droppedWords: Math.max(0, words.length - MAX_QUERY_WORDS),
  }
}
