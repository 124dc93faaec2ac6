import { type APIRequestContext, expect, test } from '@playwright/test'

import { EDITOR_STATE, openAdmin, uniqueTitle } from './helpers'

test.use({ storageState: EDITOR_STATE, viewport: { width: 1280, height: 900 } })

const content = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

/** An article in the given state, made through the REST API as the editor. */
const createArticle = async (
  request: APIRequestContext,
  author: number,
  state: 'draft' | 'published' | 'changed',
) => {
  const { title, slug } = uniqueTitle(`Status ${state} article`)
  const data = { title, author, content: content(`About ${title}.`) }
  const created = await request.post(`/api/articles?draft=${state === 'draft'}`, {
    data: { ...data, _status: state === 'draft' ? 'draft' : 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id as number
  if (state === 'changed') {
    const changed = await request.patch(`/api/articles/${id}?draft=true`, {
      data: { title: `${title} (revised)`, _status: 'draft' },
    })
    expect(changed.status(), await changed.text()).toBe(200)
  }
  return { id, title, slug }
}

test('each status has its list filter, as an address the dashboard can link to', async ({
  page,
}) => {
  // Eleven admin page loads; a shared build machine can take several seconds for each.
  test.setTimeout(240_000)
  const author = (
    await (await page.request.get('/api/physicians?where[slug][equals]=ross-hauser&depth=0')).json()
  ).docs[0].id as number
  const draft = await createArticle(page.request, author, 'draft')
  const published = await createArticle(page.request, author, 'published')
  const changed = await createArticle(page.request, author, 'changed')

  const expected = [
    { status: 'draft', label: 'Draft', article: draft },
    { status: 'published', label: 'Published', article: published },
    { status: 'changed', label: 'Published, with unpublished changes', article: changed },
  ]
  for (const { status, label, article } of expected) {
    await test.step(`?where[publishStatus][equals]=${status} lists "${label}" articles only`, async () => {
      await page.goto(
        `/admin/collections/articles?where[publishStatus][equals]=${status}&limit=100`,
      )
      const row = page.locator('tbody tr', { hasText: article.title })
      await expect(row.locator('.publish-status')).toHaveText(label)
      // Every row shown has that status, and the other two articles are not among them.
      const shown = await page.locator('tbody .publish-status').allTextContents()
      expect(new Set(shown)).toEqual(new Set([label]))
      for (const other of expected.filter((each) => each.status !== status)) {
        await expect(page.locator('tbody tr', { hasText: other.article.title })).toHaveCount(0)
      }
    })
  }

  await test.step("the filter is offered in the list's own filter controls too", async () => {
    await openAdmin(page, '/admin/collections/articles')
    await page.getByRole('button', { name: 'Filters' }).click()
    await page.getByRole('button', { name: 'Add Filter' }).click()
    const condition = page.locator('.condition').last()
    await condition.locator('.condition__field .rs__control').click()
    await page.locator('.rs__option', { hasText: /^Publishing status$/ }).click()
    await condition.locator('.condition__value .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Published, with unpublished changes' }).click()
    await expect(page.locator('tbody tr', { hasText: changed.title })).toBeVisible()
    await expect(page.locator('tbody tr', { hasText: draft.title })).toHaveCount(0)
    await page.screenshot({ path: 'test-results/screens/list-status-filter.png' })
  })

  await test.step('the edit view says it too; "View on site" only for what visitors can see', async () => {
    await openAdmin(page, `/admin/collections/articles/${changed.id}`)
    await expect(page.locator('.doc-controls__status')).toContainText(
      'Published, with unpublished changes',
    )
    // The published address, not the draft's new title.
    const view = page.getByRole('link', { name: 'View on site' })
    // The link waits for a read of the published version: slow on a busy machine.
    await expect(view).toHaveAttribute('href', `/articles/${changed.slug}`, { timeout: 30_000 })
    await page.screenshot({ path: 'test-results/screens/edit-changed.png' })
    const [tab] = await Promise.all([page.context().waitForEvent('page'), view.click()])
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(changed.title)
    await tab.close()

    await openAdmin(page, `/admin/collections/articles/${draft.id}`)
    await expect(page.locator('.doc-controls__status')).toContainText('Draft')
    await expect(page.getByRole('link', { name: 'View on site' })).toHaveCount(0)
    await page.screenshot({ path: 'test-results/screens/edit-draft.png' })
  })

  await test.step('an unpublished article reads "Draft" and has no link', async () => {
    const unpublished = await page.request.patch(`/api/articles/${published.id}`, {
      data: { _status: 'draft' },
    })
    expect(unpublished.status()).toBe(200)
    await openAdmin(page, `/admin/collections/articles/${published.id}`)
    await expect(page.locator('.doc-controls__status')).toContainText('Draft')
    await expect(page.getByRole('link', { name: 'View on site' })).toHaveCount(0)
  })
})

test('a version comparison reads cite markers as the paper they cite', async ({ page }) => {
  const author = (
    await (await page.request.get('/api/physicians?where[slug][equals]=ross-hauser&depth=0')).json()
  ).docs[0].id as number
  const stamp = uniqueTitle('Comparison').slug.split('-').pop()
  const paper = await page.request.post('/api/citations', {
    data: {
      title: `Knee cartilage after injections ${stamp}`,
      authors: [
        { family: 'Ostrander', given: 'LM' },
        { family: 'Quill', given: 'TB' },
        { family: 'Varga', given: 'E' },
      ],
      journal: 'J Knee Surg',
      year: 2019,
    },
  })
  expect(paper.status(), await paper.text()).toBe(201)
  const citation = (await paper.json()).doc.id as number
  const { title } = uniqueTitle('Article citing a paper')
  const body = content('Injections help')
  const paragraph = body.root.children[0] as { children: object[] }
  paragraph.children.push({
    type: 'inlineBlock',
    version: 1,
    fields: { id: `cite${stamp}`, blockName: '', blockType: 'cite', citation },
  })
  const created = await page.request.post('/api/articles', {
    data: { title, author, content: body, _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id as number
  paragraph.children.unshift({ type: 'text', version: 1, text: 'In our clinic, ' })
  const draft = await page.request.patch(`/api/articles/${id}?draft=true`, {
    data: { content: body, _status: 'draft' },
  })
  expect(draft.status(), await draft.text()).toBe(200)
  const versions = await (
    await page.request.get(`/api/articles/versions?where[parent][equals]=${id}&sort=-updatedAt`)
  ).json()
  await openAdmin(page, `/admin/collections/articles/${id}/versions/${versions.docs[0].id}`)
  const diff = page.locator('.lexical-diff').first()
  // The comparison is rendered on the server in one piece: slow on a busy machine.
  await expect(diff).toContainText(`[Ostrander et al, 2019]`, { timeout: 30_000 })
  await expect(diff).not.toContainText('InlineBlock')
  await page.screenshot({ path: 'test-results/screens/version-compare.png', fullPage: true })
})

// Editors' browsers keep the clinic's time zone; in UTC, between midnight and 6 a.m. the
// picker's "today" is the clinic's tomorrow, and no time gone by can be typed at all.
test.describe('in the clinic’s time zone', () => {
  test.use({ timezoneId: 'America/Chicago' })

  test('a changed article goes back to its published version; unpublished, it is scheduled to publish, never for a time gone by', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const author = (
      await (
        await page.request.get('/api/physicians?where[slug][equals]=ross-hauser&depth=0')
      ).json()
    ).docs[0].id as number
    const { id, title } = await createArticle(page.request, author, 'changed')
    await openAdmin(page, `/admin/collections/articles/${id}`)
    const status = page.locator('.doc-controls__status')
    const titleField = page.locator('#field-title')
    await expect(status).toContainText('Published, with unpublished changes')
    await expect(titleField).toHaveValue(`${title} (revised)`)

    await test.step('revert to published', async () => {
      await status.getByRole('button', { name: 'Revert to published' }).click()
      await page.getByRole('button', { name: 'Confirm' }).click()
      await expect(titleField).toHaveValue(title)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      await expect(status).not.toContainText('unpublished changes')
      await expect(status).toContainText('Published')
      await expect(status.getByRole('button', { name: 'Revert to published' })).toHaveCount(0)
      const latest = await page.request.get(`/api/articles/${id}?draft=true&depth=0`)
      expect((await latest.json()).title).toBe(title)
    })

    await test.step('unpublish', async () => {
      await page.locator('.doc-controls__popup .popup-button').click()
      await page.locator('#action-unpublish').click()
      await page.getByRole('button', { name: 'Confirm' }).click()
      await expect(status).toContainText('Draft')
    })

    await test.step('the schedule drawer offers Publish, and refuses a time gone by', async () => {
      await page.locator('#action-save-popup .popup-button').click()
      await page.getByRole('button', { name: 'Schedule Publish' }).click()
      const drawer = page.locator('.schedule-publish')
      await expect(drawer.getByLabel('Publish', { exact: true })).toBeChecked()
      const time = drawer.locator('.date-time-picker input')
      // An hour ago, as the drawer's picker reads it in the site's zone.
      const past = new Date(Date.now() - 3_600_000)
      const parts = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'America/Chicago' }).format(past)
      await time.fill(
        `${parts({ month: 'short' })} ${parts({ day: 'numeric' })}, ${parts({ year: 'numeric' })} ${parts({ hour: 'numeric', minute: '2-digit', hour12: true })}`,
      )
      await time.press('Enter')
      await drawer.getByRole('button', { name: 'Save' }).click()
      await expect(
        page.getByText(/has already passed\. Choose a time in the future\./),
      ).toBeVisible()
      await expect(page.getByText('Scheduled successfully')).toHaveCount(0)
      await expect(drawer.locator('.schedule-publish__upcoming table')).toHaveCount(0)
      await page.screenshot({ path: 'test-results/screens/schedule-past-refused.png' })
    })
    expect((await (await page.request.get(`/api/articles/${id}?depth=0`)).json())._status).toBe(
      'draft',
    )
  })
})
