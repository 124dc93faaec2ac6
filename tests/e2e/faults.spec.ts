import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { expect, type Page, test } from '@playwright/test'

import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/db/unavailable'
import { holdWriteLock } from '../int/helpers/lock'
import { EDITOR_STATE, visitorPage } from './helpers'

/**
 * Issue 9, faults, against the production server: while another process holds the database's
 * write lock, cached pages keep answering with their content and the contact form says clearly
 * that nothing was saved (503); once the lock is gone the form and publishing work again, with
 * no restart. The lock is always released, so the specs after this one see a normal database.
 */

test.use({ storageState: EDITOR_STATE })

const PORT = Number(process.env.E2E_PORT || 3100)
const DATABASE = path.join(os.tmpdir(), `clinic-e2e-${PORT}`, 'e2e.db')

const fillContactForm = async (visitor: Page, lastName: string) => {
  const form = visitor.locator('form.site-form')
  await form.getByRole('textbox', { name: 'First name (required)' }).fill('Jane')
  await form.getByRole('textbox', { name: 'Last name (required)' }).fill(lastName)
  await form.getByRole('textbox', { name: 'Email (required)' }).fill('jane.doe@example.com')
  await form.getByRole('textbox', { name: /Tell us about your symptoms/ }).fill('Knee pain.')
  await form.getByRole('combobox', { name: 'Preferred office' }).selectOption({ index: 1 })
  await form.getByRole('checkbox', { name: /I agree to be contacted/ }).check()
  await form.getByRole('button', { name: 'Send my question' }).click()
}

test('a locked database: cached pages serve, the form answers 503 clearly, then all works again', async ({
  browser,
  page,
}) => {
  const staff = page.request
  const found = await staff.get('/api/articles', {
    params: { 'where[_status][equals]': 'published', limit: '1', depth: '0' },
  })
  const [article] = (await found.json()).docs as { id: number; slug: string; title: string }[]
  const articleUrl = `/articles/${article.slug}`
  const countSubmissions = async () =>
    (await (await staff.get('/api/form-submissions', { params: { limit: '1' } })).json())
      .totalDocs as number

  const visitor = await visitorPage(browser)
  // Warm the cache until both pages are hits. Earlier specs' edits expire their tags a second
  // time 3 s later (FOLLOW_UP_EXPIRY_MS), so let that pass first.
  await new Promise((resolve) => setTimeout(resolve, 3_500))
  for (const url of ['/', articleUrl]) {
    await expect
      .poll(async () => (await visitor.goto(url))?.headers()['x-nextjs-cache'])
      .toBe('HIT')
  }
  await visitor.goto('/')
  const homeHeading = await visitor.locator('h1').first().textContent()
  expect((await visitor.goto('/contact'))?.status()).toBe(200)
  const submissionsBefore = await countSubmissions()

  const lock = await holdWriteLock(DATABASE)
  try {
    await test.step('cached pages answer at once with their content', async () => {
      for (const [url, heading] of [
        [articleUrl, article.title],
        ['/', homeHeading],
      ] as const) {
        const started = Date.now()
        const response = await visitor.goto(url)
        expect(response?.status()).toBe(200)
        // Served from the cache, not rendered (WAL readers could render it even now).
        expect(response?.headers()['x-nextjs-cache']).toBe('HIT')
        await expect(visitor.locator('h1').first()).toHaveText(heading!)
        expect(Date.now() - started).toBeLessThan(10_000)
      }
    })

    await test.step('the contact form shows the 503 message, and nothing is saved', async () => {
      expect((await visitor.goto('/contact'))?.status()).toBe(200)
      const answer = visitor.waitForResponse(
        (response) =>
          response.url().endsWith('/api/form-submissions') &&
          response.request().method() === 'POST',
        { timeout: 30_000 },
      )
      await fillContactForm(visitor, `Outage-${Date.now()}`)
      const response = await answer
      expect(response.status()).toBe(503)
      expect(response.headers()['retry-after']).toBe('30')
      await expect(visitor.locator('.notice--error')).toContainText(DATABASE_UNAVAILABLE_MESSAGE)
      expect(await countSubmissions()).toBe(submissionsBefore)
    })
  } finally {
    await lock.release()
  }

  await test.step('with the lock gone, the same form is saved (no restart)', async () => {
    expect((await visitor.goto('/contact'))?.status()).toBe(200)
    const lastName = `Recovered-${Date.now()}`
    await fillContactForm(visitor, lastName)
    await expect(visitor.getByRole('status')).toContainText('Thank you.', { timeout: 30_000 })
    expect(await countSubmissions()).toBe(submissionsBefore + 1)
    // Committed, not just visible to the server: another process (a backup, a restarted server)
    // reads it from the file.
    const other = createClient({ url: `file:${DATABASE}` })
    try {
      const { rows } = await other.execute({
        sql: 'SELECT count(*) AS n FROM form_submissions_submission_data WHERE value = ?',
        args: [lastName],
      })
      expect(Number(rows[0].n)).toBe(1)
    } finally {
      other.close()
    }
  })

  await test.step('and an edit publishes and shows on the page', async () => {
    const title = `${article.title} (updated ${Date.now()})`
    const edit = await staff.patch(`/api/articles/${article.id}`, {
      data: { title, _status: 'published' },
    })
    expect(edit.status(), await edit.text()).toBe(200)
    try {
      await expect
        .poll(async () => {
          await visitor.goto(articleUrl)
          return visitor.locator('h1').first().textContent()
        })
        .toBe(title)
    } finally {
      const back = await staff.patch(`/api/articles/${article.id}`, {
        data: { title: article.title, _status: 'published' },
      })
      expect(back.status()).toBe(200)
    }
  })
  await visitor.context().close()
})
