import {
  firstParam,
  pageHref,
  pageWindow,
  parsePageParam,
  pagedTitle,
  readListingQuery,
} from '@/display/pagination'

describe('parsePageParam', () => {
  it('reads a positive whole number', () => {
    expect(parsePageParam('2')).toBe(2)
    expect(parsePageParam(' 7 ')).toBe(7)
    expect(parsePageParam(['3', '4'])).toBe(3)
  })

  it.each([undefined, '', 'abc', '-1', '0', '1.5', '2e3', '<script>', '9999999999'])(
    '%p means page 1',
    (value) => {
      expect(parsePageParam(value)).toBe(1)
    },
  )
})

describe('firstParam', () => {
  it('gives the first non-empty value, trimmed', () => {
    expect(firstParam(' knee ')).toBe('knee')
    expect(firstParam(['knee', 'hip'])).toBe('knee')
    expect(firstParam('  ')).toBeUndefined()
    expect(firstParam(undefined)).toBeUndefined()
  })
})

describe('pageHref', () => {
  it('leaves page 1 without a page parameter and keeps the filter', () => {
    expect(pageHref('/articles', 1)).toBe('/articles')
    expect(pageHref('/articles', 2)).toBe('/articles?page=2')
    expect(pageHref('/articles', 1, { topic: 'knee' })).toBe('/articles?topic=knee')
    expect(pageHref('/articles', 3, { topic: 'knee', empty: undefined })).toBe(
      '/articles?topic=knee&page=3',
    )
  })
})

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('keeps first, last and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 9, 10, 11, null, 20])
    expect(pageWindow(1, 20)).toEqual([1, 2, null, 20])
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20])
    // A gap of one page shows that page rather than "…".
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20])
  })
})

describe('readListingQuery', () => {
  const topics = [{ slug: 'knee' }, { slug: 'back-pain' }]

  it('reads the page and the chosen filter', () => {
    expect(readListingQuery({ page: '2', topic: 'knee' }, 'topic', topics)).toEqual({
      page: 2,
      slug: 'knee',
      chosen: { slug: 'knee' },
    })
  })

  it('keeps an unknown or malformed slug, but chooses nothing for it', () => {
    expect(readListingQuery({ topic: 'elbow' }, 'topic', topics)).toEqual({
      page: 1,
      slug: 'elbow',
      chosen: null,
    })
    expect(readListingQuery({ topic: ['../x', 'knee'], page: 'abc' }, 'topic', topics)).toEqual({
      page: 1,
      slug: '../x',
      chosen: null,
    })
    expect(readListingQuery({}, 'topic', topics)).toEqual({
      page: 1,
      slug: undefined,
      chosen: null,
    })
  })
})

describe('pagedTitle', () => {
  it('names the page number after the first page only', () => {
    expect(pagedTitle('Articles', 1)).toBe('Articles')
    expect(pagedTitle('Articles', 3)).toBe('Articles, page 3')
  })
})
