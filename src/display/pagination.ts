/** The page number asked for in `?page=`: a positive whole number, anything else means page 1. */
export const parsePageParam = (value: string | string[] | undefined): number => {
  const text = Array.isArray(value) ? value[0] : value
  if (!text || !/^\d{1,9}$/.test(text.trim())) return 1
  return Math.max(1, Number(text.trim()))
}

/** The first value of a query parameter, trimmed; undefined when missing or empty. */
export const firstParam = (value: string | string[] | undefined): string | undefined => {
  const text = (Array.isArray(value) ? value[0] : value)?.trim()
  return text ? text : undefined
}

/**
 * A listing's query, e.g. `/articles?topic=knee&page=2`: the page number and the filter's slug,
 * and the choice it names when it is one of `choices`. Only a well-formed slug is looked up;
 * anything else is simply an unknown choice.
 */
export const readListingQuery = <T extends { slug?: string | null }>(
  query: Record<string, string | string[] | undefined>,
  filter: string,
  choices: readonly T[],
): { page: number; slug: string | undefined; chosen: T | null } => {
  const page = parsePageParam(query.page)
  const slug = firstParam(query[filter])
  const chosen =
    slug && /^[a-z0-9-]{1,120}$/.test(slug)
      ? (choices.find((candidate) => candidate.slug === slug) ?? null)
      : null
  return { page, slug, chosen }
}

/** A listing's title with its page number after the first page: "Articles, page 2". */
export const pagedTitle = (title: string, page: number): string =>
  page > 1 ? `${title}, page ${page}` : title

/** `/articles?topic=knee&page=2`; page 1 has no `page` parameter, so it has one address. */
export const pageHref = (
  path: string,
  page: number,
  params: Record<string, string | undefined> = {},
): string => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value)
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `${path}?${search}` : path
}

/**
 * The page numbers to offer, with null for a gap: 1 … 4 5 6 … 20. The first, last, current and
 * its neighbours are always there.
 */
export const pageWindow = (current: number, total: number): Array<number | null> => {
  const wanted = new Set([1, total, current - 1, current, current + 1])
  const pages = [...wanted].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b)
  const result: Array<number | null> = []
  for (const page of pages) {
    const previous = result[result.length - 1]
    if (typeof previous === 'number' && page - previous === 2) result.push(previous + 1)
    else if (typeof previous === 'number' && page - previous > 2) result.push(null)
    result.push(page)
  }
  return result
}
