import { absoluteUrl } from '@/urls'

/** Google's limit per sitemap file; more URLs than this go into further parts. */
export const SITEMAP_LIMIT = 50_000

/** How many sitemap parts `total` URLs need: at least one, so an empty site still has a sitemap. */
export const sitemapPartCount = (total: number, perPart = SITEMAP_LIMIT): number =>
  Math.max(1, Math.ceil(total / perPart))

/** A run of entries taken from one source: [start, end) within that source. */
export type SourceSlice = { source: number; start: number; end: number }

/**
 * Which entries of which sources make up one sitemap part, when the sources (with these sizes)
 * are listed one after another and cut every `perPart` entries. Pure, so the 50,000 limit can be
 * tested with made-up counts.
 */
export const slicesForPart = (
  sizes: number[],
  part: number,
  perPart = SITEMAP_LIMIT,
): SourceSlice[] => {
  const from = part * perPart
  const to = from + perPart
  const slices: SourceSlice[] = []
  let offset = 0
  sizes.forEach((size, source) => {
    const start = Math.max(from, offset)
    const end = Math.min(to, offset + size)
    if (start < end) slices.push({ source, start: start - offset, end: end - offset })
    offset += size
  })
  return slices
}

/** The pages (1-based) of `pageSize` documents that cover [start, end), and what to keep of each. */
export const pagesForRange = (
  start: number,
  end: number,
  pageSize: number,
): Array<{ page: number; skip: number; take: number }> => {
  const pages: Array<{ page: number; skip: number; take: number }> = []
  if (end <= start) return pages
  for (let first = Math.floor(start / pageSize) * pageSize; first < end; first += pageSize) {
    const skip = Math.max(0, start - first)
    const take = Math.min(pageSize, end - first) - skip
    pages.push({ page: first / pageSize + 1, skip, take })
  }
  return pages
}

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&'"]/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!,
  )

/** A sitemap index (sitemaps.org) listing each part's absolute URL. */
export const sitemapIndexXml = (partUrls: string[]): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...partUrls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')

/** One sitemap part (sitemaps.org): each absolute URL with its last change, when known. */
export const sitemapXml = (entries: Array<{ url: string; lastModified?: string }>): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(
      ({ url, lastModified }) =>
        `<url><loc>${escapeXml(url)}</loc>${
          lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : ''
        }</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n')
