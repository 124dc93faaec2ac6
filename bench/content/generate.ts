import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { normalizeDoi, titleKey } from '@/citations/import/names'
import { buildSearchEntry } from '@/search/entries'
import { seed } from '@/seed'
import { ARTICLE_SLUG } from '@/seed/content'
import { document, paragraph } from '@/seed/lexical'
import { toSlug } from '@/validation'

import { BenchError } from '../lib/errors.mjs'
import {
  arrayRowId,
  columnsOf,
  fromTemplate,
  grownTables,
  insertRows,
  inTransaction,
  nextId,
  relRow,
  selectOne,
  sqliteDb,
  tableCounts,
  versionRow,
  type Row,
  type SqliteDb,
} from './bulk'
import { shapeFormatter } from './formatted'
import {
  syntheticArticle,
  syntheticCitation,
  syntheticDoi,
  syntheticReview,
  type SyntheticReview,
} from './synthetic'

/**
 * Grows a database to a benchmark's size. The clinic itself (offices, physicians, topics, the
 * demo seed), the staff account and the first few citations, articles and reviews are made
 * through the Local API, so hooks, references and slugs are real; the rest are copies of those
 * rows written in bulk (see bulk.ts). Can be called again with a bigger target: it only adds.
 */

type ID = number | string

export type ContentTarget = { articles: number; citations: number; reviews: number }

export type ContentSpec = {
  /** The size of the finished site; fixes how many papers each article cites. */
  full: ContentTarget
  /** How many articles to have after this call (citations grow in proportion). */
  articles: number
}

type ReviewTotals = {
  total: number
  ratingCount: number
  ratingSum: number
  recommendCount: number
  notRecommendCount: number
}

export type ContentState = {
  tag: string
  now: string
  staff: { email: string; password: string }
  officeIds: ID[]
  officeSlugs: string[]
  topicIds: ID[]
  physicianIds: ID[]
  /** What the demo seed made, counted in the totals. */
  base: { articles: number; citations: number; reviews: number }
  citesPerArticle: number
  /** Database id of synthetic citation i. */
  citationIds: ID[]
  /** Slug and id of synthetic article i. */
  articles: Array<{ slug: string; id: ID }>
  reviews: number
  /** Approved reviews' figures, computed here from what was written. */
  expectedReviews: ReviewTotals
  /** Synthetic citation i has the DOI `${doiPrefix}${i}`. */
  doiPrefix: string
  /** Slugs of the demo clinic's own documents, for the page types the benchmark visits. */
  seeded: { article: string; topic: string; physician: string; office: string }
}

export type Log = (line: string) => void

/** Made through the Local API before the bulk copies. */
export const LOCAL_COUNTS = { articles: 5, reviews: 5 } as const

const local = { overrideAccess: true, depth: 0 } as const

const BATCH = 500

const TOPIC_NAMES = [
  'Shoulder',
  'Hip',
  'Lower back',
  'Neck',
  'Elbow',
  'Ankle',
  'Wrist and hand',
  'Foot',
  'Platelet rich plasma',
  'Stem cell therapy',
  'Sports injuries',
  'Osteoarthritis',
  'Ligament injuries',
  'Tendon injuries',
  'Spine',
  'Jaw (TMJ)',
  'Headaches',
  'Research news',
]

const PHYSICIANS = [
  { name: 'Danielle Matias', credentials: 'PA-C', jobTitle: 'Physician assistant' },
  { name: 'Brian Hurley', credentials: 'MD', jobTitle: 'Sports medicine physician' },
  { name: 'Alina Kowal', credentials: 'DO', jobTitle: 'Regenerative medicine physician' },
]

const emptyTotals = (): ReviewTotals => ({
  total: 0,
  ratingCount: 0,
  ratingSum: 0,
  recommendCount: 0,
  notRecommendCount: 0,
})

const addReview = (totals: ReviewTotals, review: Partial<SyntheticReview>) => {
  if (review.status !== 'approved') return
  totals.total += 1
  if (typeof review.rating === 'number') {
    totals.ratingCount += 1
    totals.ratingSum += review.rating
  }
  if (review.recommends === true) totals.recommendCount += 1
  if (review.recommends === false) totals.notRecommendCount += 1
}

/**
 * Runs one Local API create and makes sure it wrote only to `expected` tables: a table the
 * bulk copy does not fill (a search index, say) would make the synthetic site differ from a
 * real one, so the run stops and says which.
 */
const createWatched = async <T>(
  db: SqliteDb,
  what: string,
  expected: string[],
  create: () => Promise<T>,
): Promise<T> => {
  const before = await tableCounts(db)
  const result = await create()
  const unexpected = grownTables(before, await tableCounts(db)).filter(
    (name) => !expected.includes(name),
  )
  if (unexpected.length)
    throw new BenchError(
      `Creating ${what} through the Local API also writes to ${unexpected.join(', ')}, which bench/content/generate.ts does not fill in bulk; teach it to.`,
    )
  return result
}

const setUp = async (payload: Payload, spec: ContentSpec, log: Log): Promise<ContentState> => {
  const report = await seed(payload)
  log(`demo clinic seeded (${report.created.length} items)`)
  const password = randomBytes(18).toString('base64url')
  const email = `bench-${randomBytes(4).toString('hex')}@clinic.test`
  await payload.create({
    collection: 'users',
    data: { name: 'Benchmark Editor', email, password, roles: ['admin'] },
    ...local,
  })
  const { docs: offices } = await payload.find({
    collection: 'offices',
    sort: 'order',
    pagination: false,
    ...local,
  })
  const { docs: seededTopics } = await payload.find({
    collection: 'topics',
    pagination: false,
    ...local,
  })
  const parent = seededTopics.find((topic) => !topic.parent)?.id
  const topicIds: ID[] = seededTopics.map((topic) => topic.id)
  for (const [index, name] of TOPIC_NAMES.entries()) {
    const topic = await payload.create({
      collection: 'topics',
      data: {
        name,
        slug: toSlug(name),
        parent: index < 8 ? (parent as number) : undefined,
        description: `Articles about ${name.toLowerCase()}.`,
      },
      ...local,
    })
    topicIds.push(topic.id)
  }
  const { docs: seededPhysicians } = await payload.find({
    collection: 'physicians',
    pagination: false,
    ...local,
  })
  const [seededPhysician] = seededPhysicians
  const physicianIds: ID[] = seededPhysicians.map((doc) => doc.id)
  for (const physician of PHYSICIANS) {
    const doc = await payload.create({
      collection: 'physicians',
      data: {
        ...physician,
        slug: toSlug(physician.name),
        bio: document(paragraph(`${physician.name} treats joint and spine pain.`)) as never,
        offices: offices.map((office) => office.id) as number[],
      },
      ...local,
    })
    physicianIds.push(doc.id)
  }
  const count = async (collection: 'articles' | 'citations' | 'reviews') =>
    (await payload.count({ collection, ...local })).totalDocs
  const base = {
    articles: await count('articles'),
    citations: await count('citations'),
    reviews: await count('reviews'),
  }
  const synthetic = (key: keyof ContentTarget) => Math.max(0, spec.full[key] - base[key])
  const fullArticles = synthetic('articles')
  const citesPerArticle = fullArticles
    ? Math.min(8, Math.floor(synthetic('citations') / fullArticles))
    : 0
  const expectedReviews = emptyTotals()
  const { docs: seededReviews } = await payload.find({
    collection: 'reviews',
    pagination: false,
    ...local,
  })
  for (const review of seededReviews) addReview(expectedReviews, review as SyntheticReview)
  return {
    tag: randomBytes(2).toString('hex'),
    now: new Date().toISOString(),
    staff: { email, password },
    officeIds: offices.map((office) => office.id),
    officeSlugs: offices.map((office) => office.slug ?? ''),
    topicIds,
    physicianIds,
    base,
    citesPerArticle,
    citationIds: [],
    articles: [],
    reviews: 0,
    expectedReviews,
    doiPrefix: syntheticDoi(0).slice(0, -1),
    seeded: {
      article: ARTICLE_SLUG,
      topic: seededTopics.find((topic) => topic.parent)?.slug ?? seededTopics[0]?.slug ?? '',
      physician: seededPhysician.slug ?? '',
      office: offices[0]?.slug ?? '',
    },
  }
}

const citationColumns = (
  citation: ReturnType<typeof syntheticCitation>,
  formatted: string,
  now: string,
): Row => ({
  title: citation.title,
  moreAuthors: citation.moreAuthors,
  journal: citation.journal,
  year: citation.year,
  volume: citation.volume,
  issue: citation.issue,
  pages: citation.pages,
  doi: citation.doi,
  formatted,
  doiKey: normalizeDoi(citation.doi).toLowerCase(),
  titleKey: titleKey(citation.title) || null,
  createdAt: now,
  updatedAt: now,
})

const growCitations = async (
  payload: Payload,
  db: SqliteDb,
  state: ContentState,
  wanted: number,
  log: Log,
) => {
  const formatter = shapeFormatter()
  // Enough real ones for the articles made through the Local API to cite.
  const localWanted = Math.min(wanted, Math.max(5, LOCAL_COUNTS.articles * state.citesPerArticle))
  while (state.citationIds.length < localWanted) {
    const index = state.citationIds.length
    const data = syntheticCitation(index)
    const doc = await createWatched(db, 'a citation', ['citations', 'citations_authors'], () =>
      payload.create({ collection: 'citations', data, ...local }),
    )
    // The shortcut formatter must agree with what the hook stored.
    if (formatter.format(data) !== doc.formatted)
      throw new BenchError(
        `The bulk AMA formatter gives "${formatter.format(data)}" where Payload stored "${doc.formatted}".`,
      )
    state.citationIds.push(doc.id)
  }
  if (state.citationIds.length >= wanted) return
  const templateId = state.citationIds[state.citationIds.length - 1]
  const template = await selectOne(db, 'citations', { id: templateId })
  const authorColumns = columnsOf(db, 'citations_authors')
  let id = await nextId(db, 'citations')
  const started = performance.now()
  while (state.citationIds.length < wanted) {
    const from = state.citationIds.length
    const to = Math.min(wanted, from + BATCH)
    const now = new Date().toISOString()
    const main: Row[] = []
    const authors: Row[] = []
    const ids: ID[] = []
    for (let index = from; index < to; index += 1) {
      const citation = syntheticCitation(index)
      if (index % 250 === 0) formatter.check(citation)
      main.push(
        fromTemplate(
          template,
          { id, ...citationColumns(citation, formatter.format(citation), now) },
          'The citations table',
        ),
      )
      citation.authors.forEach((author, order) =>
        authors.push(
          relRowWithId(authorColumns, {
            _order: order + 1,
            _parentID: id,
            id: arrayRowId(),
            family: author.family,
            given: author.given,
          }),
        ),
      )
      ids.push(id)
      id += 1
    }
    await inTransaction(db, async (tx) => {
      await insertRows(tx, db, 'citations', main)
      await insertRows(tx, db, 'citations_authors', authors)
    })
    state.citationIds.push(...ids)
  }
  log(
    `citations: ${state.citationIds.length.toLocaleString('en-US')} synthetic (${formatter.shapes()} author/journal shapes, bulk part in ${Math.round(performance.now() - started)} ms)`,
  )
}

// Array rows keep their own id (unlike _rels rows, whose id SQLite assigns).
const relRowWithId = (columns: string[], { id, ...values }: Row): Row => ({
  ...relRow(columns, values),
  id,
})

/** Synthetic article `index` as the generator writes it (the cite blocks' ids aside). */
export const syntheticArticleFor = (state: ContentState, index: number) => {
  const per = state.citesPerArticle
  return syntheticArticle(index, {
    citationIds: state.citationIds.slice(index * per, index * per + per),
    topicIds: state.topicIds,
    physicianIds: state.physicianIds,
    tag: state.tag,
    now: new Date(state.now),
  })
}

// Publishing an article also writes its site-search entry (collections/Search).
const ARTICLE_TABLES = [
  'articles',
  'articles_rels',
  '_articles_v',
  '_articles_v_rels',
  'search',
  'search_rels',
]

const growArticles = async (
  payload: Payload,
  db: SqliteDb,
  state: ContentState,
  wanted: number,
  log: Log,
) => {
  while (state.articles.length < Math.min(wanted, LOCAL_COUNTS.articles)) {
    const data = syntheticArticleFor(state, state.articles.length)
    const doc = await createWatched(db, 'an article', ARTICLE_TABLES, () =>
      payload.create({
        collection: 'articles',
        data: data as never,
        ...local,
      }),
    )
    state.articles.push({ slug: doc.slug!, id: doc.id })
  }
  if (state.articles.length >= wanted) return
  const templateId = state.articles[state.articles.length - 1].id
  const template = await selectOne(db, 'articles', { id: templateId })
  const templateVersion = await selectOne(db, '_articles_v', { parent: templateId, latest: true })
  const templateSearchRel = await selectOne(db, 'search_rels', { articlesID: templateId })
  const templateSearch = await selectOne(db, 'search', { id: templateSearchRel.parent })
  const relColumns = columnsOf(db, 'articles_rels')
  const versionRelColumns = columnsOf(db, '_articles_v_rels')
  const searchRelColumns = columnsOf(db, 'search_rels')
  let id = await nextId(db, 'articles')
  let versionId = await nextId(db, '_articles_v')
  let searchId = await nextId(db, 'search')
  const started = performance.now()
  while (state.articles.length < wanted) {
    const from = state.articles.length
    const to = Math.min(wanted, from + BATCH)
    const now = new Date().toISOString()
    const main: Row[] = []
    const versions: Row[] = []
    const rels: Row[] = []
    const versionRels: Row[] = []
    const searchRows: Row[] = []
    const searchRels: Row[] = []
    const made: ContentState['articles'] = []
    for (let index = from; index < to; index += 1) {
      const { topics, ...data } = syntheticArticleFor(state, index)
      const references = state.citationIds.slice(
        index * state.citesPerArticle,
        (index + 1) * state.citesPerArticle,
      )
      const row = fromTemplate(
        template,
        { ...data, id, createdAt: now, updatedAt: now },
        'The articles table',
      )
      main.push(row)
      versions.push(
        versionRow(templateVersion, row, {
          id: versionId,
          parent: id,
          createdAt: now,
          updatedAt: now,
          latest: true,
          autosave: false,
        }),
      )
      const relation = (path: string, column: string, values: ID[]) =>
        values.map((value, order) => ({ order: order + 1, path, [column]: value }))
      for (const rel of [
        ...relation('references', 'citationsID', references),
        ...relation('topics', 'topicsID', topics),
      ]) {
        rels.push(relRow(relColumns, { ...rel, parent: id }))
        versionRels.push(
          relRow(versionRelColumns, { ...rel, path: `version.${rel.path}`, parent: versionId }),
        )
      }
      // The entry the search hook would write, from the same pure function.
      const { doc, ...entry } = buildSearchEntry('articles', { ...data, id } as never)
      searchRows.push(
        fromTemplate(
          templateSearch,
          { ...entry, id: searchId, createdAt: now, updatedAt: now },
          'The search table',
        ),
      )
      searchRels.push(
        relRow(searchRelColumns, {
          order: templateSearchRel.order,
          path: templateSearchRel.path,
          articlesID: doc.value,
          parent: searchId,
        }),
      )
      made.push({ slug: data.slug, id })
      id += 1
      versionId += 1
      searchId += 1
    }
    await inTransaction(db, async (tx) => {
      await insertRows(tx, db, 'articles', main)
      await insertRows(tx, db, 'articles_rels', rels)
      await insertRows(tx, db, '_articles_v', versions)
      await insertRows(tx, db, '_articles_v_rels', versionRels)
      await insertRows(tx, db, 'search', searchRows)
      await insertRows(tx, db, 'search_rels', searchRels)
    })
    state.articles.push(...made)
  }
  log(
    `articles: ${state.articles.length.toLocaleString('en-US')} synthetic (bulk part in ${Math.round(performance.now() - started)} ms)`,
  )
}

const growReviews = async (
  payload: Payload,
  db: SqliteDb,
  state: ContentState,
  wanted: number,
  log: Log,
) => {
  const now = new Date(state.now)
  const { docs: staff } = await payload.find({
    collection: 'users',
    where: { email: { equals: state.staff.email } },
    limit: 1,
    ...local,
  })
  // Staff approve and reject reviews, so those carry who moderated them and when.
  const user = { ...staff[0], collection: 'users' as const }
  while (state.reviews < Math.min(wanted, LOCAL_COUNTS.reviews)) {
    const review = syntheticReview(state.reviews, state.officeIds, now)
    const doc = await createWatched(db, 'a review', ['reviews'], () =>
      payload.create({ collection: 'reviews', data: review as never, user, ...local }),
    )
    if (doc.body !== review.body || doc.reviewerName !== review.reviewerName)
      throw new BenchError('Payload tidied a synthetic review, so bulk copies would differ.')
    addReview(state.expectedReviews, review)
    state.reviews += 1
  }
  if (state.reviews >= wanted) return
  let id = await nextId(db, 'reviews')
  const template = await selectOne(db, 'reviews', { id: id - 1 })
  const started = performance.now()
  while (state.reviews < wanted) {
    const from = state.reviews
    const to = Math.min(wanted, from + BATCH)
    const stamp = new Date().toISOString()
    const rows: Row[] = []
    for (let index = from; index < to; index += 1) {
      const review = syntheticReview(index, state.officeIds, now)
      const moderated = review.status !== 'pending'
      rows.push(
        fromTemplate(
          template,
          {
            id,
            reviewerName: review.reviewerName,
            rating: review.rating ?? null,
            recommends: review.recommends ?? null,
            body: review.body,
            reviewedAt: review.reviewedAt,
            source: review.source,
            sourceUrl: null,
            status: review.status,
            featured: review.featured,
            office: review.office ?? null,
            moderatedBy: moderated ? user.id : null,
            moderatedAt: moderated ? stamp : null,
            createdAt: stamp,
            updatedAt: stamp,
          },
          'The reviews table',
        ),
      )
      addReview(state.expectedReviews, review)
      id += 1
    }
    await inTransaction(db, (tx) => insertRows(tx, db, 'reviews', rows))
    state.reviews = to
  }
  log(
    `reviews: ${state.reviews.toLocaleString('en-US')} synthetic (bulk part in ${Math.round(performance.now() - started)} ms)`,
  )
}

/**
 * Reads a bulk-written article back through the Local API, as a visitor would get it, and checks
 * it is whole: published, with its topics and its references in citation order.
 */
const checkSample = async (payload: Payload, state: ContentState, index: number) => {
  const { slug, id } = state.articles[index]
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
  })
  const doc = docs[0]
  const expected = state.citationIds.slice(
    index * state.citesPerArticle,
    (index + 1) * state.citesPerArticle,
  )
  if (!doc || doc.id !== id)
    throw new BenchError(`Synthetic article ${slug} is not readable by visitors.`)
  if (JSON.stringify(doc.references) !== JSON.stringify(expected))
    throw new BenchError(
      `Synthetic article ${slug} lists references ${JSON.stringify(doc.references)}, expected ${JSON.stringify(expected)}.`,
    )
  if (!doc.topics?.length) throw new BenchError(`Synthetic article ${slug} has no topics.`)
  const { docs: entries } = await payload.find({
    collection: 'search',
    where: { 'doc.value': { equals: id }, 'doc.relationTo': { equals: 'articles' } },
    depth: 0,
    showHiddenFields: true,
  })
  const { doc: _doc, ...expectedEntry } = buildSearchEntry('articles', doc)
  const entry = entries[0] as unknown as Record<string, unknown> | undefined
  const differs = Object.entries(expectedEntry).filter(
    ([key, value]) => JSON.stringify(entry?.[key] ?? null) !== JSON.stringify(value ?? null),
  )
  if (entries.length !== 1 || differs.length)
    throw new BenchError(
      `Synthetic article ${slug} has ${entries.length} search entries; ${differs.map(([key]) => key).join(', ') || 'none'} differ from what the search hook writes.`,
    )
}

export const growContent = async (
  payload: Payload,
  spec: ContentSpec,
  previous: ContentState | null,
  log: Log = () => {},
): Promise<ContentState> => {
  const db = sqliteDb(payload)
  const state = previous ?? (await setUp(payload, spec, log))
  const syntheticFull = (key: keyof ContentTarget) => Math.max(0, spec.full[key] - state.base[key])
  const articles = Math.min(
    syntheticFull('articles'),
    Math.max(0, spec.articles - state.base.articles),
  )
  const share = syntheticFull('articles') ? articles / syntheticFull('articles') : 1
  const citations = Math.max(
    articles * state.citesPerArticle,
    Math.round(syntheticFull('citations') * share),
  )
  await growCitations(payload, db, state, citations, log)
  await growArticles(payload, db, state, articles, log)
  await growReviews(payload, db, state, syntheticFull('reviews'), log)
  const last = state.articles.length - 1
  for (const index of [0, Math.floor(last / 2), last]) {
    if (index >= 0) await checkSample(payload, state, index)
  }
  return state
}

/** The figures GET /api/reviews/summary should answer, from what was written. */
export const expectedSummary = (state: ContentState) => {
  const { total, ratingCount, ratingSum, recommendCount, notRecommendCount } = state.expectedReviews
  return {
    total,
    ratingCount,
    average: ratingCount ? Math.round((ratingSum / ratingCount) * 10) / 10 : null,
    recommendCount,
    notRecommendCount,
  }
}
