import {
  pagesForRange,
  SITEMAP_LIMIT,
  sitemapIndexXml,
  sitemapPartCount,
  slicesForPart,
} from '@/seo/sitemap'

// Made-up sizes: listing pages, pages, topics, physicians, offices, articles.
const SIZES = [5, 40, 120, 30, 2, 123_456]
const TOTAL = SIZES.reduce((sum, size) => sum + size, 0)

describe('sitemap parts', () => {
  it('needs one part per 50,000 URLs, and one for an empty site', () => {
    expect(SITEMAP_LIMIT).toBe(50_000)
    expect(sitemapPartCount(0)).toBe(1)
    expect(sitemapPartCount(50_000)).toBe(1)
    expect(sitemapPartCount(50_001)).toBe(2)
    expect(sitemapPartCount(TOTAL)).toBe(3)
  })

  it('cuts the sources into parts of at most 50,000 that cover every entry once', () => {
    const parts = sitemapPartCount(TOTAL)
    const taken = SIZES.map(() => [] as Array<[number, number]>)
    for (let part = 0; part < parts; part++) {
      const slices = slicesForPart(SIZES, part)
      const size = slices.reduce((sum, { start, end }) => sum + end - start, 0)
      expect(size).toBeLessThanOrEqual(SITEMAP_LIMIT)
      if (part < parts - 1) expect(size).toBe(SITEMAP_LIMIT)
      for (const { source, start, end } of slices) taken[source].push([start, end])
    }
    // Each source is covered from 0 to its size, in order, with no gap or overlap.
    taken.forEach((ranges, source) => {
      let next = 0
      for (const [start, end] of ranges) {
        expect(start).toBe(next)
        next = end
      }
      expect(next).toBe(SIZES[source])
    })
    expect(slicesForPart(SIZES, parts)).toEqual([])
  })

  it('reads a range with whole database pages and keeps only what falls inside', () => {
    expect(pagesForRange(0, 5, 1000)).toEqual([{ page: 1, skip: 0, take: 5 }])
    expect(pagesForRange(49_805, 51_200, 1000)).toEqual([
      { page: 50, skip: 805, take: 195 },
      { page: 51, skip: 0, take: 1000 },
      { page: 52, skip: 0, take: 200 },
    ])
    expect(pagesForRange(3, 3, 1000)).toEqual([])
  })

  it('writes a sitemap index with escaped URLs', () => {
    const xml = sitemapIndexXml(['https://a.test/sitemap/0.xml', 'https://a.test/?a=1&b=2'])
    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    expect(doc.documentElement.nodeName).toBe('sitemapindex')
    expect([...doc.getElementsByTagName('loc')].map((loc) => loc.textContent)).toEqual([
      'https://a.test/sitemap/0.xml',
      'https://a.test/?a=1&b=2',
    ])
  })
})
