import { expect, test } from '@playwright/test'

import { document, paragraph, text } from '../../src/seed/lexical'

import {
  articleId,
  EDITOR_STATE,
  openAdmin,
  openNewArticle,
  uniqueTitle,
  visitorPage,
  waitForAutosave,
  writeArticle,
} from './helpers'

test.use({ storageState: EDITOR_STATE })

test('an editor previews a draft in the admin and on the site, then leaves preview', async ({
  page,
  browser,
}) => {
  const { title, slug } = uniqueTitle('Preview of hip pain treatments')
  const body = ['This paragraph exists only in a draft.']
  await openNewArticle(page)
  await writeArticle(page, { title, body })
  const id = await articleId(page)
  await expect(page.locator('#field-slug')).toHaveValue(slug, { timeout: 15_000 })
  await waitForAutosave(page, id, [title, body[0]])

  await test.step('live preview in the admin shows the draft and follows the editing', async () => {
    await page.locator('#live-preview-toggler').click()
    const frame = page.locator('.live-preview-window iframe').contentFrame()
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 20_000 })
    await expect(frame.getByText(body[0])).toBeVisible()
    await expect(frame.getByRole('region', { name: 'Preview' })).toContainText(
      'unpublished changes',
    )
    // Every autosave re-renders the preview with the newest draft.
    const changed = `${title} revised`
    await page.locator('#field-title').fill(changed)
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(changed, {
      timeout: 20_000,
    })
    await page.locator('#live-preview-toggler').click()
  })

  await test.step('the preview route opens the draft at its draft address with an exit', async () => {
    await page.goto(`/next/preview?path=${encodeURIComponent(`/articles/${slug}`)}`)
    await expect(page).toHaveURL(new RegExp(`/next/draft/articles/${slug}$`))
    await expect(page.getByText(body[0])).toBeVisible()
    // Whatever a preview shows stays out of search engines, links included.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute(
      'content',
      'noindex, nofollow',
    )
    const bar = page.getByRole('region', { name: 'Preview' })
    await expect(bar).toContainText('you are seeing unpublished changes')
    await bar.getByRole('link', { name: 'Exit preview' }).click()
    // Back at the same address, now as the public sees it: the draft does not exist there.
    await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
    await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0)
  })

  await test.step('a visitor can neither enter preview nor see the draft', async () => {
    const visitor = await visitorPage(browser)
    const denied = await visitor.goto(
      `/next/preview?path=${encodeURIComponent(`/articles/${slug}`)}`,
    )
    expect(denied?.status()).toBe(403)
    expect(await visitor.context().cookies()).toEqual([])
    // Even a draft-mode cookie copied from someone else shows only published content.
    await visitor
      .context()
      .addCookies([{ name: '__prerender_bypass', value: 'copied-or-guessed', url: page.url() }])
    // Not this build's cookie: the draft address sends the visitor to the public one.
    const response = await visitor.goto(`/next/draft/articles/${slug}`)
    expect(new URL(visitor.url()).pathname).toBe(`/articles/${slug}`)
    expect(response?.status()).toBe(404)
    await expect(visitor.getByText(body[0])).toHaveCount(0)
    await visitor.context().close()
  })

  await test.step('an outside address in ?path= never becomes a redirect target', async () => {
    for (const path of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
      const response = await page.request.get(`/next/preview?path=${encodeURIComponent(path)}`, {
        maxRedirects: 0,
      })
      expect(response.status(), path).toBe(307)
      // The home page's draft address.
      expect(response.headers().location, path).toBe('/next/draft')
    }
  })
})

/** Lexical JSON for one paragraph of text. */
const oneParagraph = (value: string) => document(paragraph(text(value)))

test('live preview leaves the public site public in the editor’s own browser', async ({ page }) => {
  const staff = page.request
  const first = async (collection: string) => {
    const response = await staff.get(`/api/${collection}?sort=name&depth=0&limit=1`)
    return (await response.json()).docs[0] as { id: number }
  }
  const { title, slug } = uniqueTitle('Published advice on knee braces')
  const draftTitle = `${title} (unpublished change)`
  const created = await staff.post('/api/articles', {
    data: {
      title,
      author: (await first('physicians')).id,
      topics: [(await first('topics')).id],
      excerpt: 'Published before the preview.',
      content: oneParagraph('Published before the preview.'),
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id } = (await created.json()).doc
  const changed = await staff.patch(`/api/articles/${id}?draft=true`, {
    data: { title: draftTitle },
  })
  expect(changed.status(), await changed.text()).toBe(200)

  await test.step('live preview in the admin shows the unpublished change', async () => {
    await openAdmin(page, `/admin/collections/articles/${id}`)
    await page.locator('#live-preview-toggler').click()
    const frame = page.locator('.live-preview-window iframe').contentFrame()
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(draftTitle, {
      timeout: 20_000,
    })
    await expect(frame.getByRole('region', { name: 'Preview' })).toBeVisible()
  })

  const tab = await page.context().newPage()
  const tabPreview = tab.getByRole('region', { name: 'Preview' })
  await test.step('a normal tab of the same browser shows the published site', async () => {
    await tab.goto(`/articles/${slug}`)
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(tabPreview).toHaveCount(0)
    await tab.goto('/offices')
    await expect(tab.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(tabPreview).toHaveCount(0)
    // The draft-mode cookie is sent to draft addresses only, never to the public site.
    const cookies = await page.context().cookies()
    expect(
      cookies.filter((cookie) => cookie.name === '__prerender_bypass').map(({ path }) => path),
    ).toEqual(['/next/draft'])
  })

  await test.step('"Preview" chosen for the page shows its draft, and only there', async () => {
    const opened = page.context().waitForEvent('page')
    await page.locator('#preview-button').click()
    const previewTab = await opened
    await expect(previewTab.getByRole('heading', { level: 1 })).toHaveText(draftTitle)
    await expect(previewTab.getByRole('region', { name: 'Preview' })).toContainText(
      'unpublished changes',
    )
    await tab.goto(`/articles/${slug}`)
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(tabPreview).toHaveCount(0)
    // A link followed from the draft leads to the public site, and the bar goes with it.
    await previewTab.getByRole('banner').getByRole('link', { name: 'Offices' }).click()
    await expect(previewTab).toHaveURL(/\/offices$/)
    await expect(previewTab.getByRole('region', { name: 'Preview' })).toHaveCount(0)
  })
})
