import type { FeedArticle } from '@/data/seo'
import { articlesAtom, articlesRss, DUBLIN_CORE } from '@/seo/feed'

// The rules of the W3C Feed Validation Service that the feeds used to break or could break, on
// the pure builders. jsdom's DOMParser is namespace-aware: an undeclared prefix such as dc: is a
// parse error, as it is for the validator.

const ORIGIN = 'https://clinic.example'
const ATOM = 'http://www.w3.org/2005/Atom'
const settings = { siteName: 'Caring Medical', tagline: 'Healing without surgery' }

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text }],
})

const signed: FeedArticle = {
  id: 1,
  title: 'Knee & hip <pain>\u0001 explained',
  slug: 'knee-hip',
  excerpt: 'Take <5 mg & rest. <script>alert(1)</script> ]]> done',
  // Saved, then published on schedule: updatedAt is older than publishedAt.
  publishedAt: '2024-03-02T12:00:00.000Z',
  updatedAt: '2024-03-01T09:00:00.000Z',
  createdAt: '2024-02-20T09:00:00.000Z',
  author: { name: 'Ross Hauser', slug: 'ross-hauser' },
  topics: [{ name: 'Knee & Hip', slug: 'knee-hip' }, 7],
}

// The bad input: no author (its physician was deleted), no excerpt.
const unsigned: FeedArticle = {
  id: 2,
  title: 'Tendons, briefly',
  slug: 'tendons',
  excerpt: null,
  content: {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        paragraph('Tendons join muscle to bone and heal slowly because of poor blood flow.'),
      ],
    },
  },
  publishedAt: '2024-02-01T12:00:00.000Z',
  updatedAt: '2024-04-01T08:30:00.000Z',
  createdAt: '2024-01-15T09:00:00.000Z',
  author: null,
  topics: [],
}

// Only the author's id (MongoDB keeps a dangling reference to a deleted physician).
const dangling: FeedArticle = {
  ...unsigned,
  id: 3,
  slug: 'dangling',
  author: 'abc123',
  meta: { description: 'What search results say about it.' },
}

const articles = [signed, unsigned, dangling]

const parse = (xml: string): Document => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}
const kids = (el: Element, name: string, ns?: string): Element[] =>
  Array.from(el.children).filter((c) => c.localName === name && (!ns || c.namespaceURI === ns))
const textOf = (el: Element, name: string, ns?: string) => kids(el, name, ns)[0]?.textContent

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

// Set while the describe blocks build their feeds (collection time, before any beforeAll).
const savedUrl = process.env.NEXT_PUBLIC_SERVER_URL
process.env.NEXT_PUBLIC_SERVER_URL = ORIGIN
afterAll(() => {
  if (savedUrl === undefined) delete process.env.NEXT_PUBLIC_SERVER_URL
  else process.env.NEXT_PUBLIC_SERVER_URL = savedUrl
})

describe('RSS 2.0', () => {
  const xml = articlesRss(settings, articles)
  const rss = parse(xml).documentElement
  const channel = kids(rss, 'channel')[0]
  const items = kids(channel, 'item')

  it('names authors in dc:creator, declared on the root; never in <author> (an email address)', () => {
    expect(rss.getAttribute('xmlns:dc')).toBe(DUBLIN_CORE)
    expect(items.map((item) => textOf(item, 'creator', DUBLIN_CORE) ?? null)).toEqual([
      'Ross Hauser',
      null,
      null,
    ])
    expect(xml).not.toContain('<author')
  })

  it('has a self link, permalink guids, RFC 822 dates, a language and a description', () => {
    const self = kids(channel, 'link', ATOM)[0]
    expect(self.getAttribute('rel')).toBe('self')
    expect(self.getAttribute('href')).toBe(`${ORIGIN}/feed.xml`)
    expect(self.getAttribute('type')).toBe('application/rss+xml')
    expect(textOf(channel, 'language')).toBe('en')
    for (const item of items) {
      const guid = kids(item, 'guid')[0]
      expect(guid.getAttribute('isPermaLink')).toBe('true')
      expect(guid.textContent).toBe(textOf(item, 'link'))
      expect(guid.textContent).toMatch(/^https:\/\/clinic\.example\/articles\/[a-z-]+$/)
      expect(textOf(item, 'pubDate')).toMatch(RFC_822)
    }
    // The newest change of any item, not the newest publication.
    expect(textOf(channel, 'lastBuildDate')).toBe('Mon, 01 Apr 2024 08:30:00 GMT')
    expect(textOf(items[0], 'pubDate')).toBe('Sat, 02 Mar 2024 12:00:00 GMT')
    expect(
      textOf(parse(articlesRss({ siteName: 'Caring Medical' }, [])).documentElement, 'channel'),
    ).toContain('Articles from Caring Medical')
  })

  it('keeps text as typed: HTML-escaped descriptions, no control characters', () => {
    expect(textOf(items[0], 'title')).toBe('Knee & hip <pain> explained')
    // The description is HTML: the excerpt's "<5" and "<script>" are text in it, not markup.
    expect(textOf(items[0], 'description')).toBe(
      'Take &lt;5 mg &amp; rest. &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; done',
    )
    expect(xml).not.toContain('<script')
    // No excerpt: the search-engine description, else the opening of the text.
    expect(textOf(items[1], 'description')).toBe(
      'Tendons join muscle to bone and heal slowly because of poor blood flow.',
    )
    expect(textOf(items[2], 'description')).toBe('What search results say about it.')
    expect(kids(items[0], 'category').map((el) => el.textContent)).toEqual(['Knee & Hip'])
  })
})

describe('Atom', () => {
  const xml = articlesAtom(settings, articles)
  const feed = parse(xml).documentElement
  const entries = kids(feed, 'entry', ATOM)
  const authorOf = (el: Element) =>
    kids(el, 'author', ATOM).map((author) => ({
      name: textOf(author, 'name', ATOM),
      uri: textOf(author, 'uri', ATOM),
    }))

  it('has the clinic as feed author, so entries without one are valid (RFC 4287 4.1.1)', () => {
    expect(feed.namespaceURI).toBe(ATOM)
    expect(authorOf(feed)).toEqual([{ name: 'Caring Medical', uri: `${ORIGIN}/` }])
    expect(authorOf(entries[0])).toEqual([
      { name: 'Ross Hauser', uri: `${ORIGIN}/physicians/ross-hauser` },
    ])
    expect(authorOf(entries[1])).toEqual([])
    expect(authorOf(entries[2])).toEqual([])
  })

  it('has a self link, stable ids, RFC 3339 dates, and never an update before publication', () => {
    const self = kids(feed, 'link', ATOM).find((link) => link.getAttribute('rel') === 'self')
    expect(self?.getAttribute('href')).toBe(`${ORIGIN}/feed.atom`)
    expect(textOf(feed, 'id', ATOM)).toBe(`${ORIGIN}/`)
    expect(entries.map((entry) => textOf(entry, 'id', ATOM))).toEqual([
      `${ORIGIN}/articles/knee-hip`,
      `${ORIGIN}/articles/tendons`,
      `${ORIGIN}/articles/dangling`,
    ])
    for (const entry of entries) {
      const updated = textOf(entry, 'updated', ATOM)!
      const published = textOf(entry, 'published', ATOM)!
      expect(updated).toMatch(RFC_3339)
      expect(published).toMatch(RFC_3339)
      expect(Date.parse(updated)).toBeGreaterThanOrEqual(Date.parse(published))
      // Every entry has some text.
      expect(textOf(entry, 'summary', ATOM)).toBeTruthy()
    }
    expect(textOf(entries[0], 'updated', ATOM)).toBe('2024-03-02T12:00:00.000Z')
    expect(textOf(feed, 'updated', ATOM)).toBe('2024-04-01T08:30:00.000Z')
  })

  it('escapes the text of its type="html" title and summary', () => {
    const title = kids(entries[0], 'title', ATOM)[0]
    expect(title.getAttribute('type')).toBe('html')
    expect(title.textContent).toBe('Knee &amp; hip &lt;pain&gt; explained')
    expect(textOf(entries[0], 'summary', ATOM)).toBe(
      'Take &lt;5 mg &amp; rest. &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; done',
    )
    expect(kids(entries[0], 'category', ATOM)[0].getAttribute('term')).toBe('knee-hip')
  })
})
