import { toSlug } from '@/validation'
import { bold, bulletList, cite, document, heading, paragraph, quote } from '@/seed/lexical'

/**
 * Made-up but plausible clinic content for the benchmark. Every item is a pure function of its
 * index (and, for articles, of the ids it points at), so the small and the grown site share
 * their first articles, and a run can be repeated exactly.
 */

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence everywhere. */
export const prng = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  return { next, int, pick }
}

// Each kind of item draws from its own stream, so adding a field to one never shifts another.
const STREAM = { citation: 1_000_003, article: 2_000_003, review: 3_000_017 } as const
const rngFor = (kind: keyof typeof STREAM, index: number) => prng(STREAM[kind] + index * 7919)

const PARTS = ['knee', 'hip', 'shoulder', 'lower back', 'neck', 'elbow', 'ankle', 'wrist', 'foot']
const CONDITIONS = [
  'osteoarthritis',
  'ligament laxity',
  'tendinopathy',
  'a partial tendon tear',
  'chronic instability',
  'cartilage loss',
  'bursitis',
  'a degenerated disc',
]
const TREATMENTS = [
  'dextrose Prolotherapy',
  'platelet rich plasma',
  'bone marrow concentrate',
  'fat-derived stem cells',
  'hyaluronic acid injections',
  'guided exercise therapy',
]
const DESIGNS = [
  'randomized controlled trial',
  'prospective cohort study',
  'retrospective case series',
  'systematic review and meta-analysis',
  'laboratory study',
]
const JOURNALS = [
  'Am J Sports Med',
  'Arthroscopy',
  'J Orthop Res',
  'Clin J Sport Med',
  'BMC Musculoskelet Disord',
  'J Prolotherapy',
  'Osteoarthritis Cartilage',
  'Regen Med',
  'Pain Physician',
  'PM R',
]
const FAMILY_NAMES = [
  'Rabago',
  'Hauser',
  'Reeves',
  'Kim',
  'Nguyen',
  'Okafor',
  'Lindqvist',
  'García',
  'Moreau',
  'Tanaka',
  'Schmidt',
  'Rossi',
  'Patel',
  'O’Brien',
  'Kowalski',
  'Haddad',
]
const INITIALS = ['J', 'MA', 'K', 'DP', 'S', 'L', 'RB', 'T', 'AC', 'H', 'E', 'MJ']
const FIRST_NAMES = [
  'Linda',
  'James',
  'Maria',
  'Robert',
  'Susan',
  'Michael',
  'Patricia',
  'David',
  'Karen',
  'Thomas',
  'Nancy',
  'Daniel',
  'Angela',
  'Kevin',
  'Helen',
]

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** The DOI of synthetic citation `index`: in Crossref's 10.5555 test prefix, never a real paper. */
export const syntheticDoi = (index: number) => `10.5555/clinic-bench.${index}`

// Research groups publish together again and again: 120 author lists shared by all citations.
const AUTHOR_LISTS = Array.from({ length: 120 }, (_, list) => {
  const rng = prng(4_000_037 + list)
  return Array.from({ length: rng.int(1, 7) }, () => ({
    family: rng.pick(FAMILY_NAMES),
    given: rng.pick(INITIALS),
  }))
})

export const syntheticCitation = (index: number) => {
  const rng = rngFor('citation', index)
  const part = rng.pick(PARTS)
  return {
    title: `${capitalize(rng.pick(TREATMENTS))} for ${rng.pick(CONDITIONS)} of the ${part}: a ${rng.pick(DESIGNS)} of ${rng.int(12, 480)} patients`,
    authors: rng.pick(AUTHOR_LISTS).map((author) => ({ ...author })),
    moreAuthors: rng.next() < 0.1,
    journal: rng.pick(JOURNALS),
    year: rng.int(1996, 2025),
    volume: String(rng.int(1, 60)),
    issue: String(rng.int(1, 12)),
    pages: (() => {
      const first = rng.int(1, 2400)
      return `${first}-${first + rng.int(4, 16)}`
    })(),
    doi: syntheticDoi(index),
  }
}

export type SyntheticCitation = ReturnType<typeof syntheticCitation>

type ArticleRefs = {
  /** Database ids of the citations this article cites, in order of first citation. */
  citationIds: Array<number | string>
  topicIds: Array<number | string>
  physicianIds: Array<number | string>
  /** Makes this run's slugs new to any page cache a previous run may have left behind. */
  tag: string
  /** Publication dates count back from here, one article every few hours. */
  now: Date
}

const sentence = (rng: ReturnType<typeof prng>, part: string, condition: string) =>
  rng.pick([
    `Many people with ${condition} of the ${part} are told that rest and pain relief are all that is left.`,
    `The ${part} depends on ligaments and tendons that heal slowly because they have little blood supply.`,
    `Imaging shows the structure of a joint, but it does not show how well it is healing.`,
    `Researchers have compared injection treatments with exercise, with steroids and with surgery.`,
    `Results differ from person to person, and a careful examination comes before any plan.`,
    `Patients often notice less pain on stairs and during sport before anything changes on a scan.`,
    `A weak ligament lets the joint move a little too far, and the muscles around it tire as they compensate.`,
    `Most studies follow patients for one or two years, which is long enough to see whether improvement lasts.`,
    `Small trials are a starting point; what matters is whether their results are repeated elsewhere.`,
    `Our physicians discuss the evidence, the costs and the alternatives before recommending anything.`,
  ])

const prose = (rng: ReturnType<typeof prng>, part: string, condition: string, count: number) =>
  Array.from({ length: count }, () => sentence(rng, part, condition)).join(' ')

/** One synthetic article's data, as an editor would save it through the Local API. */
export const syntheticArticle = (index: number, refs: ArticleRefs) => {
  const rng = rngFor('article', index)
  const part = rng.pick(PARTS)
  const condition = rng.pick(CONDITIONS)
  const treatment = rng.pick(TREATMENTS)
  const title = rng.pick([
    `What ${treatment} can do for ${condition} of the ${part}`,
    `${capitalize(condition)} of the ${part}: when to consider ${treatment}`,
    `Living with ${condition} of the ${part}, and the options besides surgery`,
    `How ${treatment} compares with surgery for the ${part}`,
  ])
  const first = refs.citationIds[0]
  const cites = [...refs.citationIds]
  const nextCite = () => {
    const id = cites.shift()
    return id === undefined ? [] : [cite(id)]
  }
  const content = document(
    paragraph(prose(rng, part, condition, 4)),
    heading('h2', `What the studies of the ${part} show`),
    paragraph(prose(rng, part, condition, 3), ...nextCite()),
    paragraph(prose(rng, part, condition, 3), ...nextCite()),
    bulletList(
      [`less pain when walking or lifting,`],
      [bold('better stability'), ` of the ${part} during sport, and`],
      [`fewer days lost to flare-ups.`],
    ),
    paragraph(prose(rng, part, condition, 4), ...nextCite()),
    heading('h2', 'What this means for you'),
    paragraph(prose(rng, part, condition, 4), ...nextCite()),
    quote(
      `The best treatment for the ${part} is the one that fits your goals and your examination.`,
    ),
    // The rest of the cites, then the first one again: papers are often cited twice.
    paragraph(prose(rng, part, condition, 3), ...cites.splice(0).map((id) => cite(id))),
    paragraph(prose(rng, part, condition, 2), ...(first !== undefined ? [cite(first)] : [])),
  )
  const publishedAt = new Date(refs.now.getTime() - (index + 1) * 5 * 60 * 60 * 1000)
  const fullSlug = toSlug(title)
  // Slugs may be 120 characters long; cut long titles at a word.
  const slugBase = fullSlug.length > 96 ? fullSlug.slice(0, 96).replace(/-[^-]*$/, '') : fullSlug
  return {
    title,
    subtitle: `A ${rng.pick(DESIGNS)} and what it means for ${condition}`,
    excerpt: prose(rng, part, condition, 2),
    content,
    slug: `${slugBase}-${refs.tag}-${index}`,
    author: refs.physicianIds[index % refs.physicianIds.length],
    reviewedBy: refs.physicianIds[(index + 1) % refs.physicianIds.length],
    topics: [
      refs.topicIds[index % refs.topicIds.length],
      ...(rng.next() < 0.4 ? [refs.topicIds[(index * 7 + 3) % refs.topicIds.length]] : []),
    ].filter((id, position, all) => all.indexOf(id) === position),
    publishedAt: publishedAt.toISOString(),
    lastReviewedAt: new Date(publishedAt.getTime() + 14 * 24 * 60 * 60 * 1000).toISOString(),
    _status: 'published' as const,
  }
}

export type SyntheticReview = {
  reviewerName: string
  rating?: number
  recommends?: boolean
  body: string
  reviewedAt: string
  source: 'facebook' | 'google' | 'website' | 'other'
  status: 'approved' | 'pending' | 'rejected'
  featured: boolean
  office?: number | string
}

/** One synthetic review; one in ten is a Facebook recommendation without stars. */
export const syntheticReview = (
  index: number,
  officeIds: Array<number | string>,
  now: Date,
): SyntheticReview => {
  const rng = rngFor('review', index)
  const facebook = rng.next() < 0.1
  const roll = rng.next()
  const rating = roll < 0.7 ? 5 : roll < 0.85 ? 4 : roll < 0.93 ? 3 : roll < 0.97 ? 2 : 1
  const statusRoll = rng.next()
  const part = rng.pick(PARTS)
  const office = index % 5 === 4 ? undefined : officeIds[index % officeIds.length]
  return {
    reviewerName: `${rng.pick(FIRST_NAMES)} ${String.fromCharCode(65 + rng.int(0, 25))}.`,
    ...(facebook ? { recommends: rating >= 3 } : { rating }),
    body: [
      rng.pick([
        `I came in with ${part} pain that had lasted for years.`,
        `The staff explained everything about my ${part} before we started.`,
        `My ${part} had kept me from running for a long time.`,
      ]),
      rng.pick([
        'The doctor took time to answer every question.',
        'It took a few visits, but I am much better now.',
        'Scheduling was easy and nobody rushed me.',
        'I wish I had come here before trying everything else.',
      ]),
    ].join(' '),
    reviewedAt: new Date(now.getTime() - (index + 2) * 3 * 60 * 60 * 1000).toISOString(),
    source: facebook ? 'facebook' : rng.pick(['google', 'website', 'other'] as const),
    status: statusRoll < 0.9 ? 'approved' : statusRoll < 0.97 ? 'pending' : 'rejected',
    featured: false,
    ...(office === undefined ? {} : { office }),
  }
}
