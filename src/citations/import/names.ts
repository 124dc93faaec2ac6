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
