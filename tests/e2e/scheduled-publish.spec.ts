import { expect, test } from '@playwright/test'

import {
  articleId,
  EDITOR_STATE,
  openNewArticle,
  uniqueTitle,
  visitorPage,
  waitForAutosave,
  writeArticle,
} from './helpers'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The schedule drawer's date format, 'MMM d, yyy h:mm a', in UTC (the browser's timezone here). */
const pickerText = (date: Date): string => {
  const hours = date.getUTCHours()
  const minutes = String(date.getUTCMinutes()).padStart(2, '0')
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()} ${
    hours % 12 || 12
  }:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
}

test('a draft scheduled in the admin goes live on its own, with nobody in the admin', async ({
  browser,
}) => {
  test.setTimeout(150_000)
  const { title, slug } = uniqueTitle('Scheduled news about hip pain')
  const body = ['This article was scheduled in advance and went live on time.']

  // The editor's own browser context, closed once the job is scheduled.
  const editorContext = await browser.newContext({ storageState: EDITOR_STATE, timezoneId: 'UTC' })
  const page = await editorContext.newPage()

  await test.step('the editor writes a draft', async () => {
    await openNewArticle(page)
    await writeArticle(page, { title, body })
    const id = await articleId(page)
    await expect(page.locator('#field-slug')).toHaveValue(slug, { timeout: 15_000 })
    // The job publishes the latest draft: make sure it holds everything.
    await waitForAutosave(page, id, [title, body[0]])
    await expect(page.locator('.doc-controls__status')).toContainText('Draft')
  })

  // The drawer's time picker has minute precision, so the job waits for the next whole minute
  // that is still at least 10 seconds away (10 to 70 seconds from now).
  const publishAt = new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000)

  await test.step(`and schedules it to publish at ${publishAt.toISOString()}`, async () => {
    await page.locator('#action-save-popup .popup-button').click()
    await page.getByRole('button', { name: 'Schedule Publish' }).click()
    const drawer = page.locator('.schedule-publish')
    await expect(
      drawer.getByRole('heading', { name: `Schedule publish for ${title}` }),
    ).toBeVisible()
    await expect(drawer.getByLabel('Publish', { exact: true })).toBeChecked()
    const time = drawer.locator('.date-time-picker input')
    await time.fill(pickerText(publishAt))
    await time.press('Enter')
    await expect(time).toHaveValue(pickerText(publishAt))
    await drawer.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Scheduled successfully')).toBeVisible()
    // The upcoming-events table lists the job.
    await expect(drawer.locator('.schedule-publish__upcoming table')).toContainText('Publish')
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
})
