import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Article, Citation, Media, Page, Physician, Redirect, Topic } from '@/payload-types'
import { importWordPress, type WordPressReport } from '@/wordpress/import'

import { count, type ID, richText } from './helpers/fixtures'
import { rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'
import { importedFrom, WORDPRESS_FIXTURES, wordpressFixture } from './helpers/wordpress'

/**
 * Issue 19: `npm run import:wordpress` — a WordPress export (tests/fixtures/wordpress, written
 * in WordPress's own format) becomes physicians, topics, articles, pages, media, citations and
 * redirects through the Local API, whole post by whole post, safe to run again.
 */

let ctx: TestContext
let uploads: string
let report: WordPressReport

const run = (file: string, options: { uploads?: string; dryRun?: boolean; tags?: boolean } = {}) =>
  importWordPress(ctx.payload, { file: wordpressFixture(file), uploads: uploads, ...options })

const one = async <T>(collection: string, where: Record<string, unknown>): Promise<T> => {
  const { docs } = await ctx.payload.find({
    collection: collection as 'articles',
    where: where as never,
    draft: true,
    depth: 0,
    limit: 2,
  })
  expect(docs).toHaveLength(1)
  return docs[0] as T
}

const byWordPressId = async <T>(
  collection: Parameters<typeof importedFrom>[1],
  id: number | string,
): Promise<T> => {
  const docs = await importedFrom<T>(ctx.payload, collection, id)
  expect(docs).toHaveLength(1)
  return docs[0]
}

type Lexical = { type: string; children?: Lexical[]; [key: string]: unknown }
const nodes = (root: Lexical): Lexical[] => [
  root,
  ...(root.children ?? []).flatMap((child) => nodes(child)),
]
const contentNodes = (doc: { content: unknown }) => nodes((doc.content as { root: Lexical }).root)
const contentText = (doc: { content: unknown }) =>
  contentNodes(doc)
    .filter((node) => node.type === 'text')
    .map((node) => node.text)
    .join(' ')

const snapshotCounts = async () =>
  Object.fromEntries(
    await Promise.all(
      ['physicians', 'topics', 'articles', 'pages', 'media', 'citations', 'redirects'].map(
        async (collection) => [collection, await count(ctx.payload, collection)] as const,
      ),
    ),
  )

const attention = (problem: string) => report.attention.filter((item) => item.problem === problem)

beforeAll(async () => {
  ctx = await startPayload()
  // A physician the clinic already has: the author of the same name is reused, not doubled.
  await ctx.payload.create({
    collection: 'physicians',
    data: { name: 'Ross Hauser', credentials: 'MD' } as never,
  })
  uploads = await mkdtemp(path.join(os.tmpdir(), 'wp-uploads-'))
  await cp(path.join(WORDPRESS_FIXTURES, 'uploads'), uploads, { recursive: true })
})

afterAll(async () => {
  await ctx?.stop()
  await rm(uploads, { recursive: true, force: true })
})

describe('a dry run', () => {
  it('writes nothing and reports what an import would do', async () => {
    const before = await snapshotCounts()
    const dry = await run('clinic-1.2.xml', { dryRun: true })
    expect(dry.refused).toBeUndefined()
    expect(await snapshotCounts()).toEqual(before)
    expect(dry.dryRun).toBe(true)
    expect(dry.counts.articles.created).toBe(7)
    expect(dry.counts.pages.created).toBe(4)
    // Platas et al. is cited by two posts: one citation.
    expect(dry.counts.citations.created).toBe(3)
    expect(dry.counts.physicians).toMatchObject({ created: 1, reused: 1 })
  })
})

describe('importing the clinic export (WXR 1.2)', () => {
  beforeAll(async () => {
    report = await run('clinic-1.2.xml')
  })

  it('reports the counts and nothing failed', () => {
    expect(report.refused).toBeUndefined()
    expect(report.site).toMatchObject({ wxrVersion: '1.2' })
    expect(report.counts.articles).toEqual({ created: 7, reused: 0, skipped: 0, failed: 0 })
    expect(report.counts.pages).toEqual({ created: 4, reused: 0, skipped: 0, failed: 0 })
    expect(report.counts.citations.created).toBe(3)
    expect(report.counts.citations.reused).toBe(1)
  })

  it('reuses a physician of the same name and creates the other author', async () => {
    const ross = await one<Physician>('physicians', { name: { equals: 'Ross Hauser' } })
    expect(ross.wordpressId ?? null).toBeNull()
    const danielle = await byWordPressId<Physician>('physicians', 'author:dsteilen')
    expect(danielle.name).toBe('Danielle Steilen-Matias')
    expect(danielle.credentials).toBe('MMS, PA-C')
  })

  it('makes topics from categories with their hierarchy, and from tags', async () => {
    const conditions = await byWordPressId<Topic>('topics', 'category:conditions')
    const knee = await byWordPressId<Topic>('topics', 'category:knee')
    expect(knee.name).toBe('Knee')
    expect(knee.parent).toBe(conditions.id)
    const tag = await byWordPressId<Topic>('topics', 'tag:stem-cells')
    expect(tag.name).toBe('Stem cells')
  })

  it('imports a classic-editor post whole: text, author, topics, dates, image, SEO', async () => {
    const article = await byWordPressId<Article>('articles', 101)
    const ross = await one<Physician>('physicians', { name: { equals: 'Ross Hauser' } })
    expect(article).toMatchObject({
      title: 'How stem cells help fix a broken "healing cycle"',
      slug: 'how-stem-cells-help-fix-a-broken-healing-cycle',
      _status: 'published',
      author: ross.id,
      publishedAt: '2017-03-14T14:30:00.000Z',
      createdAt: '2017-03-14T14:30:00.000Z',
      updatedAt: '2023-11-02T15:15:22.000Z',
    })
    const topics = await Promise.all(
      ['category:knee', 'category:prolotherapy', 'tag:stem-cells'].map(
        async (key) => (await byWordPressId<Topic>('topics', key)).id,
      ),
    )
    expect(article.topics).toEqual(topics)
    expect(article.meta?.title).toBe('Stem cells and the broken healing cycle')
    expect(article.meta?.description).toMatch(/^Why an arthritic knee stops healing/)

    const hero = await ctx.payload.findByID({ collection: 'media', id: article.heroImage as ID })
    expect((hero as Media).alt).toBe('X-ray of an osteoarthritic knee')
    expect((hero as Media).wordpressId).toBe('201')

    // Paragraphs from blank lines (wpautop), the heading, list, quote, bold and italic.
    const types = contentNodes(article).map((node) => node.type)
    expect(types.filter((type) => type === 'paragraph').length).toBeGreaterThanOrEqual(5)
    expect(contentNodes(article).find((node) => node.type === 'heading')).toMatchObject({
      tag: 'h2',
    })
    expect(types).toEqual(expect.arrayContaining(['list', 'listitem', 'quote', 'upload', 'link']))
    const text = contentText(article)
    expect(text).toContain('healing cycle that has stopped working')
    // Shortcodes are never left as text.
    expect(text).not.toMatch(/\[\/?(caption|contact-form-7)/)
    expect(attention('unknown-shortcode')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          wordpressId: 101,
          detail: expect.stringContaining('contact-form-7'),
        }),
      ]),
    )
    // The link to another imported post points at its new address.
    const link = contentNodes(article).find((node) => node.type === 'link') as Lexical
    expect((link.fields as { url: string }).url).toBe('/articles/knee-pain-basics')
  })

  it('turns the reference list into citations and markers into cite blocks, in order', async () => {
    const article = await byWordPressId<Article>('articles', 101)
    const cites = contentNodes(article).filter((node) => node.type === 'inlineBlock')
    expect(cites).toHaveLength(2)
    const [platas, hauser] = (await Promise.all(
      cites.map((node) =>
        ctx.payload.findByID({
          collection: 'citations',
          id: (node.fields as { citation: ID }).citation,
        }),
      ),
    )) as Citation[]
    expect(platas).toMatchObject({
      pmid: '27490266',
      year: 2016,
      volume: '8',
      issue: '8',
      pages: '1703-1717',
    })
    expect(platas.authors?.[0]).toMatchObject({ family: 'Platas', given: 'J' })
    expect(hauser).toMatchObject({ doi: '10.4137/CMAMD.S10951', year: 2013 })
    expect(article.references).toEqual([platas.id, hauser.id])
    // The list itself is gone; the reference that is not a paper stays as text, and is reported.
    const text = contentText(article)
    expect(text).not.toContain('Platas J, Guillén MI')
    expect(text).toContain('Caring Medical patient handout, 2015.')
    expect(attention('unparsed-reference')).toEqual([
      expect.objectContaining({
        wordpressId: 101,
        detail: expect.stringContaining('patient handout'),
      }),
    ])
  })

  it('resolves the same paper cited by two posts to one citation', async () => {
    const first = await byWordPressId<Article>('articles', 101)
    const second = await byWordPressId<Article>('articles', 102)
    expect(second.references).toHaveLength(2)
    expect(second.references?.[1]).toBe(first.references?.[0])
    const platas = await ctx.payload.findByID({
      collection: 'citations',
      id: first.references![0] as ID,
    })
    // The second post's links add what the first one lacked; nothing is invented.
    expect(await count(ctx.payload, 'citations')).toBe(3)
    expect((platas as Citation).pmid).toBe('27490266')
  })

  it('imports a block-editor post: blocks dropped, their HTML kept, an image without alt reported', async () => {
    const article = await byWordPressId<Article>('articles', 102)
    const text = contentText(article)
    expect(text).toContain('Where does knee pain come from?')
    expect(text).not.toContain('wp:paragraph')
    expect(article.excerpt).toBe(
      'Most knee pain starts in the ligaments and tendons around the joint.',
    )
    const image = await byWordPressId<Media>('media', 202)
    expect(image.alt).toBeTruthy()
    expect(attention('missing-alt')).toEqual(
      expect.arrayContaining([expect.objectContaining({ wordpressId: 202 })]),
    )
  })

  it('maps statuses: drafts, pending and private as drafts, future scheduled, protected reported', async () => {
    for (const id of [103, 104, 105]) {
      const draft = await byWordPressId<Article>('articles', id)
      expect(draft._status).toBe('draft')
    }
    const untitledSlug = await byWordPressId<Article>('articles', 103)
    expect(untitledSlug.slug).toBe('prp-or-prolotherapy-for-a-torn-meniscus')

    const future = await byWordPressId<Article>('articles', 106)
    expect(future._status).toBe('draft')
    expect(future.publishStatus).toBe('scheduled')
    const { docs: jobs } = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0].waitUntil as string).getUTCFullYear()).toBe(2030)

    const locked = await byWordPressId<Article>('articles', 107)
    expect(locked._status).toBe('draft')
    expect(attention('password-protected')).toEqual([expect.objectContaining({ wordpressId: 107 })])

    // Trash, auto-drafts, revisions, menu items and reusable blocks are not content.
    for (const id of [108, 109, 114, 115, 116]) {
      const { totalDocs } = await ctx.payload.find({
        collection: 'articles',
        where: { wordpressId: { equals: String(id) } },
        draft: true,
      })
      expect(totalDocs).toBe(0)
    }
  })

  it('imports pages, the draft as a draft', async () => {
    const forms = await byWordPressId<Page>('pages', 110)
    expect(forms).toMatchObject({
      title: 'New patient forms',
      slug: 'new-patient-forms',
      _status: 'published',
    })
    const child = await byWordPressId<Page>('pages', 111)
    expect(child.slug).toBe('intake-questionnaire')
    expect((await byWordPressId<Page>('pages', 112))._status).toBe('draft')
  })

  it('redirects every old address to the new one', async () => {
    const article = await byWordPressId<Article>('articles', 101)
    const page = await byWordPressId<Page>('pages', 111)
    const target = async (from: string) => {
      const redirect = await one<Redirect>('redirects', { from: { equals: from } })
      return redirect.to
    }
    const toArticle = {
      type: 'reference',
      reference: { relationTo: 'articles', value: article.id },
    }
    expect(
      await target('/prolotherapy-news/how-stem-cells-help-fix-a-broken-healing-cycle'),
    ).toMatchObject(toArticle)
    expect(await target('/?p=101')).toMatchObject(toArticle)
    // The attachment page of the post's image.
    expect(
      await target('/prolotherapy-news/how-stem-cells-help-fix-a-broken-healing-cycle/knee-xray'),
    ).toMatchObject(toArticle)
    expect(await target('/?attachment_id=201')).toMatchObject(toArticle)
    expect(await target('/new-patient-forms/intake-questionnaire')).toMatchObject({
      reference: { relationTo: 'pages', value: page.id },
    })
    expect(await target('/?page_id=111')).toMatchObject({
      reference: { relationTo: 'pages', value: page.id },
    })
  })

  it('shows the published article to visitors with its numbered references', async () => {
    const response = await rest(
      ctx.config,
      'GET',
      'articles?where[slug][equals]=how-stem-cells-help-fix-a-broken-healing-cycle&depth=1',
    )
    expect(response.status).toBe(200)
    const [article] = response.body.docs
    expect(article.references.map((ref: Citation) => ref.pmid ?? ref.doi)).toEqual([
      '27490266',
      '10.4137/CMAMD.S10951',
    ])
    expect(article.wordpressId).toBeUndefined()
    // Drafts stay out of public reach.
    const drafts = await rest(
      ctx.config,
      'GET',
      'articles?where[slug][equals]=prp-for-tennis-elbow',
    )
    expect(drafts.body.docs).toHaveLength(0)
  })

  it('a second run of the same file creates and changes nothing, even after staff edits', async () => {
    const article = await byWordPressId<Article>('articles', 101)
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Edited by staff after the import' } as never,
    })
    const before = await snapshotCounts()
    const again = await run('clinic-1.2.xml')
    expect(await snapshotCounts()).toEqual(before)
    expect(again.counts.articles).toEqual({ created: 0, reused: 7, skipped: 0, failed: 0 })
    expect(again.counts.pages.reused).toBe(4)
    expect((await byWordPressId<Article>('articles', 101)).title).toBe(
      'Edited by staff after the import',
    )
  })

  it('a later export of the same site adds only what is new', async () => {
    const later = path.join(uploads, 'later-export.xml')
    const post = `<item>
		<title><![CDATA[Ankle sprains that never heal]]></title>
		<link>https://www.caringmedical.example/prolotherapy-news/ankle-sprains/</link>
		<dc:creator><![CDATA[rhauser]]></dc:creator>
		<guid isPermaLink="false">https://www.caringmedical.example/?p=130</guid>
		<content:encoded><![CDATA[A sprain that still hurts after a year is a ligament that did not heal.

It can be helped.]]></content:encoded>
		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
		<wp:post_id>130</wp:post_id>
		<wp:post_date><![CDATA[2025-02-03 09:00:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[2025-02-03 15:00:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[ankle-sprains]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<wp:post_password><![CDATA[]]></wp:post_password>
		<category domain="category" nicename="knee"><![CDATA[Knee]]></category>
	</item>
`
    const original = await readFile(wordpressFixture('clinic-1.2.xml'), 'utf8')
    await writeFile(later, original.replace('</channel>', `${post}</channel>`))
    const result = await importWordPress(ctx.payload, { file: later, uploads })
    expect(result.counts.articles).toEqual({ created: 1, reused: 7, skipped: 0, failed: 0 })
    expect(result.counts.physicians.created).toBe(0)
    const ankle = await byWordPressId<Article>('articles', 130)
    expect(ankle).toMatchObject({ slug: 'ankle-sprains', _status: 'published' })
    expect((await byWordPressId<Article>('articles', 101)).title).toBe(
      'Edited by staff after the import',
    )
  })
})

describe('a post whose address is already taken', () => {
  it('is refused with the reason, the rest of the file is imported', async () => {
    const physician = await ctx.payload.create({
      collection: 'physicians',
      data: { name: 'Someone Else' } as never,
    })
    const ours = await ctx.payload.create({
      collection: 'articles',
      data: {
        title: 'Our own shoulder article',
        slug: 'shoulder-pain-in-pitchers',
        author: physician.id,
        content: richText('Written here, not in WordPress.'),
      } as never,
    })
    const result = await run('clinic-1.1.xml')
    expect(result.counts.articles.failed).toBe(1)
    expect(result.attention).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          problem: 'slug-clash',
          wordpressId: 41,
          detail: expect.stringContaining('/articles/shoulder-pain-in-pitchers is already used'),
        }),
      ]),
    )
    const { totalDocs } = await ctx.payload.find({
      collection: 'articles',
      where: { wordpressId: { equals: '41' } },
      draft: true,
    })
    expect(totalDocs).toBe(0)
    expect((await ctx.payload.findByID({ collection: 'articles', id: ours.id })).title).toBe(
      'Our own shoulder article',
    )
    // Renamed, the post comes in on the next run.
    await ctx.payload.update({
      collection: 'articles',
      id: ours.id,
      data: { slug: 'our-shoulder-article' } as never,
    })
  })
})

describe('older export versions', () => {
  it.each(['clinic-1.0.xml', 'clinic-1.1.xml'])('imports %s', async (file) => {
    const result = await run(file)
    expect(result.refused).toBeUndefined()
    expect(result.counts.articles.failed).toBe(0)
    expect(result.counts.articles.created + result.counts.articles.reused).toBeGreaterThan(0)
  })
})

describe('bad input', () => {
  it.each([
    ['not-xml.txt', /not an XML file/i],
    ['page.html', /not a WordPress export/i],
    ['rss-feed.xml', /not a WordPress export/i],
    ['unknown-version.xml', /2\.0/],
    ['truncated.xml', /ends early|incomplete/i],
  ])('%s is refused in one line and nothing is written', async (file, reason) => {
    const before = await snapshotCounts()
    const result = await run(file)
    expect(result.refused).toMatch(reason)
    expect(result.refused).not.toContain('\n')
    expect(await snapshotCounts()).toEqual(before)
  })

  it('a missing file and a missing uploads folder are refused', async () => {
    expect((await run('no-such-export.xml')).refused).toMatch(/no such file/)
    expect((await run('clinic-1.2.xml', { uploads: path.join(uploads, 'nope') })).refused).toMatch(
      /uploads folder .* does not exist/,
    )
  })
})
