import { createLocalReq, type Payload } from 'payload'

import type { User } from '@/payload-types'
import { schedulePublishServerFunction } from '@/publishStatus/schedulePublish'

import type { ID } from './fixtures'

type Input = {
  type: 'publish' | 'unpublish'
  doc: { relationTo: 'articles' | 'pages'; value: string }
  user?: { relationTo: 'users'; value: ID }
}

/** Queues a scheduled publish or unpublish, as the admin's schedule drawer does. */
export const schedulePublish = async (payload: Payload, input: Input, waitUntil: Date) =>
  (await payload.jobs.queue({ task: 'schedulePublish', waitUntil, input } as never)) as {
    id: ID
  }

/**
 * A scheduled publish that is already due. The queue refuses a time in the past, so it is queued
 * a minute ahead and then moved back, as the clock would.
 */
export const scheduleDue = async (payload: Payload, input: Input) => {
  const job = await schedulePublish(payload, input, new Date(Date.now() + 60_000))
  await makeDue(payload, job.id)
  return job
}

/**
 * What the admin's schedule drawer does: the "schedule-publish" server function, as `user`.
 * Returns Payload's answer ({ message } or { error }) and the job it queued, if any.
 */
export const scheduleInAdmin = async (
  payload: Payload,
  user: User,
  args: { date?: Date; deleteID?: ID } & Partial<Input>,
) => {
  const before = new Set((await pendingJobs(payload)).map((job) => job.id))
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const answer = (await schedulePublishServerFunction({ ...args, req } as never)) as {
    message?: string
    error?: string
  }
  const job = (await pendingJobs(payload)).find((each) => !before.has(each.id) && each.input?.doc)
  return {
    answer,
    job: job as ({ id: ID; input: Record<string, unknown> } & Record<string, unknown>) | undefined,
  }
}

const pendingJobs = async (payload: Payload) =>
  (
    await payload.db.find({
      collection: 'payload-jobs',
      limit: 0,
      pagination: false,
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
  ).docs as unknown as { id: ID; input?: { doc?: unknown }; waitUntil?: string }[]

/** Moves a queued job's time into the past, as the clock would. */
export const makeDue = (payload: Payload, id: ID) =>
  payload.db.updateOne({
    collection: 'payload-jobs',
    id,
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
  })
