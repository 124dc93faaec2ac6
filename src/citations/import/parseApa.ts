import { toInitials, tidy, tidyTitle } from './names'
import type { CitationData } from './types'

type Core = Omit<CitationData, 'pmid' | 'pmcid' | 'doi' | 'url'>

/** "Moher, D., Liberati, A., & Altman, D. G. (2009). …": authors, then the year in brackets. */
export const APA_HEAD = /^(.{1,2000}?)\s\((\d{4})[a-z]?(?:,\s?[^()]{1,30})?\)\.\s/

// ", 6(7), e1000097." or ", 393(10182), 1745–1759." at the end: volume, issue, pages.
const APA_SOURCE =
  /,\s?([^\s,()]{1,12})(?:\s?\(([^()]{1,40})\))?(?:,\s?([A-Za-z]{0,4}\d{1,9}[A-Za-z]{0,2}(?:\s?[-–—]\s?[A-Za-z]{0,4}\d{1,9}[A-Za-z]{0,2})?))?\.?$/

// "Family, I. I." pairs, the last after "&"; a list without them is a group author.
const APA_NAME = /(?:^|,)\s?(?:&\s?)?([^,&]{1,100}?),\s?(\p{Lu}\.(?:\s?-?\s?\p{Lu}\.){0,5})/gu

const parseAuthors = (list: string): Pick<CitationData, 'authors' | 'moreAuthors'> => {
  // APA 7 shortens 21 or more authors with an ellipsis; older styles write "et al."
  const moreAuthors = /\.\s\.\s\.|…|\bet al\b/.test(list)
  const rest = list.replace(/,?\s?(?:\.\s\.\s\.|…)\s?/g, ', ').replace(/,?\set al\.?/g, '')
  const names = [...rest.matchAll(APA_NAME)]
  const authors = names.length
    ? names.map(([, family, given]) => ({ family: tidy(family), given: toInitials(given) }))
    : [{ family: tidy(rest).replace(/\.$/, ''), given: '' }]
  return { authors, moreAuthors }
}

/** One APA reference, identifiers already taken out; null when it is not APA-shaped. */
export const parseApa = (text: string): Core | null => {
  const head = APA_HEAD.exec(text)
  if (!head) return null
  const rest = text.slice(head[0].length).trim()
  const source = APA_SOURCE.exec(rest)
  if (!source) return null
  const before = rest.slice(0, source.index)
  // The journal follows the title's closing punctuation.
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '))
  if (cut < 1) return null
  const title = tidyTitle(before.slice(0, cut + 1))
  const journal = tidy(before.slice(cut + 2))
  if (!title || !journal) return null
  const [, volume, issue, pages] = source
  return {
    ...parseAuthors(head[1]),
    title,
    journal,
    year: Number(head[2]),
    volume: tidy(volume),
    ...(issue ? { issue: tidy(issue) } : {}),
    ...(pages ? { pages: tidy(pages).replace(/\s?[–—]\s?/, '-') } : {}),
  }
}
