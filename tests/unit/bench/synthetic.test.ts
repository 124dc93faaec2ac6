import { numberReferences } from '@/citations/numberReferences'
import {
  checkReviewBody,
  checkReviewDate,
  checkReviewerName,
  checkRatingOrRecommendation,
} from '@/reviews/rules'
import { checkDoi, checkSlug, checkYear } from '@/validation'

import {
  prng,
  syntheticArticle,
  syntheticCitation,
  syntheticDoi,
  syntheticReview,
} from '../../../bench/content/synthetic'

const now = new Date('2026-11-24T12:00:00Z')
const refs = {
  citationIds: [11, 12, 13, 14, 15],
  topicIds: [1, 2, 3],
  physicianIds: [7, 8],
  tag: 'ab12',
  now,
}

describe('prng', () => {
  it('gives the same sequence for the same seed, within [0, 1)', () => {
    const a = prng(42)
    const b = prng(42)
    const values = Array.from({ length: 1000 }, () => a.next())
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()))
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...values)).toBeLessThan(1)
    expect(prng(43).next()).not.toBe(values[0])
  })
})

describe('syntheticArticle', () => {
  it('is the same article every time for the same index (cite block ids aside)', () => {
    const strip = (value: unknown) => JSON.stringify(value).replace(/"id":"[\da-f]{24}"/g, '')
    expect(strip(syntheticArticle(7, refs))).toBe(strip(syntheticArticle(7, refs)))
    expect(syntheticArticle(7, refs).slug).not.toBe(syntheticArticle(8, refs).slug)
  })

  it('cites every paper, in order, the first one twice', () => {
    const article = syntheticArticle(3, refs)
    const { references } = numberReferences(article.content as never)
    expect(references.map(({ citation }) => citation)).toEqual(refs.citationIds)
    expect(references.map(({ occurrences }) => occurrences)).toEqual([2, 1, 1, 1, 1])
  })

  it('also works without citations', () => {
    const article = syntheticArticle(3, { ...refs, citationIds: [] })
    expect(numberReferences(article.content as never).references).toEqual([])
  })

  it('has a valid, unique slug, a topic and dates counting back from now', () => {
    for (const index of [0, 1, 9_999, 123_456]) {
      const article = syntheticArticle(index, refs)
      expect(checkSlug(article.slug)).toBe(true)
      expect(article.slug.length).toBeLessThanOrEqual(120)
      expect(article.slug.endsWith(`-ab12-${index}`)).toBe(true)
      expect(article.title.length).toBeLessThanOrEqual(200)
      expect(article.topics.length).toBeGreaterThan(0)
      expect(new Set(article.topics).size).toBe(article.topics.length)
      expect(Date.parse(article.publishedAt)).toBeLessThan(now.getTime())
    }
  })
})

describe('syntheticCitation', () => {
  it('is a valid paper with a DOI in the test prefix, never a real one', () => {
    for (const index of [0, 1, 49_999]) {
      const citation = syntheticCitation(index)
      expect(citation.doi).toBe(syntheticDoi(index))
      expect(citation.doi.startsWith('10.5555/')).toBe(true)
      expect(checkDoi(citation.doi)).toBe(true)
      expect(checkYear(citation.year)).toBe(true)
      expect(citation.authors.length).toBeGreaterThan(0)
    }
    expect(syntheticCitation(5)).toEqual(syntheticCitation(5))
  })
})

describe('syntheticReview', () => {
  const reviews = Array.from({ length: 2000 }, (_, index) => syntheticReview(index, [1, 2], now))

  it('passes the rules every review must pass', () => {
    for (const review of reviews) {
      expect(checkReviewerName(review.reviewerName)).toBe(true)
      expect(checkReviewBody(review.body)).toBe(true)
      expect(checkReviewDate(review.reviewedAt)).toBe(true)
      expect(checkRatingOrRecommendation(review.rating, review.recommends)).toBe(true)
    }
  })

  it('mixes statuses, sources, stars and recommendations like a real clinic', () => {
    const share = (test: (review: (typeof reviews)[number]) => boolean) =>
      reviews.filter(test).length / reviews.length
    expect(share((review) => review.status === 'approved')).toBeGreaterThan(0.85)
    expect(share((review) => review.status === 'pending')).toBeGreaterThan(0.03)
    expect(share((review) => review.status === 'rejected')).toBeGreaterThan(0.01)
    expect(share((review) => review.source === 'facebook')).toBeGreaterThan(0.05)
    expect(share((review) => review.recommends !== undefined)).toBeCloseTo(
      share((review) => review.source === 'facebook'),
    )
    expect(share((review) => review.rating === 1)).toBeGreaterThan(0)
    expect(share((review) => review.office === undefined)).toBeCloseTo(0.2, 1)
  })
})
