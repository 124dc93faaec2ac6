import type { Payload } from 'payload'

import { document, paragraph } from './lexical'
import { healingCycleArticle } from './article'
import {
  ARTICLE_SLUG,
  offices,
  physician,
  platasCitation,
  reviews,
  siteSettings,
  topics,
} from './content'
import { contactForm } from './contactForm'
import { renderHeroImage } from './heroImage'
import { navigation } from './navigation'
import { callsToAction, homePage } from './callsToAction'
import { newPatientsContent } from './pages'

export type SeedReport = { created: string[]; kept: string[] }

type Slugged = 'topics' | 'offices' | 'physicians' | 'articles' | 'pages'

/**
 * Creates the demo clinic. Idempotent: anything that already exists (matched by slug, DOI,
 * title or reviewer and date) is left exactly as it is, and nothing is ever deleted.
 */
export const seed = async (payload: Payload): Promise<SeedReport> => {
  const report: SeedReport = { created: [], kept: [] }
  const local = { overrideAccess: true, depth: 0 } as const

  const findOne = async (
    collection: Parameters<Payload['find']>[0]['collection'],
    where: object,
  ) => {
    const { docs } = await payload.find({
      collection,
      where: where as never,
      limit: 1,
      pagination: false,
      draft: true,
      ...local,
    })
    return docs[0] as { id: number | string } | undefined
  }

  const ensure = async <T extends { id: number | string }>(
    label: string,
    existing: { id: number | string } | undefined,
    create: () => Promise<T>,
  ): Promise<number | string> => {
    if (existing) {
      report.kept.push(label)
      return existing.id
    }
    const doc = await create()
    report.created.push(label)
    return doc.id
  }

  const bySlug = (collection: Slugged, slug: string) =>
    findOne(collection, { slug: { equals: slug } })

  const topicIds = new Map<string, number | string>()
  for (const { parentSlug, ...topic } of topics) {
    const id = await ensure(`topic ${topic.name}`, await bySlug('topics', topic.slug!), () =>
      payload.create({
        collection: 'topics',
        data: { ...topic, parent: parentSlug ? (topicIds.get(parentSlug) as number) : undefined },
        ...local,
      }),
    )
    topicIds.set(topic.slug!, id)
  }

  const officeIds = new Map<string, number | string>()
  for (const office of offices) {
    const id = await ensure(`office ${office.name}`, await bySlug('offices', office.slug!), () =>
      payload.create({ collection: 'offices', data: office, ...local }),
    )
    officeIds.set(office.slug!, id)
  }

  const physicianId = await ensure(
    `physician ${physician.name}`,
    await bySlug('physicians', physician.slug),
    () =>
      payload.create({
        collection: 'physicians',
        data: {
          name: physician.name,
          credentials: physician.credentials,
          slug: physician.slug,
          jobTitle: physician.jobTitle,
          bio: document(paragraph(physician.bioText)) as never,
          offices: [...officeIds.values()] as number[],
        },
        ...local,
      }),
  )

  const citationId = await ensure(
    'citation Platas et al. 2016',
    await findOne('citations', { doi: { equals: platasCitation.doi } }),
    () => payload.create({ collection: 'citations', data: platasCitation, ...local }),
  )

  const existingArticle = await bySlug('articles', ARTICLE_SLUG)
  const articleId = await ensure(
    'article “How stem cells help fix a broken healing cycle”',
    existingArticle,
    async () => {
      const image = await renderHeroImage()
      const hero = await payload.create({
        collection: 'media',
        data: {
          alt: 'Abstract illustration of a circle closing around a warm glow, suggesting a healing cycle',
        },
        file: {
          data: image,
          mimetype: 'image/jpeg',
          name: 'healing-cycle.jpg',
          size: image.length,
        },
        ...local,
      })
      const article = healingCycleArticle(citationId)
      return payload.create({
        collection: 'articles',
        data: {
          ...article,
          slug: ARTICLE_SLUG,
          content: article.content as never,
          heroImage: hero.id,
          author: physicianId as number,
          reviewedBy: physicianId as number,
          topics: [topicIds.get('knee') as number],
          publishedAt: '2026-11-02T15:00:00.000Z',
          lastReviewedAt: '2026-11-16T12:00:00.000Z',
          _status: 'published',
        },
        ...local,
      })
    },
  )

  for (const { officeSlug, ...review } of reviews) {
    const existing = await findOne('reviews', {
      and: [
        { reviewerName: { equals: review.reviewerName } },
        { reviewedAt: { equals: review.reviewedAt } },
        { source: { equals: review.source } },
      ],
    })
    await ensure(`review by ${review.reviewerName}`, existing, () =>
      payload.create({
        collection: 'reviews',
        data: { ...review, office: officeSlug ? (officeIds.get(officeSlug) as number) : undefined },
        ...local,
      }),
    )
  }

  const disclaimerId = await ensure('page Disclaimer', await bySlug('pages', 'disclaimer'), () =>
    payload.create({
      collection: 'pages',
      data: {
        title: 'Disclaimer',
        slug: 'disclaimer',
        _status: 'published',
        content: document(
          paragraph(
            'The articles on this site are written to help you understand conditions and treatment options. They are general information, not medical advice for you personally, and they do not replace an examination by a physician who knows your history.',
          ),
          paragraph(
            'Treatment results differ from person to person. No outcome is promised or implied by any article, review or testimonial on this site.',
          ),
          paragraph(
            'If you think you have a medical emergency, call 911 or go to the nearest emergency department. Do not use the contact form for urgent problems.',
          ),
        ) as never,
      },
      ...local,
    }),
  )

  // Settings and menus: only filled in while still untouched, so staff changes are never undone.
  const settings = await payload.findGlobal({ slug: 'site-settings', ...local })
  if (!settings.tagline && !settings.copyright && !settings.footerNote) {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { ...siteSettings, disclaimerPage: disclaimerId as number },
      ...local,
    })
    report.created.push('site settings')
  } else report.kept.push('site settings')

  const newPatientsId = await ensure(
    'page New patients',
    await bySlug('pages', 'new-patients'),
    () =>
      payload.create({
        collection: 'pages',
        data: {
          title: 'New patients',
          slug: 'new-patients',
          _status: 'published',
          content: newPatientsContent() as never,
        },
        ...local,
      }),
  )

  const menus = navigation({ topics: topicIds })
  for (const slug of ['header', 'footer'] as const) {
    const current = await payload.findGlobal({ slug, ...local })
    if (current.updatedAt) {
      report.kept.push(`${slug} menu`)
      continue
    }
    await payload.updateGlobal({ slug, data: { navItems: menus[slug] } as never, ...local })
    report.created.push(`${slug} menu`)
  }

  const contactFormId = await ensure(
    'form “How can we help you?”',
    await findOne('forms', { title: { equals: contactForm.title } }),
    () =>
      payload.create({
        collection: 'forms',
        data: contactForm.build([...offices.map((office) => office.name)]) as never,
        ...local,
      }),
  )

  const globals = [
    ['calls-to-action', callsToAction(newPatientsId, contactFormId)],
    ['home-page', homePage(articleId)],
  ] as const
  for (const [slug, data] of globals) {
    const current = await payload.findGlobal({ slug, ...local })
    if (current.updatedAt) {
      report.kept.push(slug)
      continue
    }
    await payload.updateGlobal({ slug, data: data as never, ...local })
    report.created.push(slug)
  }

  return report
}

/** First start with an empty database: create the demo clinic so the site has something to show. */
export const seedIfEmpty = async (payload: Payload): Promise<void> => {
  const counts = await Promise.all(
    (['articles', 'offices', 'physicians', 'topics', 'pages'] as const).map(
      async (collection) => (await payload.count({ collection, overrideAccess: true })).totalDocs,
    ),
  )
  if (counts.some((count) => count > 0)) return
  payload.logger.info('Empty database: creating the demo clinic (set SEED=false to skip).')
  const report = await seed(payload)
  payload.logger.info(`Demo clinic ready: created ${report.created.length} items.`)
}
