import type { PayloadRequest } from 'payload'

import { type PublishStatus, publishStatusOf } from './status'

/** The collections whose documents carry a stored publish status. */
export const STATUS_COLLECTIONS = ['articles', 'pages'] as const

export type StatusCollection = (typeof STATUS_COLLECTIONS)[number]

export const isStatusCollection = (slug: unknown): slug is StatusCollection =>
  typeof slug === 'string' && (STATUS_COLLECTIONS as readonly string[]).includes(slug)

/** Jobs store document ids as strings (payload#10481); SQLite ids are numbers. */
export const documentId = (value: number | string): number | string =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value

export type StoredStatus = { publishStatus: PublishStatus; scheduledFor: string | null }

/** The earliest pending scheduled publish of a document (ISO), or null. */
export const nextScheduledPublish = async (
  req: PayloadRequest,
  collection: StatusCollection,
  id: number | string,
  ignoreJob?: number | string,
): Promise<string | null> => {
  const { docs } = await req.payload.db.find({
    collection: 'payload-jobs',
    limit: 1,
    pagination: false,
    req,
    sort: 'waitUntil',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { 'input.doc.relationTo': { equals: collection } },
        { 'input.doc.value': { equals: String(id) } },
        { 'input.type': { equals: 'publish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        ...(ignoreJob === undefined ? [] : [{ id: { not_equals: ignoreJob } }]),
      ],
    },
  })
  const waitUntil = (docs[0] as { waitUntil?: unknown } | undefined)?.waitUntil
  return typeof waitUntil === 'string' ? new Date(waitUntil).toISOString() : null
}

const sameTime = (a: unknown, b: string | null) =>
  (a ? new Date(a as string).getTime() : null) === (b ? new Date(b).getTime() : null)

/**
 * Works out a document's status from what is stored (the published row, its newest version, its
 * pending scheduled publish) and writes it where it is out of date: the main row (REST queries)
 * and the newest version (the admin's list reads drafts). Both writes go straight to the database
 * adapter, so they make no new version, run no hooks and keep `updatedAt`.
 */
export const settlePublishStatus = async (
  req: PayloadRequest,
  collection: StatusCollection,
  id: number | string,
  { ignoreJob }: { ignoreJob?: number | string } = {},
): Promise<StoredStatus | null> => {
  const { payload } = req
  const main = await payload.db.findOne<Record<string, unknown> & { id: number | string }>({
    collection,
    req,
    where: { id: { equals: id } },
  })
  if (!main) return null
  const {
    docs: [latest],
  } = await payload.db.findVersions({
    collection,
    limit: 1,
    pagination: false,
    req,
    sort: '-updatedAt',
    where: { parent: { equals: id } },
  })
  const published = main._status === 'published'
  const pendingPublish = await nextScheduledPublish(req, collection, id, ignoreJob)
  const publishStatus = publishStatusOf({
    published,
    unpublishedChanges: published && latest?.version?._status === 'draft',
    scheduledPublish: pendingPublish,
  })
  // The time only while it is what the status is waiting for.
  const scheduledFor = publishStatus === 'scheduled' ? pendingPublish : null
  const stale = (row: Record<string, unknown>) =>
    row.publishStatus !== publishStatus || !sameTime(row.scheduledFor, scheduledFor)

  if (stale(main)) {
    await payload.db.updateOne({
      collection,
      id,
      // The same time again: the adapters would otherwise stamp the row as edited now.
      data: { publishStatus, scheduledFor, updatedAt: main.updatedAt },
      req,
      returning: false,
    })
  }
  if (latest && stale(latest.version as Record<string, unknown>)) {
    // The whole row, as Payload's own autosave rewrites it: a partial `version` would replace the
    // stored one on MongoDB.
    await payload.db.updateVersion({
      collection,
      id: latest.id,
      req,
      returning: false,
      versionData: {
        ...latest,
        version: { ...latest.version, publishStatus, scheduledFor },
      },
    })
  }
  return { publishStatus, scheduledFor }
}
