import type { Citation } from '@/payload-types'

/** "Platas et al, 2016", "Kellgren and Lawrence, 1957": a paper named the way writers say it. */
export const shortCitation = (citation: Pick<Citation, 'authors' | 'year' | 'title'>): string => {
  const families = (citation.authors ?? []).map(({ family }) => family.trim()).filter(Boolean)
  const who =
    families.length === 0
      ? citation.title.length > 40
        ? `${citation.title.slice(0, 40).trimEnd()}…`
        : citation.title
      : families.length === 1
        ? families[0]
        : families.length === 2
          ? `${families[0]} and ${families[1]}`
          : `${families[0]} et al`
  return citation.year ? `${who}, ${citation.year}` : who
}
