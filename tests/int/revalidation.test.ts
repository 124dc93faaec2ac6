import { revalidationListeners } from '@/cache/revalidate'
import { tags } from '@/cache/tags'

import {
  articleData,
  type Basics,
  createBasics,
  officeData,
  reviewData,
  unique,
} from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'
import { scheduleDue } from './helpers/schedule'

/**
 * Issue 8: every save expires exactly the cache tags of what it changes, so a publish shows on
 * the next request with no rebuild. Here the hooks run outside Next (as in seeding and
 * `payload run`), where revalidation must never throw; the tags they expire are recorded.
 */

let ctx: TestContext
let basics: Basics
let expired: string[][] = []
const record = (list: string[]) => expired.push(list)

beforeAll(async () => {
  ctx = await startPayload()
  basics = await createBasics(ctx.payload)
  revalidationListeners.add(record)
})

afterAll(async () => {
  revalidationListeners.delete(record)
  await ctx?.stop()
})

/** The tags expired while `edit` runs, all together. */
const tagsDuring = async (edit: () => Promise<unknown>): Promise<Set<string>> => {
  expired = []
  await edit()
  return new Set(expired.flat())
}

const createTopic = async () =>
  ctx.payload.create({ collection: 'topics', data: { name: unique('Topic') } as never })

describe('articles', () => {
  it('publishing expires the article, its topics, its physician, home, lists, sitemap, feeds and search', async () => {
    const topic = await createTopic()
    let slug = ''
    const seen = await tagsDuring(async () => {
      const article = await ctx.payload.create({
        collection: 'articles',
        data: articleData(basics, { topics: [topic.id] }) as never,
      })
      slug = article.slug as string
    })
    expect([...seen]).toEqual(
      expect.arrayContaining([
        tags.doc('articles', slug),
        tags.articlesOfTopic(topic.id),
        tags.articlesOfAuthor(basics.physicianId),
        tags.latestArticles,
        tags.articleList,
        tags.sitemap,
        tags.feeds,
        tags.search,
        tags.links,
      ]),
    )
    // Nothing about reviews, offices or other documents.
    expect(seen.has(tags.reviews)).toBe(false)
    expect(seen.has(tags.list('offices'))).toBe(false)
    expect([...seen].filter((tag) => tag.startsWith('articles:') && tag.endsWith(slug))).toEqual([
      tags.doc('articles', slug),
    ])
  })

  it('a slug, topic or author change expires the old ones too', async () => {
    const [oldTopic, newTopic] = [await createTopic(), await createTopic()]
    const otherAuthor = await ctx.payload.create({
      collection: 'physicians',
      data: { name: unique('Doctor') } as never,
    })
    const article = await ctx.payload.create({
      collection: 'articles',
      data: articleData(basics, { topics: [oldTopic.id] }) as never,
    })
    const seen = await tagsDuring(() =>
      ctx.payload.update({
        collection: 'articles',
        id: article.id,
        data: { slug: `${article.slug}-moved`, topics: [newTopic.id], author: otherAuthor.id },
      }),
    )
    expect([...seen]).toEqual(
      expect.arrayContaining([
        tags.doc('articles', article.slug as string),
        tags.doc('articles', `${article.slug}-moved`),
        tags.articlesOfTopic(oldTopic.id),
        tags.articlesOfTopic(newTopic.id),
        tags.articlesOfAuthor(basics.physicianId),
        tags.articlesOfAuthor(otherAuthor.id),
      ]),
    )
  })

  it('a draft that was never published expires nothing; publishing it does', async () => {
    let id: number | string = 0
    expect(
      await tagsDuring(async () => {
        const draft = await ctx.payload.create({
          collection: 'articles',
          data: articleData(basics, { _status: 'draft' }) as never,
          draft: true,
        })
        id = draft.id
      }),
    ).toEqual(new Set())
    const published = await tagsDuring(() =>
      ctx.payload.update({ collection: 'articles', id, data: { _status: 'published' } }),
    )
    expect(published.has(tags.latestArticles)).toBe(true)
  })

  it('a draft saved over a published article expires nothing; unpublishing does', async () => {
    const article = await ctx.payload.create({
      collection: 'articles',
      data: articleData(basics) as never,
    })
    const draftSave = await tagsDuring(() =>
      ctx.payload.update({
        collection: 'articles',
        id: article.id,
        data: { title: 'Work in progress', _status: 'draft' },
        draft: true,
      }),
    )
    expect(draftSave).toEqual(new Set())
    const unpublish = await tagsDuring(() =>
      ctx.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } }),
    )
    expect([...unpublish]).toEqual(
      expect.arrayContaining([tags.doc('articles', article.slug as string), tags.latestArticles]),
    )
  })

  it('a scheduled publish (the job runner, outside any request) expires them too', async () => {
    const draft = await ctx.payload.create({
      collection: 'articles',
      data: articleData(basics, { _status: 'draft' }) as never,
      draft: true,
    })
    await scheduleDue(ctx.payload, {
      type: 'publish',
      doc: { relationTo: 'articles', value: String(draft.id) },
    })
    const seen = await tagsDuring(() => ctx.payload.jobs.run())
    expect([...seen]).toEqual(
      expect.arrayContaining([tags.doc('articles', draft.slug as string), tags.latestArticles]),
    )
  })

  it('deleting a published article expires its page and lists', async () => {
    const article = await ctx.payload.create({
      collection: 'articles',
      data: articleData(basics) as never,
    })
    const seen = await tagsDuring(() =>
      ctx.payload.delete({ collection: 'articles', id: article.id }),
    )
    expect([...seen]).toEqual(
      expect.arrayContaining([tags.doc('articles', article.slug as string), tags.articleList]),
    )
  })
})

describe('other content', () => {
  it('an office change expires the office list (footer, contact details) and its page', async () => {
    const office = await ctx.payload.create({ collection: 'offices', data: officeData() as never })
    const seen = await tagsDuring(() =>
      ctx.payload.update({
        collection: 'offices',
        id: office.id,
        data: { phone: '(708) 555-0100' },
      }),
    )
    expect([...seen]).toEqual(
      expect.arrayContaining([
        tags.list('offices'),
        tags.doc('offices', office.slug as string),
        tags.physiciansAt(office.id),
        tags.sitemap,
      ]),
    )
    expect(seen.has(tags.latestArticles)).toBe(false)
  })

  it('a physician change expires their page, their offices and the articles that name them', async () => {
    const office = await ctx.payload.create({ collection: 'offices', data: officeData() as never })
    const physician = await ctx.payload.create({
      collection: 'physicians',
      data: { name: unique('Doctor'), offices: [office.id] } as never,
    })
    const seen = await tagsDuring(() =>
      ctx.payload.update({
        collection: 'physicians',
        id: physician.id,
        data: { jobTitle: 'Surgeon' },
      }),
    )
    expect([...seen]).toEqual(
      expect.arrayContaining([
        tags.doc('physicians', physician.slug as string),
        tags.physiciansAt(office.id),
        tags.related,
        tags.search,
      ]),
    )
  })

  it('a topic change expires its page, the topic lists and what shows topic names', async () => {
    const topic = await createTopic()
    const seen = await tagsDuring(() =>
      ctx.payload.update({ collection: 'topics', id: topic.id, data: { name: unique('Renamed') } }),
    )
    expect([...seen]).toEqual(
      expect.arrayContaining([tags.doc('topics', topic.slug as string), tags.list('topics')]),
    )
  })

  it('a pending review changes nothing public; approving it expires the widgets', async () => {
    const review = await ctx.payload.create({ collection: 'reviews', data: reviewData() as never })
    expect(
      await tagsDuring(() =>
        ctx.payload.update({ collection: 'reviews', id: review.id, data: { body: 'Edited.' } }),
      ),
    ).toEqual(new Set())
    const approved = await tagsDuring(() =>
      ctx.payload.update({ collection: 'reviews', id: review.id, data: { status: 'approved' } }),
    )
    expect([...approved]).toEqual([tags.reviews, tags.sitemap])
    const rejected = await tagsDuring(() =>
      ctx.payload.update({ collection: 'reviews', id: review.id, data: { status: 'rejected' } }),
    )
    expect(rejected.has(tags.reviews)).toBe(true)
  })

  it('each global expires its own tag only', async () => {
    for (const slug of [
      'site-settings',
      'header',
      'footer',
      'home-page',
      'calls-to-action',
    ] as const) {
      const seen = await tagsDuring(() => ctx.payload.updateGlobal({ slug, data: {} as never }))
      expect([...seen]).toEqual([tags.global(slug)])
    }
  })

  it('a redirect change expires the redirect look-ups', async () => {
    const seen = await tagsDuring(() =>
      ctx.payload.create({
        collection: 'redirects',
        data: {
          from: `/old/${unique('x').replace(' ', '-')}`,
          to: { type: 'custom', url: '/offices' },
        } as never,
      }),
    )
    expect([...seen]).toEqual([tags.redirects])
  })
})
