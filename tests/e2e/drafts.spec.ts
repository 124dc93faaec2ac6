import { expect, test } from '@playwright/test'

import {
  anonymousApi,
  articleId,
  EDITOR_STATE,
  graphql,
  openNewArticle,
  publish,
  uniqueTitle,
  visitorPage,
  waitForAutosave,
  writeArticle,
} from './helpers'

test.use({ storageState: EDITOR_STATE })

const articlesBySlugQuery = (slug: string, draft: boolean) =>
  `{ Articles(where: { slug: { equals: "${slug}" } }, draft: ${draft}) { docs { id title content } } }`

test('an article saved only as a draft stays invisible to visitors, REST and GraphQL', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const { title, slug } = uniqueTitle('Unfinished notes on shoulder pain')
  const body = ['This draft is not ready and must not be public.']

  await openNewArticle(page)
  await writeArticle(page, { title, body })
  const id = await articleId(page)
  await expect(page.locator('#field-slug')).toHaveValue(slug, { timeout: 15_000 })
  // The draft really is stored (the editor can read it), so what follows is a real test.
  await waitForAutosave(page, id, [title, `"slug":"${slug}"`, body[0]])
  await expect(page.locator('.doc-controls__status')).toContainText('Draft')

  await test.step('the article page is a 404 for a visitor', async () => {
    const visitor = await visitorPage(browser)
    const response = await visitor.goto(`/articles/${slug}`)
    expect(response?.status()).toBe(404)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
      'We could not find that page',
    )
    await expect(visitor.getByText(body[0])).toHaveCount(0)

    await visitor.goto('/')
    await expect(visitor.getByRole('heading', { name: 'Featured articles' })).toBeVisible()
    await expect(visitor.getByText(title)).toHaveCount(0)
    await visitor.context().close()
  })

  await test.step('the site search never finds it, by title or by text', async () => {
    const visitor = await visitorPage(browser)
    const stamp = title.split(' ').at(-1)!
    for (const query of [stamp, title, 'draft is not ready']) {
      const response = await visitor.goto(`/search?q=${encodeURIComponent(query)}`)
      expect(response?.status()).toBe(200)
      await expect(visitor.getByRole('status')).toHaveText(`No results for “${query}”`)
      await expect(visitor.locator('main').getByText(body[0])).toHaveCount(0)
    }
    const anonymous = await anonymousApi(playwright, baseURL)
    const index = await anonymous.get(`/api/search?where[title][like]=${stamp}&limit=100`)
    expect(index.status()).toBe(200)
    expect((await index.json()).totalDocs).toBe(0)
    await anonymous.dispose()
    await visitor.context().close()
  })

  await test.step('anonymous REST finds nothing, even when asking for drafts', async () => {
    const anonymous = await anonymousApi(playwright, baseURL)
    for (const query of [`where[slug][equals]=${slug}`, `where[slug][equals]=${slug}&draft=true`]) {
      const response = await anonymous.get(`/api/articles?${query}`)
      expect(response.status()).toBe(200)
      const { docs, totalDocs } = await response.json()
      expect(docs, query).toEqual([])
      expect(totalDocs).toBe(0)
    }
    const byId = await anonymous.get(`/api/articles/${id}?draft=true`)
    expect([403, 404]).toContain(byId.status())
    expect(await byId.text()).not.toContain(body[0])

    const versions = await anonymous.get(`/api/articles/versions?where[parent][equals]=${id}`)
    expect([401, 403]).toContain(versions.status())
    expect(await versions.text()).not.toContain(body[0])

    await test.step('anonymous GraphQL finds nothing either', async () => {
      for (const draft of [false, true]) {
        const result = await graphql(anonymous, articlesBySlugQuery(slug, draft))
        expect(result.data.Articles.docs).toEqual([])
      }
      const single = await anonymous.post('/api/graphql', {
        data: { query: `{ Article(id: ${id}, draft: true) { title } }` },
      })
      const text = await single.text()
      expect(text).not.toContain(title)
      expect(JSON.parse(text).data?.Article ?? null).toBeNull()
    })
    await anonymous.dispose()
  })
})

test('editing a published article as a draft leaves the published text on the site', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const { title, slug } = uniqueTitle('Knee braces explained')
  const published = 'A brace can support a knee while ligaments recover.'
  const draftTitle = `${title} (revised draft)`
  const draftText = 'Unreviewed draft sentence that visitors must not see yet.'

  await test.step('the editor publishes an article', async () => {
    await openNewArticle(page)
    await writeArticle(page, { title, body: [published] })
    await publish(page)
  })

  const visitor = await visitorPage(browser)
  await visitor.goto(`/articles/${slug}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(visitor.getByText(published)).toBeVisible()

  await test.step('then changes title and body; autosave keeps the change as a draft', async () => {
    await page.locator('#field-title').fill(draftTitle)
    const editor = page
      .locator('.rich-text-lexical')
      .filter({ has: page.locator('.field-label', { hasText: /^Content/ }) })
      .locator('[data-lexical-editor="true"]')
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type(draftText)
    await waitForAutosave(page, await articleId(page), [draftTitle, draftText])
    await expect(page.locator('.doc-controls__status')).toContainText(
      'Published, with unpublished changes',
    )
    // The slug stays what it was when the article went live: its public address must not move.
    await expect(page.locator('#field-slug')).toHaveValue(slug)
  })

  await test.step('the visitor still sees the published version', async () => {
    const response = await visitor.goto(`/articles/${slug}`)
    expect(response?.status()).toBe(200)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(visitor.getByText(published)).toBeVisible()
    await expect(visitor.getByText(draftText)).toHaveCount(0)
    await visitor.goto('/')
    await expect(visitor.getByRole('link', { name: title, exact: true })).toBeVisible()
    await expect(visitor.getByText(draftTitle)).toHaveCount(0)
  })

  await test.step('REST and GraphQL serve visitors the published version only', async () => {
    const anonymous = await anonymousApi(playwright, baseURL)
    for (const draft of ['', '&draft=true']) {
      const response = await anonymous.get(`/api/articles?where[slug][equals]=${slug}${draft}`)
      const text = await response.text()
      expect(text).not.toContain(draftText)
      expect(text).not.toContain(draftTitle)
    }
    const { docs } = await (await anonymous.get(`/api/articles?where[slug][equals]=${slug}`)).json()
    expect(docs).toHaveLength(1)
    expect(docs[0].title).toBe(title)
    for (const draft of [false, true]) {
      const result = await graphql(anonymous, articlesBySlugQuery(slug, draft))
      expect(JSON.stringify(result)).not.toContain(draftText)
    }
    await anonymous.dispose()
  })

  await test.step('the site search finds the published version only', async () => {
    const stamp = title.split(' ').at(-1)!
    await visitor.goto(`/search?q=${stamp}`)
    await expect(visitor.getByRole('status')).toHaveText(`1 result for “${stamp}”`)
    const main = visitor.locator('main')
    await expect(main.getByRole('link', { name: title, exact: true })).toHaveAttribute(
      'href',
      `/articles/${slug}`,
    )
    await expect(main.getByText(draftTitle)).toHaveCount(0)
    await visitor.goto(`/search?q=${encodeURIComponent('Unreviewed draft sentence')}`)
    await expect(visitor.getByRole('status')).toHaveText(
      'No results for “Unreviewed draft sentence”',
    )
  })
  await visitor.context().close()
})

test('publishing right after typing keeps every word, even on a slow computer', async ({
  page,
  browser,
}) => {
  // The editor hands its text to the form when the browser is idle; on a slow machine "Publish"
  // came first and saved the article without its last words (or refused it as empty).
  const cdp = await page.context().newCDPSession(page)
  await openNewArticle(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
  const { title, slug } = uniqueTitle('Published straight after typing')
  const lastWords = 'and these last words were typed just before publishing.'
  try {
    await writeArticle(page, { title, body: [`Every sentence counts, ${lastWords}`] })
    await publish(page)
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  }
  const visitor = await visitorPage(browser)
  expect((await visitor.goto(`/articles/${slug}`))?.status()).toBe(200)
  await expect(visitor.getByText(lastWords)).toBeVisible()
  await visitor.context().close()
})
