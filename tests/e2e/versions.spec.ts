import { expect, test } from '@playwright/test'

import {
  anonymousApi,
  articleId,
  EDITOR,
  EDITOR_STATE,
  openNewArticle,
  publish,
  uniqueTitle,
  waitForAutosave,
  writeArticle,
} from './helpers'

test.use({ storageState: EDITOR_STATE, viewport: { width: 1280, height: 900 } })

type Version = { id: number; autosave?: boolean; version: { _status: string; savedBy?: string } }

test('the Versions tab shows who saved each version and compares with the publish before it', async ({
  page,
  playwright,
  baseURL,
}) => {
  // Two publishes, two autosaves and five admin page loads: slow on a shared build machine.
  test.setTimeout(240_000)
  const { title } = uniqueTitle('Versions of a knee article')
  const revised = `${title} revised`
  const revisedTwice = `${title} revised twice`
  let id = ''

  await test.step('the editor publishes, changes, publishes again and changes once more', async () => {
    await openNewArticle(page)
    await writeArticle(page, { title, body: ['What a knee needs after an injury.'] })
    await publish(page)
    id = await articleId(page)
    await page.locator('#field-title').fill(revised)
    await waitForAutosave(page, id, [revised])
    await publish(page)
    await page.locator('#field-title').fill(revisedTwice)
    await waitForAutosave(page, id, [revisedTwice])
  })

  const response = await page.request.get(
    `/api/articles/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0&limit=100`,
  )
  expect(response.status()).toBe(200)
  const versions = (await response.json()).docs as Version[]
  const [newest] = versions
  const [secondPublish, firstPublish] = versions.filter(
    (each) => each.version._status === 'published',
  )
  expect(newest.autosave).toBe(true)
  expect(versions.map((each) => each.version.savedBy)).toEqual(versions.map(() => EDITOR.name))

  const rows = page.locator('.versions-list tbody tr')
  const row = (versionId: number) => page.locator(`.versions-list tbody tr[data-id="${versionId}"]`)

  await test.step('every row says the editor saved it, and which one is live', async () => {
    await page.getByRole('link', { name: /^Versions/ }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/articles/${id}/versions$`))
    await expect(rows).toHaveCount(versions.length)
    await expect(rows.locator('.cell-savedBy')).toHaveText(versions.map(() => EDITOR.name))
    await expect(row(newest.id).locator('.cell-status')).toHaveText(/Current draft\s*Autosave/)
    await expect(row(secondPublish.id).locator('.cell-status')).toHaveText('Currently published')
    await expect(row(firstPublish.id).locator('.cell-status')).toHaveText('Previously published')
    await page.screenshot({ path: 'test-results/screens/versions-list.png', fullPage: true })
  })

  await test.step('each date links to a comparison with the publish before it', async () => {
    const link = (versionId: number) => row(versionId).locator('.cell-updatedAt a')
    const base = `/admin/collections/articles/${id}/versions`
    await expect(link(newest.id)).toHaveAttribute(
      'href',
      `${base}/${newest.id}?versionFrom=${secondPublish.id}`,
    )
    // Payload would compare this publish with the autosave just before it: nearly the same text.
    await expect(link(secondPublish.id)).toHaveAttribute(
      'href',
      `${base}/${secondPublish.id}?versionFrom=${firstPublish.id}`,
    )
    // Nothing was published before the first publish: Payload's previous version it is.
    await expect(link(firstPublish.id)).toHaveAttribute('href', `${base}/${firstPublish.id}`)
  })

  await test.step('autosaves can be hidden to find the real saves', async () => {
    await page.getByRole('link', { name: 'Hide autosaves' }).click()
    await expect(page).toHaveURL(/\?autosaves=hide$/)
    await expect(rows).toHaveCount(versions.filter((each) => !each.autosave).length)
    await expect(rows.getByText('Autosave', { exact: true })).toHaveCount(0)
    await expect(row(secondPublish.id)).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/versions-list-saves.png', fullPage: true })
    await page.getByRole('link', { name: 'Show autosaves' }).click()
    await expect(rows).toHaveCount(versions.length)
  })

  await test.step('the newest row compares with the live version', async () => {
    await row(newest.id).locator('.cell-updatedAt a').click()
    await expect(page).toHaveURL(
      new RegExp(`/versions/${newest.id}\\?versionFrom=${secondPublish.id}$`),
    )
    await expect(page.locator('.view-version__version-from')).toContainText(/currently published/i)
  })

  await test.step('the second publish compares with the first, showing the title it changed', async () => {
    await page.goBack()
    await row(secondPublish.id).locator('.cell-updatedAt a').click()
    await expect(page).toHaveURL(
      new RegExp(`/versions/${secondPublish.id}\\?versionFrom=${firstPublish.id}$`),
    )
    const from = page.locator('.view-version__version-from')
    await expect(from).toContainText(/previously published/i)
    await expect(page.locator('.view-version__diff-wrap')).toContainText(revised)
    await page.screenshot({ path: 'test-results/screens/versions-compare.png', fullPage: true })
  })

  await test.step("the comparison's own version picker lists the versions and picks one", async () => {
    await page.locator('.compare-version .rs__control').click()
    await page.getByText('More versions...').click()
    const drawer = page.locator('.version-drawer')
    await expect(drawer.locator('.versions-list tbody tr')).toHaveCount(versions.length)
    await expect(drawer.locator('.cell-savedBy').first()).toHaveText(EDITOR.name)
    await page.screenshot({ path: 'test-results/screens/versions-drawer.png' })
    const oldest = versions.at(-1)!
    await drawer.locator(`tr[data-id="${oldest.id}"] .versions-list__pick`).click()
    await expect(page).toHaveURL(
      new RegExp(`/versions/${secondPublish.id}\\?versionFrom=${oldest.id}$`),
    )
  })

  await test.step('visitors never learn who saved it', async () => {
    const anonymous = await anonymousApi(playwright, baseURL)
    const doc = await (await anonymous.get(`/api/articles/${id}?depth=0`)).json()
    expect(doc.title).toBe(revised)
    expect(doc).not.toHaveProperty('savedBy')
    await anonymous.dispose()
  })
})
