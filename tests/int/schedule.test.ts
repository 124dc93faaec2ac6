import { articleData, type Basics, createBasics, type ID } from './helpers/fixtures'
import { rest } from './helpers/http'
import { scheduleDue as scheduleDueJob, schedulePublish } from './helpers/schedule'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Scheduled publishing: the admin panel queues Payload's `schedulePublish` task; the server's
 * own job runner (jobs.autoRun) runs it when it is due. Here the runner is called directly.
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

const createDraft = async (title: string) =>
  (
    await ctx.payload.create({
      collection: 'articles',
      data: articleData(basics, { title, _status: 'draft' }) as never,
      draft: true,
    })
  ).id

const scheduleDue = (id: ID, type: 'publish' | 'unpublish' = 'publish', user?: ID) =>
  scheduleDueJob(ctx.payload, {
    type,
    doc: { relationTo: 'articles', value: String(id) },
    ...(user === undefined ? {} : { user: { relationTo: 'users' as const, value: user } }),
  })

const schedule = (id: ID, waitUntil: Date) =>
  schedulePublish(
    ctx.payload,
    { type: 'publish', doc: { relationTo: 'articles', value: String(id) } },
    waitUntil,
  )

const visitorSees = async (id: ID) =>
  Boolean(
    await ctx.payload.findByID({
      collection: 'articles',
      id,
      overrideAccess: false,
      disableErrors: true,
    }),
  )

describe('configuration', () => {
  it('the server runs the default queue itself, every minute unless told otherwise', async () => {
    const config = await ctx.config
    const autoRun = config.jobs.autoRun
    expect(Array.isArray(autoRun)).toBe(true)
    expect(autoRun).toEqual(
      expect.arrayContaining([expect.objectContaining({ queue: 'default', cron: '* * * * *' })]),
    )
    expect((config.jobs.tasks ?? []).map((task) => task.slug)).toContain('schedulePublish')
  })

  it('JOBS_AUTORUN=false is the only switch that stops the runner', async () => {
    const config = await ctx.config
    const shouldAutoRun = config.jobs.shouldAutoRun!
    const saved = process.env.JOBS_AUTORUN
    try {
      delete process.env.JOBS_AUTORUN
      expect(await shouldAutoRun(ctx.payload)).toBe(true)
      process.env.JOBS_AUTORUN = 'false'
      expect(await shouldAutoRun(ctx.payload)).toBe(false)
    } finally {
      process.env.JOBS_AUTORUN = saved
    }
  })

  it('visitors cannot trigger the job runner over HTTP; staff can', async () => {
    expect((await rest(ctx.config, 'GET', 'payload-jobs/run')).status).toBe(401)
    const staff = await rest(ctx.config, 'GET', 'payload-jobs/run', { token: ctx.editor.token })
    expect(staff.status).toBe(200)
  })
})

describe('a scheduled publication', () => {
  it('publishes a draft when it is due, and visitors can then read it', async () => {
    const id = await createDraft('Scheduled article')
    expect(await visitorSees(id)).toBe(false)
    await scheduleDue(id)
    await ctx.payload.jobs.run()
    const article = await ctx.payload.findByID({ collection: 'articles', id })
    expect(article._status).toBe('published')
    expect(article.publishedAt).toEqual(expect.any(String))
    expect(await visitorSees(id)).toBe(true)
    const page = await rest(ctx.config, 'GET', `articles?where[slug][equals]=${article.slug}`)
    expect(page.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['Scheduled article'])
  })

  it('waits when it is not due yet', async () => {
    const id = await createDraft('Next week article')
    await schedule(id, new Date(Date.now() + 7 * 24 * 3600 * 1000))
    await ctx.payload.jobs.run()
    expect((await ctx.payload.findByID({ collection: 'articles', id }))._status).toBe('draft')
    expect(await visitorSees(id)).toBe(false)
  })

  it('runs with the access of the editor who scheduled it', async () => {
    const id = await createDraft('Editor scheduled article')
    await scheduleDue(id, 'publish', ctx.editor.user.id)
    await ctx.payload.jobs.run()
    expect((await ctx.payload.findByID({ collection: 'articles', id }))._status).toBe('published')
  })

  it('can also take an article offline on schedule', async () => {
    const published = await ctx.payload.create({
      collection: 'articles',
      data: articleData(basics, { title: 'Seasonal article' }) as never,
    })
    expect(await visitorSees(published.id)).toBe(true)
    await scheduleDue(published.id, 'unpublish')
    await ctx.payload.jobs.run()
    expect(await visitorSees(published.id)).toBe(false)
  })
})
