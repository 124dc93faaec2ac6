// AMA and PubMed write given names as initials without periods: "María Isabel" → "MI",
// "M. D. P." → "MDP", "Jean-Pierre" → "J-P". Letters already in capitals are kept as initials.
export const toInitials = (given: string | null | undefined): string =>
  (given ?? '')
    .normalize('NFC')
    .replace(/\.\s*-\s*/g, '-')
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) =>
      part
        .split('-')
        .filter(Boolean)
        .map((piece) =>
          /^\p{Lu}+$/u.test(piece) && piece.length <= 3 ? piece : piece.charAt(0).toUpperCase(),
        )
        .join('-'),
    )
    .join('')

/** Whitespace collapsed, ends trimmed. */
export const tidy = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''

/** Titles arrive with a closing period from most sources; the formatter adds its own. */
export const tidyTitle = (value: unknown): string => tidy(value).replace(/\.$/, '')

/** "10.1000/X" and "10.1000/x" are the same DOI; compare in lower case. */
export const normalizeDoi = (value: string): string =>
  value
    .trim()
    .replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '')
    .replace(/[.,;]+$/, '')

/** Key for "same paper" when there is no PMID or DOI: letters and digits of the title. */
export const titleKey = (title: string | null | undefined): string =>
  (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const SUFFIX = /^(?:Jr|Sr|II|III|IV|2nd|3rd|4th)\.?$/
// AMA and NLM initials: "J", "MDP", "J-P"; NLM also prints some as "Dj" (Prockop Dj). Two
// consonants only, so surnames such as "Li" or "Wu" are not taken for initials.
const INITIALS = /^(?:\p{Lu}{1,4}(?:-\p{Lu}{1,4})?|\p{Lu}[b-df-hj-np-tv-z])$/u

/** "Platas J", "del Caz MDP", "Prockop Dj"; anything else is a group author, kept whole. */
export const parseName = (part: string): { family: string; given: string } => {
  const tokens = part.split(' ')
  const last = tokens[tokens.length - 1].replace(/\./g, '')
  // A suffix ("Smith JA Jr") has no place of its own; kept whole it still prints as written.
  if (tokens.length < 2 || SUFFIX.test(last) || !INITIALS.test(last)) {
    return { family: part, given: '' }
  }
  // Not toInitials: it would read "Dj" as a name ("D") and a four-letter run as a word.
  return { family: tokens.slice(0, -1).join(' '), given: last.toUpperCase() }
}
