/** @jest-environment node */
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { WxrError, type WxrItem, type WxrTerm } from '@/wordpress/types'
import {
  isoFromWordPress,
  metaValue,
  readWxr,
  readWxrFile,
  type WxrEvent,
} from '@/wordpress/wxr/read'

import { writeExport } from '../../../bench/content/wordpressExport.mjs'

const fixturePath = (name: string) => path.resolve(process.cwd(), 'tests/fixtures/wordpress', name)
const fixture = (name: string) => readFileSync(fixturePath(name))

async function* chunksOf(data: Buffer | string, size: number) {
  for (let start = 0; start < data.length; start += size) yield data.slice(start, start + size)
}

async function* once(data: Buffer | string) {
  yield data
}

type Input = AsyncIterable<Buffer | string> | { file: string }

const eventsOf = (input: Input) =>
  'file' in input ? readWxrFile(fixturePath(input.file)) : readWxr(input)

/** Every event up to the end or the first error, and that error. */
async function read(input: Input) {
  const events: WxrEvent[] = []
  try {
    for await (const event of eventsOf(input)) events.push(event)
  } catch (error) {
    return { events, error: error as Error }
  }
  return { events, error: undefined }
}

async function readAll(input: Input) {
  const { events, error } = await read(input)
  if (error) throw error
  return events
}

const items = (events: WxrEvent[]) =>
  events.flatMap((event) => (event.kind === 'item' ? [event.item] : []))
const terms = (events: WxrEvent[], kind: 'category' | 'tag') =>
  events.flatMap((event) => (event.kind === kind ? [event.term] : []))
const byId = (list: WxrItem[], id: number) => {
  const item = list.find((candidate) => candidate.id === id)
  if (!item) throw new Error(`no item ${id}`)
  return item
}

/** The one-line message a refused file gives. */
async function refusal(input: Input) {
  const { events, error } = await read(input)
  expect(error).toBeInstanceOf(WxrError)
  expect(error?.message).not.toMatch(/\n/)
  return { events, message: error?.message ?? '' }
}

describe('readWxr on a WordPress 6.x export (WXR 1.2)', () => {
  let events: WxrEvent[]
  let posts: WxrItem[]

  beforeAll(async () => {
    events = await readAll({ file: 'clinic-1.2.xml' })
    posts = items(events)
  })

  it('sends the site first and once, from the channel header, not from the site icon block', () => {
    expect(events[0]).toEqual({
      kind: 'site',
      site: {
        wxrVersion: '1.2',
        title: 'Caring Medical Regenerative Medicine Clinics',
        link: 'https://www.caringmedical.example',
        baseSiteUrl: 'https://www.caringmedical.example',
        baseBlogUrl: 'https://www.caringmedical.example',
      },
    })
    expect(events.filter((event) => event.kind === 'site')).toHaveLength(1)
  })

  it('reads authors, then categories (parents by slug), then tags, in document order', () => {
    expect(events.map((event) => event.kind).slice(0, 11)).toEqual([
      'site',
      'author',
      'author',
      ...Array(6).fill('category'),
      'tag',
      'tag',
    ])
    expect(events.slice(1, 3)).toEqual([
      {
        kind: 'author',
        author: {
          id: 2,
          login: 'rhauser',
          email: 'rhauser@caringmedical.example',
          displayName: 'Ross Hauser, MD',
          firstName: 'Ross',
          lastName: 'Hauser',
        },
      },
      {
        kind: 'author',
        author: {
          id: 3,
          login: 'dsteilen',
          email: 'dsteilen@caringmedical.example',
          displayName: 'Danielle Steilen-Matias, MMS, PA-C',
          firstName: 'Danielle',
          lastName: 'Steilen-Matias',
        },
      },
    ])
    const categories = terms(events, 'category')
    expect(categories.map(({ slug, parentSlug }) => [slug, parentSlug])).toEqual([
      ['conditions', undefined],
      ['knee', 'conditions'],
      ['treatments', undefined],
      ['uncategorized', undefined],
      ['back', 'conditions'],
      ['prolotherapy', 'treatments'],
    ])
    expect(categories[0]).toEqual<WxrTerm>({
      id: 3,
      slug: 'conditions',
      name: 'Conditions',
      parentSlug: undefined,
      description: 'Joint and spine problems we treat.',
    })
    // The term meta inside <wp:category> is not mistaken for a field.
    expect(categories[1]).toEqual<WxrTerm>({
      id: 4,
      slug: 'knee',
      name: 'Knee',
      parentSlug: 'conditions',
      description: '',
    })
    expect(terms(events, 'tag')).toEqual<WxrTerm[]>([
      { id: 8, slug: 'osteoarthritis', name: 'Osteoarthritis', description: '' },
      {
        id: 9,
        slug: 'stem-cells',
        name: 'Stem cells',
        description: 'Bone marrow and adipose-derived stem cell treatments.',
      },
    ])
  })

  it('sends every item, whatever its type and status (nav menu terms are not categories)', () => {
    expect(posts.map(({ id, postType, status }) => `${id} ${postType} ${status}`)).toEqual([
      '101 post publish',
      '102 post publish',
      '103 post draft',
      '104 post pending',
      '105 post private',
      '106 post future',
      '107 post publish',
      '108 post trash',
      '109 post auto-draft',
      '110 page publish',
      '111 page publish',
      '112 page draft',
      '113 page publish',
      '114 revision inherit',
      '115 nav_menu_item publish',
      '116 wp_block publish',
      '201 attachment inherit',
      '202 attachment inherit',
      '203 attachment inherit',
    ])
    expect(terms(events, 'category').map((term) => term.slug)).not.toContain('main-menu')
  })

  it('maps a classic post, keeping its content byte for byte', () => {
    const post = byId(posts, 101)
    expect(post).toMatchObject({
      title: 'How stem cells help fix a broken "healing cycle"',
      link: 'https://www.caringmedical.example/prolotherapy-news/how-stem-cells-help-fix-a-broken-healing-cycle/',
      guid: 'https://www.caringmedical.example/?p=101',
      creator: 'rhauser',
      excerpt: '',
      dateGmt: '2017-03-14T14:30:00.000Z',
      dateLocal: '2017-03-14 09:30:00',
      modifiedGmt: '2023-11-02T15:15:22.000Z',
      slug: 'how-stem-cells-help-fix-a-broken-healing-cycle',
      parentId: 0,
      menuOrder: 0,
      password: '',
    })
    expect(post.attachmentUrl).toBeUndefined()
    expect(post.content.startsWith('Stem cells are often described as cells')).toBe(true)
    expect(post.content.endsWith('3. Caring Medical patient handout, 2015.')).toBe(true)
    expect(post.content).toContain(
      '<strong>healing cycle that has stopped working</strong>.\n\nIn this',
    )
    expect(post.content).toContain('by countering inflammatory stress.<sup>1</sup>\n\nBone marrow')
    expect(post.content).toContain('<sup><a href="#ref2">2</a></sup>')
    expect(post.content).toContain('Ross Hauser,&nbsp;MD')
    expect(post.content).toContain('<ul>\n \t<li>pain that returns')
    expect(post.content).toContain('[contact-form-7 id="5" title="Contact"]')
    expect(post.content).toContain('Platas J, Guillén MI, del Caz MDP')
    expect(post.terms).toEqual([
      { domain: 'category', slug: 'knee', name: 'Knee' },
      { domain: 'category', slug: 'prolotherapy', name: 'Prolotherapy' },
      { domain: 'post_tag', slug: 'stem-cells', name: 'Stem cells' },
    ])
    // Comment meta (akismet_result) stays out of the post's meta.
    expect(post.meta.map((entry) => entry.key)).toEqual([
      '_edit_last',
      '_thumbnail_id',
      '_yoast_wpseo_title',
      '_yoast_wpseo_metadesc',
      '_yoast_wpseo_primary_category',
    ])
    expect(metaValue(post, '_thumbnail_id')).toBe('201')
    expect(metaValue(post, '_yoast_wpseo_title')).toBe(
      'Stem cells and the broken healing cycle %%sep%% %%sitename%%',
    )
  })

  it('maps a block-editor post', () => {
    const post = byId(posts, 102)
    expect(post.content.startsWith('<!-- wp:paragraph -->\n<p>Knee pain is')).toBe(true)
    expect(post.content).toContain('<!-- wp:image {"id":202,"sizeSlug":"full"')
    expect(post.content).toContain('<!-- /wp:list-item --></ol>\n<!-- /wp:list -->')
    expect(post.excerpt).toBe(
      'Most knee pain starts in the ligaments and tendons around the joint.',
    )
    expect(post.terms.map((term) => term.slug)).toEqual(['knee', 'osteoarthritis'])
    expect(metaValue(post, '_thumbnail_id')).toBe('202')
  })

  it('gives drafts no GMT date and keeps their local date and empty slug', () => {
    const draft = byId(posts, 103)
    expect(draft.dateGmt).toBeUndefined()
    expect(draft.dateLocal).toBe('2024-02-20 16:41:07')
    expect(draft.modifiedGmt).toBe('2024-02-20T22:41:07.000Z')
    expect(draft.slug).toBe('')
    expect(draft.link).toBe('https://www.caringmedical.example/?p=103')
    expect(draft.content).toBe(
      'Draft: compare PRP and dextrose Prolotherapy for meniscus tears.\n\nTODO add the 2019 study.',
    )
    const autoDraft = byId(posts, 109)
    expect([autoDraft.dateGmt, autoDraft.modifiedGmt, autoDraft.title]).toEqual([
      undefined,
      undefined,
      'Auto Draft',
    ])
    expect(byId(posts, 104)).toMatchObject({ status: 'pending', slug: 'prp-for-tennis-elbow' })
    expect(byId(posts, 106).dateGmt).toBe('2030-01-15T14:00:00.000Z')
    expect(byId(posts, 107).password).toBe('knees2020')
  })

  it('reads pages with their parent and order, and a percent-encoded slug as WordPress stores it', () => {
    expect(byId(posts, 111)).toMatchObject({ postType: 'page', parentId: 110, menuOrder: 1 })
    const chinese = byId(posts, 113)
    expect(chinese.title).toBe('膝关节疼痛与增生疗法')
    expect(chinese.slug).toBe(
      '%e8%86%9d%e5%85%b3%e8%8a%82%e7%96%bc%e7%97%9b%e4%b8%8e%e5%a2%9e%e7%94%9f%e7%96%97%e6%b3%95',
    )
  })

  it('joins the CDATA sections WordPress splits around "]]>"', () => {
    expect(byId(posts, 110).content).toContain('//<![CDATA[\nwindow.cmForms')
    expect(byId(posts, 110).content.endsWith('//]]></script>')).toBe(true)
  })

  it('decodes entities in plain text and keeps taxonomies other than category and post_tag', () => {
    const block = byId(posts, 116)
    expect(block.link).toBe('https://www.caringmedical.example/?post_type=wp_block&p=116')
    expect(block.terms).toEqual([
      { domain: 'wp_pattern_category', slug: 'call-to-action', name: 'Call to action' },
    ])
    const menuItem = byId(posts, 115)
    expect(menuItem.terms).toEqual([{ domain: 'nav_menu', slug: 'main-menu', name: 'Main menu' }])
    expect(menuItem.content).toBe(' ')
    expect(metaValue(menuItem, '_menu_item_object_id')).toBe('110')
    expect(metaValue(menuItem, '_menu_item_classes')).toBe('a:1:{i:0;s:0:"";}')
  })

  it('reads attachments with their file address and meta', () => {
    const xray = byId(posts, 201)
    expect(xray).toMatchObject({
      parentId: 101,
      guid: 'https://www.caringmedical.example/wp-content/uploads/2017/03/knee-xray.jpg',
      attachmentUrl: 'https://www.caringmedical.example/wp-content/uploads/2017/03/knee-xray.jpg',
      excerpt: 'Knee osteoarthritis on X-ray',
    })
    expect(metaValue(xray, '_wp_attached_file')).toBe('2017/03/knee-xray.jpg')
    expect(metaValue(xray, '_wp_attachment_image_alt')).toBe('X-ray of an osteoarthritic knee')
    expect(metaValue(xray, '_wp_attachment_metadata')).toMatch(
      /^a:5:\{s:5:"width";i:600;.*s:21:"knee-xray-300x200\.jpg";/,
    )
    const anatomy = byId(posts, 202)
    expect(metaValue(anatomy, '_wp_attachment_image_alt')).toBeUndefined()
    expect(anatomy.attachmentUrl).toMatch(/2018\/05\/knee-anatomy\.png$/)
    expect(metaValue(byId(posts, 203), '_wp_attached_file')).toBe('2019/01/handout.pdf')
  })
})

describe('readWxr on older exports', () => {
  it('reads WXR 1.0: no authors, no base URLs, no term ids, no modified date, encoded titles', async () => {
    const events = await readAll({ file: 'clinic-1.0.xml' })
    expect(events.map((event) => event.kind)).toEqual(['site', 'category', 'tag', 'item', 'item'])
    expect(events[0]).toEqual({
      kind: 'site',
      site: {
        wxrVersion: '1.0',
        title: 'Caring Medical & Rehabilitation Services',
        link: 'http://www.caringmedical.example',
        baseSiteUrl: 'http://www.caringmedical.example',
        baseBlogUrl: 'http://www.caringmedical.example',
      },
    })
    expect(terms(events, 'category')).toEqual([
      {
        id: undefined,
        slug: 'prolotherapy-news',
        name: 'Prolotherapy News',
        parentSlug: undefined,
        description: '',
      },
    ])
    const [post, draft] = items(events)
    expect(post).toMatchObject({
      id: 7,
      title: 'What’s Prolotherapy? Questions & answers',
      creator: 'admin',
      dateGmt: '2009-01-14T15:00:00.000Z',
      dateLocal: '2009-01-14 09:00:00',
      modifiedGmt: undefined,
      slug: 'whats-prolotherapy',
    })
    // The domain-less duplicates are skipped, and 1.0's "tag" domain is post_tag.
    expect(post.terms).toEqual([
      { domain: 'category', slug: 'prolotherapy-news', name: 'Prolotherapy News' },
      { domain: 'post_tag', slug: 'knee', name: 'knee' },
    ])
    expect(post.meta).toEqual([{ key: '_edit_last', value: '1' }])
    expect(post.content).toContain(
      'the 1950s.<sup>1</sup>\n\n<strong>References</strong>\n1. Hackett',
    )
    expect(draft).toMatchObject({ id: 9, status: 'draft', dateGmt: undefined, slug: '' })
  })

  it('reads WXR 1.1: authors with ids, a blog URL apart from the site URL', async () => {
    const events = await readAll({ file: 'clinic-1.1.xml' })
    expect(events[0]).toMatchObject({
      site: {
        wxrVersion: '1.1',
        baseSiteUrl: 'http://www.caringmedical.example',
        baseBlogUrl: 'http://www.caringmedical.example/blog',
      },
    })
    expect(events.filter((event) => event.kind === 'author')).toHaveLength(2)
    expect(events[1]).toMatchObject({
      author: { id: 1, login: 'admin', displayName: 'Caring Medical', firstName: '' },
    })
    expect(terms(events, 'category')[1]).toEqual({
      id: 4,
      slug: 'shoulder',
      name: 'Shoulder',
      parentSlug: 'sports-injuries',
      description: 'Rotator cuff & labrum',
    })
    const [post, page] = items(events)
    expect(post).toMatchObject({ id: 41, creator: 'rhauser', modifiedGmt: undefined })
    expect(post.content).toContain('so often.\n\n<h2>Why the shoulder loosens</h2>\nEvery pitch')
    expect(page).toMatchObject({ id: 2, postType: 'page', slug: 'about' })
  })
})

describe('readWxr chunking', () => {
  const allEvents = async (name: string) => readAll(once(fixture(name)))

  it.each([1, 7, 64])('gives the same events fed %i bytes at a time', async (size) => {
    const whole = await allEvents('clinic-1.2.xml')
    const chunked = await readAll(chunksOf(fixture('clinic-1.2.xml'), size))
    expect(chunked).toEqual(whole)
    // Three-byte characters split across chunks come out whole.
    expect(byId(items(chunked), 113).title).toBe('膝关节疼痛与增生疗法')
  })

  it('accepts strings as well as Buffers, and a byte order mark', async () => {
    const text = fixture('clinic-1.1.xml').toString('utf8')
    const whole = await allEvents('clinic-1.1.xml')
    expect(await readAll(chunksOf(`\uFEFF${text}`, 5))).toEqual(whole)
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('clinic-1.1.xml')])
    expect(await readAll(chunksOf(bom, 2))).toEqual(whole)
  })

  it('splits a huge string chunk without breaking a character in two', async () => {
    const [head, tail] = wxr('<item><content:encoded><![CDATA[@]]></content:encoded></item>').split(
      '@',
    )
    // Puts the emoji's first UTF-16 unit last in the reader's first 64 KiB piece.
    const content = `${'x'.repeat(64 * 1024 - 1 - head.length)}🦴 end`
    const xml = head + content + tail
    expect(xml.charCodeAt(64 * 1024 - 1)).toBe('🦴'.charCodeAt(0))
    const [item] = items(await readAll(once(xml)))
    expect(item.content).toBe(content)
  })

  it('treats <x/> as an empty element, not an unclosed one', async () => {
    const xml = wxr(
      '<item><title>Hi</title><description/><wp:post_id>5</wp:post_id><wp:post_password/></item>',
    )
    const [item] = items(await readAll(chunksOf(xml, 3)))
    expect(item).toMatchObject({ id: 5, title: 'Hi', password: '' })
  })
})

/** A minimal export around `body`, for the cases no fixture covers. */
const wxr = (body: string, version = '1.2') =>
  `<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/${version}/">` +
  `<channel><title>T</title><link>https://x.example/</link><wp:wxr_version>${version}</wp:wxr_version>` +
  `${body}</channel></rss>\n`

describe('readWxr refuses what is not a readable WordPress export', () => {
  const NOT_XML =
    'This file is not an XML file, so it is not a WordPress export. In WordPress, use Tools → ' +
    'Export → All content and import the .xml file it downloads.'

  it.each([
    ['a text file', fixture('not-xml.txt')],
    ['a PDF', fixture('uploads/2019/01/handout.pdf')],
    ['a JPEG', fixture('uploads/2017/03/knee-xray.jpg')],
    ['a JSON file', Buffer.from('{"posts": []}')],
    ['an empty file', Buffer.alloc(0)],
    ['a file of blank lines', Buffer.from('\n\n  \n')],
    ['angle brackets without elements', Buffer.from('<<<>>>')],
  ])('%s is not XML', async (_, data) => {
    const { events, message } = await refusal(once(data))
    expect(message).toBe(NOT_XML)
    expect(events).toEqual([])
  })

  it('an HTML page is not an export', async () => {
    const { events, message } = await refusal({ file: 'page.html' })
    expect(message).toMatch(/^This file is a web page \(HTML\), not a WordPress export\. /)
    expect(message).toMatch(/Tools → Export → All content/)
    expect(events).toEqual([])
    const xhtml = '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'
    expect((await refusal(once(xhtml))).message).toMatch(/web page \(HTML\)/)
  })

  it('an RSS feed is not an export, and says why', async () => {
    const { events, message } = await refusal({ file: 'rss-feed.xml' })
    expect(message).toMatch(
      /^This is an RSS feed but not a WordPress export \(it has no wp:wxr_version\)/,
    )
    expect(message).toMatch(/Tools → Export → All content/)
    expect(events).toEqual([])
    const empty = '<rss version="2.0"><channel><title>Blog</title></channel></rss>'
    expect((await refusal(once(empty))).message).toMatch(/RSS feed but not a WordPress export/)
  })

  it('another XML file is not an export', async () => {
    const atom =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>'
    const { message } = await refusal(once(atom))
    expect(message).toMatch(
      /^This is an XML file but not a WordPress export \(it holds <feed>, not <rss>\)/,
    )
  })

  it('an unknown version is named, before any author or item is sent', async () => {
    const { events, message } = await refusal({ file: 'unknown-version.xml' })
    expect(message).toBe(
      'This WordPress export is in format version 2.0 (wp:wxr_version), which this import cannot ' +
        'read: it reads versions 1.0, 1.1 and 1.2. Export it again in WordPress with Tools → ' +
        'Export → All content.',
    )
    expect(events).toEqual([])
  })

  it('a truncated export says it ends early, after sending only complete records', async () => {
    const { events, message } = await refusal({ file: 'truncated.xml' })
    expect(message).toMatch(
      /^This WordPress export ends early \(it stops in the middle of an item; /,
    )
    expect(message).toMatch(/the last complete item is 101 “How stem cells/)
    expect(message).toMatch(/probably incomplete.*Export it again/)
    expect(items(events).map((item) => item.id)).toEqual([101])
    // The same in tiny chunks, and cut between two items or inside a tag.
    expect((await refusal(chunksOf(fixture('truncated.xml'), 7))).message).toBe(message)
    const whole = fixture('clinic-1.2.xml').toString('utf8')
    const betweenItems = whole.slice(0, whole.indexOf('</item>') + '</item>'.length)
    expect((await refusal(once(betweenItems))).message).toMatch(/ends early \(it stops before </)
    const insideTag = whole.slice(0, whole.indexOf('<wp:post_id>102') + 5)
    expect((await refusal(once(insideTag))).message).toMatch(/ends early/)
    // Cut before its version, the wp namespace still tells an export from a feed.
    const header = await refusal(once(whole.slice(0, whole.indexOf('<title>') + 10)))
    expect(header.message).toMatch(
      /^This WordPress export ends early \(it stops before <\/title>\)/,
    )
    expect(header.events).toEqual([])
    const feed = fixture('rss-feed.xml').toString('utf8')
    const cutFeed = await refusal(once(feed.slice(0, feed.indexOf('<item>') + 20)))
    expect(cutFeed.message).toMatch(/RSS feed but not a WordPress export/)
  })

  it('an element closed in the wrong place is reported as damage', async () => {
    const xml = wxr(
      '<item><title>A</title><wp:post_id>7</wp:post_id><wp:postmeta><wp:meta_key>k</wp:meta_key></item>',
    )
    const { events, message } = await refusal(once(xml))
    expect(message).toMatch(
      /^This WordPress export is damaged: the element <wp:postmeta> is not closed properly \(in item 7 “A”\)\./,
    )
    expect(items(events)).toEqual([])
  })

  it('a missing file is one line, not a Node error', async () => {
    const { message } = await refusal({ file: '/nonexistent/export.xml' })
    expect(message).toBe('Cannot read the file /nonexistent/export.xml: there is no such file.')
  })
})

describe('readWxr streams a large export', () => {
  let dir: string
  let file: string

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'wxr-'))
    file = path.join(dir, 'large.xml')
    await writeExport(createWriteStream(file), { posts: 2000, withReferences: true })
  })

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** The file in 16 KB chunks, counting how many the reader has asked for. */
  const counted = () => {
    const state = { pulled: 0, done: false }
    async function* source() {
      for await (const chunk of createReadStream(file, { highWaterMark: 16 * 1024 })) {
        state.pulled += 1
        yield chunk as Buffer
      }
      state.done = true
    }
    return { state, source: source() }
  }

  it('yields its 2,000 posts as it reads, a few per chunk, never reading ahead', async () => {
    const { state, source } = counted()
    const perChunk = new Map<number, number>()
    let posts = 0
    let drafts = 0
    let beforeEnd = 0
    for await (const event of readWxr(source)) {
      if (event.kind !== 'item') continue
      posts += 1
      if (event.item.status === 'draft') drafts += 1
      if (!state.done) beforeEnd += 1
      perChunk.set(state.pulled, (perChunk.get(state.pulled) ?? 0) + 1)
    }
    expect(posts).toBe(2000)
    expect(drafts).toBe(80)
    // A 16 KB chunk holds at most a few posts of ~6 KB: nothing piles up.
    expect(Math.max(...perChunk.values())).toBeLessThanOrEqual(4)
    expect(perChunk.size).toBeGreaterThan(500)
    expect(beforeEnd).toBeGreaterThanOrEqual(1999)
  })

  it('reads the same posts from the whole file given as one string', async () => {
    const { events } = await read(once(readFileSync(file, 'utf8')))
    expect(items(events).map((item) => item.id)).toEqual(
      Array.from({ length: 2000 }, (_, index) => 1000 + index),
    )
  })

  it('stops reading the file when the consumer stops', async () => {
    const { state, source } = counted()
    let seen = 0
    for await (const event of readWxr(source)) {
      if (event.kind === 'item' && ++seen === 10) break
    }
    expect(state.pulled).toBeLessThanOrEqual(8)
  })

  it('generates realistic posts: classic content with markers and recurring references', async () => {
    const sample: WxrItem[] = []
    for await (const event of readWxrFile(file)) {
      if (event.kind === 'item') sample.push(event.item)
      if (sample.length === 200) break
    }
    const sizes = sample.map((item) => item.content.length)
    expect(Math.min(...sizes)).toBeGreaterThan(3000)
    expect(Math.max(...sizes)).toBeLessThan(10000)
    expect(sample[0].content).not.toMatch(/<p>/)
    expect(sample[0].content).toMatch(/\n\n/)
    const pmids = sample.flatMap((item) =>
      [...item.content.matchAll(/pubmed\/(\d+)/g)].map((m) => m[1]),
    )
    expect(new Set(pmids).size).toBeLessThanOrEqual(50)
    expect(pmids.length).toBeGreaterThan(2 * new Set(pmids).size)
    const cited = sample.find((item) => item.content.includes('<strong>References</strong>'))
    expect(cited?.content).toMatch(/<sup>1<\/sup>/)
    expect(cited?.dateGmt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/)
  })
})

describe('isoFromWordPress', () => {
  it.each([
    ['2016-08-03 14:05:00', '2016-08-03T14:05:00.000Z'],
    [' 2016-08-03 14:05:00 ', '2016-08-03T14:05:00.000Z'],
    ['0000-00-00 00:00:00', undefined],
    ['2016-02-30 10:00:00', undefined],
    ['', undefined],
    ['yesterday', undefined],
  ])('%j → %j', (value, iso) => {
    expect(isoFromWordPress(value)).toBe(iso)
  })
})

describe('metaValue', () => {
  it('gives the first value stored under a key', () => {
    const meta = [
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
      { key: 'a', value: '3' },
    ]
    expect(metaValue({ meta }, 'a')).toBe('1')
    expect(metaValue({ meta }, 'c')).toBeUndefined()
  })
})
