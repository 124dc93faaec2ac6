import { SITE_TIME_ZONE } from '@/display/timeZone'
import { formatScheduleTime, type PublishStatus } from '@/publishStatus/status'

import {
  articleData,
  type Basics,
  count,
  createBasics,
  type ID,
  pageData,
} from './helpers/fixtures'
import { rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'
import { makeDue, scheduleInAdmin } from './helpers/schedule'

/**
 * The stored status of articles and pages (`publishStatus`, `scheduledFor`): what the admin's
 * list shows and filters by, kept right through every way a document's state changes.
 */

let ctx: TestContext
let basics: Basics

beforeAll(async () => {
  ctx = await startPayload()
  basics = await createBasics(ctx.payload)
})

afterAll(async () => {
  await ctx?.stop()
})

type Collection = 'articles' | 'pages'

const dataFor = (collection: Collection, overrides: Record<string, unknown>) =>
  (collection === 'articles' ? articleData(basics, overrides) : pageData(overrides)) as never

const createDraft = async (collection: Collection = 'articles') =>
  (
    await ctx.payload.create({
      collection,
      data: dataFor(collection, { _status: 'draft' }),
      draft: true,
    })
  ).id

const createPublished = async (collection: Collection = 'articles') =>
  (await ctx.payload.create({ collection, data: dataFor(collection, {}) })).id

const saveDraft = (id: ID, title: string, collection: Collection = 'articles') =>
  ctx.payload.update({ collection, id, data: { title, _status: 'draft' }, draft: true })

/** The list's filter, as an editor's browser asks for it (the list reads the newest versions). */
const listed = async (status: PublishStatus, collection: Collection = 'articles') => {
  const response = await rest(
    ctx.config,
    'GET',
    `${collection}?draft=true&depth=0&limit=0&where[publishStatus][equals]=${status}`,
    { token: ctx.editor.token },
  )
  expect(response.status).toBe(200)
  return (response.body.docs as { id: ID }[]).map((doc) => doc.id)
}

/** The status on the main row (REST without drafts) and on the newest version (the list). */
const statusOf = async (id: ID, collection: Collection = 'articles') => {
  const main = await ctx.payload.findByID({ collection, id, depth: 0 })
  const latest = await ctx.payload.findByID({ collection, id, depth: 0, draft: true })
  expect(latest.publishStatus).toBe(main.publishStatus)
  expect(latest.scheduledFor ?? null).toBe(main.scheduledFor ?? null)
  return { status: main.publishStatus, scheduledFor: main.scheduledFor ?? null }
}

const versionsOf = (id: ID, collection: Collection = 'articles') =>
  ctx.payload
    .countVersions({ collection, where: { parent: { equals: id } } })
    .then((result) => result.totalDocs)

/** Schedules as an editor in the admin does; the job it queued. */
const schedule = async (
  id: ID,
  date: Date,
  type: 'publish' | 'unpublish' = 'publish',
  collection: Collection = 'articles',
) => {
  const { answer, job } = await scheduleInAdmin(ctx.payload, ctx.editor.user, {
    type,
    date,
    doc: { relationTo: collection, value: String(id) },
  })
  expect(answer).toEqual({ message: expect.any(String) })
  return job!
}

const inAnHour = () => new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 3_600_000)

describe('the status follows the document', () => {
  it('a new draft is "draft"; publishing makes it "published"', async () => {
    const id = await createDraft()
    expect(await statusOf(id)).toEqual({ status: 'draft', scheduledFor: null })
    expect(await listed('draft')).toContain(id)
    await ctx.payload.update({ collection: 'articles', id, data: { _status: 'published' } })
    expect(await statusOf(id)).toEqual({ status: 'published', scheduledFor: null })
    expect(await listed('published')).toContain(id)
    expect(await listed('draft')).not.toContain(id)
  })

  it('a draft saved over a published article is "changed"; publishing it again clears that', async () => {
    const id = await createPublished()
    await saveDraft(id, 'A newer headline')
    expect((await statusOf(id)).status).toBe('changed')
    expect(await listed('changed')).toContain(id)
    // Autosaves after that keep it (the newest version is rewritten in place).
    await ctx.payload.update({
      collection: 'articles',
      id,
      data: { title: 'A newer headline still' },
      draft: true,
      autosave: true,
    })
    expect((await statusOf(id)).status).toBe('changed')
    await ctx.payload.update({ collection: 'articles', id, data: { _status: 'published' } })
    expect((await statusOf(id)).status).toBe('published')
    expect(await listed('changed')).not.toContain(id)
  })

  it('unpublishing makes it "draft"', async () => {
    const id = await createPublished()
    await ctx.payload.update({ collection: 'articles', id, data: { _status: 'draft' } })
    expect((await statusOf(id)).status).toBe('draft')
  })

  it('scheduling makes it "scheduled" with the time; cancelling puts it back', async () => {
    const id = await createDraft()
    const versions = await versionsOf(id)
    const { updatedAt } = await ctx.payload.findByID({ collection: 'articles', id, draft: true })
    const when = inAnHour()
    const job = await schedule(id, when)
    expect(await statusOf(id)).toEqual({ status: 'scheduled', scheduledFor: when.toISOString() })
    expect(await listed('scheduled')).toContain(id)
    expect(await listed('draft')).not.toContain(id)
    // Written without a new version and without touching the document's own time.
    expect(await versionsOf(id)).toBe(versions)
    const after = await ctx.payload.findByID({ collection: 'articles', id, draft: true })
    expect(after.updatedAt).toBe(updatedAt)

    // The drawer's "delete" button.
    const cancelled = await scheduleInAdmin(ctx.payload, ctx.editor.user, { deleteID: job.id })
    expect(cancelled.answer).toEqual({ message: expect.any(String) })
    expect(await statusOf(id)).toEqual({ status: 'draft', scheduledFor: null })
    expect(await listed('scheduled')).not.toContain(id)
  })

  it('the earliest of two scheduled publishes is the one shown', async () => {
    const id = await createDraft()
    const later = inAnHour()
    const sooner = new Date(later.getTime() - 30 * 60_000)
    await schedule(id, later)
    await schedule(id, sooner)
    expect((await statusOf(id)).scheduledFor).toBe(sooner.toISOString())
  })

  it('a scheduled unpublish leaves a published article "published"', async () => {
    const id = await createPublished()
    await schedule(id, inAnHour(), 'unpublish')
    expect((await statusOf(id)).status).toBe('published')
  })

  it('changes saved over a published article and scheduled to go live read "scheduled"', async () => {
    const id = await createPublished()
    await saveDraft(id, 'Corrected headline for Monday')
    await schedule(id, inAnHour())
    expect((await statusOf(id)).status).toBe('scheduled')
  })

  it('the job runner publishing it on time makes it "published"', async () => {
    const id = await createDraft()
    await makeDue(ctx.payload, (await schedule(id, inAnHour())).id)
    expect((await statusOf(id)).status).toBe('scheduled')
    await ctx.payload.jobs.run()
    expect(await statusOf(id)).toEqual({ status: 'published', scheduledFor: null })
    expect(await listed('scheduled')).not.toContain(id)
  })

  it('a scheduled publish that fails leaves the document as it was, not "scheduled"', async () => {
    const id = await createDraft()
    const job = await schedule(id, inAnHour())
    expect((await statusOf(id)).status).toBe('scheduled')
    // The scheduling account is gone by the time the job runs: the task refuses to run.
    await ctx.payload.db.updateOne({
      collection: 'payload-jobs',
      id: job.id,
      data: {
        waitUntil: new Date(Date.now() - 1000).toISOString(),
        input: { ...job.input, user: { relationTo: 'users', value: 999_999 } },
      },
    })
    await ctx.payload.jobs.run()
    const failed = await ctx.payload.db.findOne({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
    })
    expect(failed).toMatchObject({ hasError: true })
    expect(await statusOf(id)).toEqual({ status: 'draft', scheduledFor: null })
  })

  it('restoring a published version makes it "published"; restoring as a draft "changed"', async () => {
    const id = await createPublished()
    await saveDraft(id, 'Second thoughts')
    const { docs } = await ctx.payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
    })
    await ctx.payload.restoreVersion({ collection: 'articles', id: docs[0].id })
    expect((await statusOf(id)).status).toBe('published')
    // "Restore as draft" in the admin (the Local API does not pass `draft` on).
    const restored = await rest(ctx.config, 'POST', `articles/versions/${docs[0].id}?draft=true`, {
      token: ctx.editor.token,
    })
    expect(restored.status).toBe(200)
    expect((await statusOf(id)).status).toBe('changed')
  })

  it('pages have the same status', async () => {
    const id = await createDraft('pages')
    expect((await statusOf(id, 'pages')).status).toBe('draft')
    await schedule(id, inAnHour(), 'publish', 'pages')
    expect(await listed('scheduled', 'pages')).toContain(id)
    await ctx.payload.update({ collection: 'pages', id, data: { _status: 'published' } })
    expect((await statusOf(id, 'pages')).status).toBe('published')
  })
})

describe('nobody sets it by hand', () => {
  it('a status sent with a save is ignored', async () => {
    const id = await createDraft()
    await ctx.payload.update({
      collection: 'articles',
      id,
      data: { publishStatus: 'published', scheduledFor: new Date().toISOString() } as never,
      draft: true,
      overrideAccess: false,
      user: ctx.editor.user,
    })
    expect(await statusOf(id)).toEqual({ status: 'draft', scheduledFor: null })
  })
})

describe('visitors', () => {
  it('never see the status, nor can they filter by it', async () => {
    const id = await createPublished()
    const doc = await rest(ctx.config, 'GET', `articles/${id}`)
    expect(doc.status).toBe(200)
    expect(doc.body).not.toHaveProperty('publishStatus')
    expect(doc.body).not.toHaveProperty('scheduledFor')
    const filtered = await rest(
      ctx.config,
      'GET',
      'articles?where[publishStatus][equals]=draft&draft=true',
    )
    expect(filtered.status).toBeGreaterThanOrEqual(400)
    expect(filtered.status).toBeLessThan(500)
    expect(JSON.stringify(filtered.body)).not.toContain('Knee article')
  })
})

describe('a schedule in the past', () => {
  it('is refused with a clear message, and nothing is queued', async () => {
    const id = await createDraft()
    const jobs = await count(ctx.payload, 'payload-jobs')
    const doc = { relationTo: 'articles' as const, value: String(id) }
    const past = new Date(Date.now() - 5 * 60_000)
    const { answer } = await scheduleInAdmin(ctx.payload, ctx.editor.user, {
      type: 'publish',
      doc,
      date: past,
    })
    expect(answer).toEqual({ error: expect.stringMatching(/has already passed\. Choose a time/) })
    expect(answer.error).toContain(formatScheduleTime(past.toISOString(), SITE_TIME_ZONE))
    expect(await count(ctx.payload, 'payload-jobs')).toBe(jobs)
    expect((await statusOf(id)).status).toBe('draft')
  })
})
