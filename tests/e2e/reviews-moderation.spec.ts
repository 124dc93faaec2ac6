import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import {
  anonymousApi,
  EDITOR_STATE,
  graphql,
  openAdmin,
  uniqueTitle,
  untilReactListens,
  visitorPage,
} from './helpers'

test.use({ storageState: EDITOR_STATE })

/** A new review, sent through the REST API with the editor's session: it starts as pending. */
const createReview = async (
  request: APIRequestContext,
  reviewerName: string,
  body = 'Clear answers and a kind front desk.',
): Promise<number> => {
  const response = await request.post('/api/reviews', {
    data: {
      reviewerName,
      body,
      rating: 5,
      source: 'website',
      reviewedAt: new Date().toISOString(),
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  const { doc } = await response.json()
  expect(doc.status).toBe('pending')
  return doc.id
}

/** What an anonymous visitor gets for this reviewer's name through REST and GraphQL. */
const publicNames = async (anonymous: APIRequestContext, reviewerName: string) => {
  const response = await anonymous.get(
    `/api/reviews?where[reviewerName][equals]=${encodeURIComponent(reviewerName)}&depth=0`,
  )
  expect(response.status()).toBe(200)
  const rest = (await response.json()).docs.map((doc: { reviewerName: string }) => doc.reviewerName)
  const result = await graphql(
    anonymous,
    `{ Reviews(where: { reviewerName: { equals: "${reviewerName}" } }) { docs { reviewerName } } }`,
  )
  const viaGraphql = result.data.Reviews.docs.map(
    (doc: { reviewerName: string }) => doc.reviewerName,
  )
  return { rest, graphql: viaGraphql }
}

const statusTabs = (page: Page) => page.getByRole('navigation', { name: 'Reviews by status' })

/** The reviews list, filtered to one status with its tab, as an editor would. */
const openStatusTab = async (page: Page, tab: 'Pending' | 'Approved' | 'Rejected') => {
  await openAdmin(page, '/admin/collections/reviews')
  const link = statusTabs(page).getByRole('link', { name: new RegExp(`^${tab} \\(\\d+\\)$`) })
  await untilReactListens(link)
  await link.click()
  await expect(link).toHaveAttribute('aria-current', 'page')
  await expect(page).toHaveURL(new RegExp(`where.*status.*equals.*=${tab.toLowerCase()}`))
  // The table has been reloaded for the tab once no row shows another status.
  await expect(
    page.locator('tbody .review-status').filter({ hasNotText: new RegExp(`^${tab}$`) }),
  ).toHaveCount(0)
}

const row = (page: Page, reviewerName: string) =>
  page.getByRole('row').filter({ hasText: reviewerName })

test('a pending review is private until an editor approves it with one click in the list', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const { title: reviewerName } = uniqueTitle('Pending Patient')
  const body = `The physiotherapy plan worked for me (${reviewerName}).`
  await createReview(page.request, reviewerName, body)

  const anonymous = await anonymousApi(playwright, baseURL)
  const visitor = await visitorPage(browser)

  await test.step('visitors see nothing of it: not the page, REST or GraphQL', async () => {
    await visitor.goto('/reviews')
    await expect(visitor.getByRole('heading', { level: 1, name: 'Patient reviews' })).toBeVisible()
    await expect(visitor.getByText(reviewerName)).toHaveCount(0)
    expect(await publicNames(anonymous, reviewerName)).toEqual({ rest: [], graphql: [] })
  })

  await test.step('the editor finds it under Pending, and the filter survives a reload', async () => {
    await openStatusTab(page, 'Pending')
    await expect(row(page, reviewerName)).toContainText('Pending')
    await page.reload()
    await expect(statusTabs(page).getByRole('link', { name: /^Pending/ })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect(row(page, reviewerName)).toBeVisible()
  })

  await test.step('one click on its row approves it, without leaving the list', async () => {
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' && /\/api\/reviews\/\d+/.test(response.url()),
    )
    await page.getByRole('button', { name: `Approve the review by ${reviewerName}` }).click()
    expect((await saved).status()).toBe(200)
    await expect(page.getByText(`The review by ${reviewerName} is approved.`)).toBeVisible()
    // Approved, it leaves the Pending list; the click did not open the review either.
    await expect(row(page, reviewerName)).toHaveCount(0)
    await expect(page).toHaveURL(/\/admin\/collections\/reviews\?.*=pending/)
  })

  await test.step('now the visitor sees it on /reviews, and so do REST and GraphQL', async () => {
    await visitor.goto('/reviews')
    const card = visitor.getByRole('figure').filter({ hasText: reviewerName })
    await expect(card.getByText(reviewerName, { exact: true })).toBeVisible()
    await expect(card.getByText(body, { exact: true })).toBeVisible()
    expect(await publicNames(anonymous, reviewerName)).toEqual({
      rest: [reviewerName],
      graphql: [reviewerName],
    })
  })

  await visitor.context().close()
  await anonymous.dispose()
})

test('two selected pending reviews are rejected together and stay private', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const { title } = uniqueTitle('Bulk Reject')
  const names = [`${title} one`, `${title} two`]
  const ids = [
    await createReview(page.request, names[0]),
    await createReview(page.request, names[1]),
  ]

  await openStatusTab(page, 'Pending')
  for (const name of names) await row(page, name).getByRole('checkbox').check()
  const bulk = page.getByRole('button', { name: 'Reject selected (2)' })
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' && /\/api\/reviews\?/.test(response.url()),
  )
  await bulk.click()
  expect((await saved).status()).toBe(200)
  await expect(page.getByText('Rejected 2 reviews.')).toBeVisible()
  for (const name of names) await expect(row(page, name)).toHaveCount(0)
  // The selection is cleared with the rows it named.
  await expect(page.getByRole('button', { name: /selected \(/ })).toHaveCount(0)

  await openStatusTab(page, 'Rejected')
  for (const name of names) await expect(row(page, name)).toContainText('Rejected')
  for (const id of ids) {
    const stored = await (await page.request.get(`/api/reviews/${id}?depth=0`)).json()
    expect(stored.status).toBe('rejected')
  }

  const anonymous = await anonymousApi(playwright, baseURL)
  for (const name of names) {
    expect(await publicNames(anonymous, name)).toEqual({ rest: [], graphql: [] })
  }
  await anonymous.dispose()
  const visitor = await visitorPage(browser)
  await visitor.goto('/reviews')
  await expect(visitor.getByRole('heading', { level: 1, name: 'Patient reviews' })).toBeVisible()
  for (const name of names) await expect(visitor.getByText(name)).toHaveCount(0)
  await visitor.context().close()
})

test('markup in an approved review is shown as text on /reviews, never run', async ({
  page,
  browser,
}) => {
  const { title: reviewerName } = uniqueTitle('Markup Patient')
  const body = '<script>alert(1)</script><b>bold</b>'
  const id = await createReview(page.request, reviewerName, body)
  const approved = await page.request.patch(`/api/reviews/${id}`, { data: { status: 'approved' } })
  expect(approved.status(), await approved.text()).toBe(200)

  const visitor = await visitorPage(browser)
  const dialogs: string[] = []
  visitor.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await visitor.goto('/reviews')
  const card = visitor.getByRole('figure').filter({ hasText: reviewerName })
  await expect(card.getByText(body, { exact: true })).toBeVisible()
  await expect(card.locator('b, script')).toHaveCount(0)
  expect(dialogs).toEqual([])
  await visitor.context().close()
})

test('the list shows what each review says and which are featured, without opening them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const { title: reviewerName } = uniqueTitle('Listed Patient')
  const firstLine =
    'After two years of knee pain I can walk my dog again, and the whole team explained every step of the treatment to me.'
  const id = await createReview(page.request, reviewerName, `${firstLine}\nA second paragraph.`)
  const featured = await page.request.patch(`/api/reviews/${id}`, { data: { featured: true } })
  expect(featured.status()).toBe(200)

  await openStatusTab(page, 'Pending')
  const listed = row(page, reviewerName)
  // The first line, cut at a word with an ellipsis; not the second paragraph.
  await expect(listed.locator('.review-body-cell')).toHaveText(
    /^After two years of knee pain I can walk my dog again, and the whole team explained every…$/,
  )
  await expect(listed).not.toContainText('A second paragraph')
  await expect(listed.locator('.review-featured')).toHaveText('Featured')
  // No bare booleans anywhere in the table.
  await expect(page.locator('tbody td').filter({ hasText: /^(true|false)$/ })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screenshots/admin-reviews-list-1280.png' })
})
