import { and, avg, count, eq, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

/** What the widget says about approved reviews: "4.8 out of 5 from 37 ratings · 12 recommend". */
export type ReviewSummary = {
  /** Approved reviews, rated or not. */
  total: number
  /** Approved reviews with stars. */
  ratingCount: number
  /** Mean of their stars, unrounded; null when none has stars. */
  average: number | null
  /** Approved Facebook-style recommendations, positive and negative. */
  recommendCount: number
  notRecommendCount: number
}

export const EMPTY_SUMMARY: ReviewSummary = {
  total: 0,
  ratingCount: 0,
  average: null,
  recommendCount: 0,
  notRecommendCount: 0,
}

type Options = { office?: number | string | null }

const toSummary = (row: Record<string, unknown> | undefined): ReviewSummary => {
  if (!row) return EMPTY_SUMMARY
  const ratingCount = Number(row.ratingCount ?? 0)
  return {
    total: Number(row.total ?? 0),
    ratingCount,
    average: ratingCount > 0 && row.average !== null ? Number(row.average) : null,
    recommendCount: Number(row.recommendCount ?? 0),
    notRecommendCount: Number(row.notRecommendCount ?? 0),
  }
}

type SqliteDb = {
  drizzle: { select: (fields: Record<string, unknown>) => any }
  tables: Record<string, Record<string, any>>
}

const summarizeSqlite = async (db: SqliteDb, office: Options['office']) => {
  const reviews = db.tables.reviews
  const approved = eq(reviews.status, 'approved')
  const rows = await db.drizzle
    .select({
      total: count(),
      ratingCount: count(reviews.rating),
      average: avg(reviews.rating),
      recommendCount: sql<number>`coalesce(sum(case when ${reviews.recommends} = 1 then 1 else 0 end), 0)`,
      notRecommendCount: sql<number>`coalesce(sum(case when ${reviews.recommends} = 0 then 1 else 0 end), 0)`,
    })
    .from(reviews)
    .where(
      office === null || office === undefined
        ? approved
        : and(approved, eq(reviews.office, Number(office))),
    )
  return toSummary(rows[0])
}

type MongoModel = {
  aggregate: (pipeline: unknown[]) => Promise<Record<string, unknown>[]>
  base: { Types: { ObjectId: { new (id: string): unknown; isValid: (id: string) => boolean } } }
}

const summarizeMongo = async (model: MongoModel, office: Options['office']) => {
  const match: Record<string, unknown> = { status: 'approved' }
  if (office !== null && office !== undefined) {
    const id = String(office)
    const { ObjectId } = model.base.Types
    match.office = ObjectId.isValid(id) ? { $in: [new ObjectId(id), id] } : id
  }
  const rows = await model.aggregate([
    { $match: match },
    {
      $group: {
        _id: null,
        total: { $sum: 1 },
        ratingCount: { $sum: { $cond: [{ $isNumber: '$rating' }, 1, 0] } },
        average: { $avg: '$rating' },
        recommendCount: { $sum: { $cond: [{ $eq: ['$recommends', true] }, 1, 0] } },
        notRecommendCount: { $sum: { $cond: [{ $eq: ['$recommends', false] }, 1, 0] } },
      },
    },
  ])
  return toSummary(rows[0])
}

/**
 * Counts and averages approved reviews in the database with one aggregate query, so the cost
 * does not grow with the reviews loaded: 20,000 reviews are summed where they are stored.
 */
export const summarizeReviews = async (
  payload: Payload,
  { office }: Options = {},
): Promise<ReviewSummary> => {
  const db = payload.db as unknown as { name: string; collections?: Record<string, MongoModel> }
  if (db.name === 'mongoose' && db.collections?.reviews) {
    return summarizeMongo(db.collections.reviews, office)
  }
  if (db.name === 'sqlite') return summarizeSqlite(payload.db as unknown as SqliteDb, office)
  throw new Error(`Review summaries are not implemented for the ${db.name} database adapter.`)
}
