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

  await test.step('the preview route opens the draft on the site with an exit', async () => {
    await page.goto(`/next/preview?path=${encodeURIComponent(`/articles/${slug}`)}`)
    await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`))
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
    const response = await visitor.goto(`/articles/${slug}`)
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
      expect(response.headers().location, path).toBe('/')
    }
  })
})
