import { expect, test } from '@playwright/test'

import {
  articleId,
  EDITOR_STATE,
  nextSchedulableTime,
  openAdmin,
  scheduleToPublish,
  SITE_ZONE,
  openNewArticle,
  uniqueTitle,
  untilReactListens,
  visitorPage,
  waitForAutosave,
  writeArticle,
} from './helpers'

/** How the admin writes the scheduled time: "Dec 6, 2026, 10:05 AM CST". */
const statusTime = (date: Date): string =>
  new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: SITE_ZONE,
    timeZoneName: 'short',
  }).format(date)

test('a draft scheduled in the admin goes live on its own, with nobody in the admin', async ({
  browser,
}) => {
  test.setTimeout(150_000)
  const { title, slug } = uniqueTitle('Scheduled news about hip pain')
  const body = ['This article was scheduled in advance and went live on time.']

  // The editor's own browser context (at the clinic), closed once the job is scheduled.
  const editorContext = await browser.newContext({
    storageState: EDITOR_STATE,
    timezoneId: SITE_ZONE,
    viewport: { width: 1280, height: 900 },
  })
  const page = await editorContext.newPage()

  await test.step('the editor writes a draft', async () => {
    await openNewArticle(page)
    await writeArticle(page, { title, body })
    const id = await articleId(page)
    await expect(page.locator('#field-slug')).toHaveValue(slug, { timeout: 15_000 })
    // The job publishes the latest draft: make sure it holds everything.
    await waitForAutosave(page, id, [title, body[0]])
    await expect(page.locator('.doc-controls__status')).toContainText('Draft')
    // Never published: nothing to view on the site yet.
    await expect(page.getByRole('link', { name: 'View on site' })).toHaveCount(0)
  })

  const publishAt = nextSchedulableTime()

  await test.step(`and schedules it to publish at ${publishAt.toISOString()}`, async () => {
    const drawer = await scheduleToPublish(page, title, publishAt)
    // The upcoming-events table lists the job.
    await expect(drawer.locator('.schedule-publish__upcoming table')).toContainText('Publish')
    await page.screenshot({ path: 'test-results/screens/schedule-drawer.png' })
  })

  await test.step('the edit view and the list say when it goes live', async () => {
    await page.locator('.schedule-publish').getByRole('button', { name: /close/i }).first().click()
    const status = page.locator('.doc-controls__status')
    await expect(status).toContainText(`Scheduled for ${statusTime(publishAt)}`)
    await page.screenshot({ path: 'test-results/screens/edit-scheduled.png' })
    // The dashboard's "Scheduled" link.
    await openAdmin(page, '/admin/collections/articles?where[publishStatus][equals]=scheduled')
    const row = page.locator('tbody tr', { hasText: title })
    await expect(row).toContainText(`Scheduled for ${statusTime(publishAt)}`)
    await page.screenshot({ path: 'test-results/screens/list-scheduled.png' })
    await openAdmin(page, '/admin/collections/articles?where[publishStatus][equals]=draft')
    await expect(page.locator('.collection-list')).toBeVisible()
    await expect(page.locator('tbody tr', { hasText: title })).toHaveCount(0)
  })

  // Nobody keeps the admin open: the job must run inside the server on its own.
  await editorContext.close()

  const visitor = await visitorPage(browser)
  if (publishAt.getTime() - Date.now() > 2_000) {
    await test.step('before the time, visitors get a 404', async () => {
      expect((await visitor.goto(`/articles/${slug}`))?.status()).toBe(404)
    })
  }

  await test.step('within 15 seconds of the time, visitors read it', async () => {
    await expect
      .poll(async () => (await visitor.request.get(`/articles/${slug}`)).status(), {
        timeout: publishAt.getTime() - Date.now() + 15_000,
        intervals: [1_000],
      })
      .toBe(200)
    const lateBy = Date.now() - publishAt.getTime()
    console.log(
      `[scheduled publish] visible ${(lateBy / 1000).toFixed(1)} s after ${publishAt.toISOString()}`,
    )
    expect(lateBy).toBeGreaterThanOrEqual(0)
    await visitor.goto(`/articles/${slug}`)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(visitor.getByText(body[0])).toBeVisible()
    await visitor.goto('/')
    await expect(visitor.getByRole('link', { name: title })).toBeVisible()
  })
  await visitor.context().close()

  await test.step('back in the admin, it reads "Published", with a link to it on the site', async () => {
    const context = await browser.newContext({ storageState: EDITOR_STATE, timezoneId: SITE_ZONE })
    const admin = await context.newPage()
    await openAdmin(admin, '/admin/collections/articles?where[publishStatus][equals]=published')
    const row = admin.locator('tbody tr', { hasText: title })
    await expect(row.locator('.publish-status')).toHaveText('Published')
    await untilReactListens(row.getByRole('link', { name: title }))
    await row.getByRole('link', { name: title }).click()
    await expect(admin.locator('.doc-controls__status')).toContainText('Published')
    const view = admin.getByRole('link', { name: 'View on site' })
    await expect(view).toHaveAttribute('href', `/articles/${slug}`)
    await admin.screenshot({ path: 'test-results/screens/edit-published.png' })
    await context.close()
  })
})
