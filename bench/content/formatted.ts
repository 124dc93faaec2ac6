import { formatAma, type CitationParts } from '@/citations/formatAma'

// Placeholders that pass through the AMA style unchanged, swapped for the real values after.
const SLOTS = {
  title: 'Zqxtitlezqx',
  volume: 'Zqxvolumezqx',
  issue: 'Zqxissuezqx',
  doi: '10.9999/zqxdoizqx',
  year: 1111,
  pages: '9001-9002',
} as const

/**
 * formatAma for many citations at a time. citation-js takes about a millisecond per citation,
 * a minute for 50,000; most of that is the CSL engine set-up, the same for every citation with
 * the same authors and journal. So each such shape is formatted once with placeholders, and the
 * citation's own title, year, volume, issue, pages and DOI are put in. `check` compares a sample
 * with the real thing, so a style change that breaks the shortcut fails loudly instead of
 * storing wrong text.
 */
export const shapeFormatter = () => {
  const patterns = new Map<string, string>()
  const format = (citation: CitationParts): string => {
    const shape = JSON.stringify([citation.authors, citation.moreAuthors, citation.journal])
    let pattern = patterns.get(shape)
    if (pattern === undefined) {
      pattern = formatAma({ ...citation, ...SLOTS })
      patterns.set(shape, pattern)
    }
    const usable =
      citation.title && citation.year && citation.volume && citation.issue && citation.pages
    // Anything without every slot filled is rare here; format it the slow, certain way.
    if (!usable || !citation.doi) return formatAma(citation)
    return pattern
      .replace(SLOTS.title, () => citation.title)
      .replace(SLOTS.doi, () => citation.doi!)
      .replace(SLOTS.volume, () => citation.volume!)
      .replace(SLOTS.issue, () => citation.issue!)
      .replace(SLOTS.pages, () => citation.pages!)
      .replace(String(SLOTS.year), () => String(citation.year))
  }
  const check = (citation: CitationParts): void => {
    const fast = format(citation)
    const exact = formatAma(citation)
    if (fast !== exact)
      throw new Error(
        `the fast AMA formatter disagrees with formatAma: "${fast}" instead of "${exact}"`,
      )
  }
  return { format, check, shapes: () => patterns.size }
}
