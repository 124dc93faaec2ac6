import type { ServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { DeskDashboard } from '@/components/admin/DeskDashboard'

import { articleData, type Basics, createBasics, pageData, reviewData } from './helpers/fixtures'
import { rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 18, item 6: the dashboard's "What needs doing". Each count is what its link's list
 * shows (the same filter through REST), and the counts follow what happens.
 */

let ctx: TestContext
let basics: Basics

beforeAll(async () => {
  delete process.env.SMTP_HOST
  ctx = await startPayload()
  basics = await createBasics(ctx.payload)
})

afterAll(async () => {
  await ctx?.stop()
})

type Task = { count: number; href: string | null }

const readDesk = async (user = ctx.editor.user): Promise<Record<string, Task>> => {
  const element = await DeskDashboard({ payload: ctx.payload, user } as unknown as ServerProps)
  const html = element ? renderToStaticMarkup(element) : ''
  const tasks: Record<string, Task> = {}
  for (const match of html.matchAll(
    /<li data-task="(\w+)"[^>]*>(?:<a class="desk-dashboard__link" href="([^"]*)">|<div[^>]*>)<span class="desk-dashboard__count">(\d+)<\/span>/g,
  ))
    tasks[match[1]] = { count: Number(match[3]), href: match[2]?.replace(/&amp;/g, '&') ?? null }
  return tasks
}

/** What the linked list shows: the same collection and query through REST, as staff. */
const listTotal = async (href: string) => {
  const [, collection, query] = /^\/admin\/collections\/([\w-]+)\?(.*)$/.exec(href)!
  const response = await rest(ctx.config, 'GET', `${collection}?${query}&limit=1&depth=0`, {
    token: ctx.editor.token,
  })
  expect(response.status).toBe(200)
  return response.body.totalDocs as number
}

const submit = () =>
  ctx.payload.create({
    collection: 'form-submissions',
    data: {
      form: basics.formId,
      submissionData: [{ field: 'email', value: 'p@mail.test' }],
    } as never,
  })

it('counts what needs doing, each linking to a list that shows exactly those', async () => {
  const before = await readDesk()
  expect(Object.keys(before)).toEqual([
    'pendingReviews',
    'newSubmissions',
    'failedEmails',
    'scheduledArticles',
    'draftArticles',
    'draftPages',
  ])

  await ctx.payload.create({
    collection: 'reviews',
    data: reviewData({ status: 'pending' }) as never,
  })
  await ctx.payload.create({
    collection: 'reviews',
    data: reviewData({ status: 'approved' }) as never,
  })
  const submission = await submit()
  const failed = await submit()
  await ctx.payload.db.updateOne({
    collection: 'form-submissions',
    id: failed.id,
    data: { emailStatus: 'failed' },
  })
  await ctx.payload.create({
    collection: 'articles',
    data: articleData(basics, { _status: 'draft' }) as never,
  })
  await ctx.payload.create({ collection: 'articles', data: articleData(basics) as never })
  await ctx.payload.create({ collection: 'pages', data: pageData({ _status: 'draft' }) as never })
  const scheduled = await ctx.payload.create({
    collection: 'articles',
    data: articleData(basics, { _status: 'draft' }) as never,
  })
  const queue = (type: 'publish' | 'unpublish', id: number | string) =>
    ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo: 'articles', value: String(id) } },
      waitUntil: new Date(Date.now() + 86_400_000),
    } as never)
  await queue('publish', scheduled.id)
  // Scheduled twice is one article; an unpublish is not "scheduled to go live".
  await queue('publish', scheduled.id)
  await queue('unpublish', basics.physicianId)

  const after = await readDesk()
  expect(after.pendingReviews.count).toBe(before.pendingReviews.count + 1)
  expect(after.newSubmissions.count).toBe(before.newSubmissions.count + 2)
  expect(after.failedEmails.count).toBe(before.failedEmails.count + 1)
  expect(after.draftArticles.count).toBe(before.draftArticles.count + 2)
  expect(after.draftPages.count).toBe(before.draftPages.count + 1)
  expect(after.scheduledArticles.count).toBe(1)
  for (const [key, task] of Object.entries(after)) {
    expect({ key, total: await listTotal(task.href!) }).toEqual({ key, total: task.count })
  }
  expect(after.newSubmissions.href).toBe(
    '/admin/collections/form-submissions?where%5Bor%5D%5B0%5D%5Band%5D%5B0%5D%5BreadAt%5D%5Bexists%5D=false',
  )

  // Opening a submission (staff reading it by id) takes it off the count.
  await rest(ctx.config, 'GET', `form-submissions/${submission.id}`, { token: ctx.editor.token })
  expect((await readDesk()).newSubmissions.count).toBe(after.newSubmissions.count - 1)
})

it('shows nothing to someone who is not staff', async () => {
  expect(await DeskDashboard({ payload: ctx.payload, user: null } as unknown as ServerProps)).toBe(
    null,
  )
})
