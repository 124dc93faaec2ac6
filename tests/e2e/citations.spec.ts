import { expect, type Page, test } from '@playwright/test'

import {
  EDITOR_STATE,
  openNewArticle,
  pickRelationship,
  publish,
  uniqueTitle,
  visitorPage,
} from './helpers'

test.use({ storageState: EDITOR_STATE })

const SEED_PAPER = 'Paracrine effects'
const SEED_REFERENCE =
  'Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717. doi:10.18632/aging.101007'

const contentEditor = (page: Page) =>
  page
    .locator('.rich-text-lexical')
    .filter({ has: page.locator('.field-label', { hasText: /^Content/ }) })
    .locator('[data-lexical-editor="true"]')

/** Saves the cite's drawer and waits until it has gone. */
const saveCite = async (page: Page, drawer: ReturnType<Page['locator']>) => {
  const save = drawer.getByRole('button', { name: 'Save changes' })
  // A click during the drawer's opening animation can be lost: save until it closes.
  await expect(async () => {
    if (await save.isVisible()) await save.click()
    await expect(page.getByRole('heading', { name: 'Edit Citation' })).toHaveCount(0, {
      timeout: 2_000,
    })
  }).toPass({ timeout: 15_000 })
}

/** Puts the cursor back at the end of the text (a closed drawer takes the focus away). */
const typeAtEnd = async (page: Page, text: string) => {
  await contentEditor(page).focus()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

/** Types "/cita" where the cursor is and picks "Citation" from the slash menu. */
const openCiteDrawer = async (page: Page) => {
  await page.keyboard.type('/cita')
  // Enter picks the highlighted entry; a click can land on a drawer still fading out.
  await expect(page.locator('#slash-menu-popup__item-inlineBlocks-cite')).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await page.keyboard.press('Enter')
  const drawer = page.locator('.drawer__content').last()
  await expect(drawer.getByRole('heading', { name: 'Edit Citation' })).toBeVisible()
  return drawer
}

test('an editor cites an existing paper and a new one inline, without leaving the article', async ({
  page,
  browser,
}) => {
  const { title, slug } = uniqueTitle('Why cartilage heals slowly')
  const newPaper = uniqueTitle('Blood supply of adult knee cartilage').title

  await openNewArticle(page)
  await page.locator('#field-title').fill(title)
  await pickRelationship(page, 'author', 'Ross Hauser')
  await contentEditor(page).click()

  await test.step('pick a paper already in Citations', async () => {
    await page.keyboard.type('Stem cells calm inflamed joints. ')
    const drawer = await openCiteDrawer(page)
    await drawer.locator('#field-citation .rs__control').click()
    await page.locator('.rs__option', { hasText: SEED_PAPER }).click()
    await expect(drawer.locator('#field-citation .rs__value-container')).toContainText(SEED_PAPER)
    await saveCite(page, drawer)
  })

  await test.step('create a new paper on the spot', async () => {
    await typeAtEnd(page, ' Cartilage has almost no blood supply. ')
    const drawer = await openCiteDrawer(page)
    await drawer.getByRole('button', { name: 'Add new Citation' }).click()
    const create = page.locator('.drawer__content').last()
    await create.locator('#field-title').fill(newPaper)
    await create.locator('#field-journal').fill('J Knee Res')
    await create.locator('#field-year').fill('2021')
    await create.locator('#field-volume').fill('3')
    await create.locator('#field-pages').fill('10-20')
    await create.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('Citation successfully created.')).toBeVisible()
    await create.getByRole('button', { name: 'Close' }).click()
    await expect(drawer.locator('#field-citation')).toContainText(newPaper)
    await saveCite(page, drawer)
  })

  await test.step('cite the first paper again', async () => {
    await typeAtEnd(page, ' Both effects add up. ')
    const drawer = await openCiteDrawer(page)
    await drawer.locator('#field-citation .rs__control').click()
    await page.locator('.rs__option', { hasText: SEED_PAPER }).click()
    await expect(drawer.locator('#field-citation .rs__value-container')).toContainText(SEED_PAPER)
    await saveCite(page, drawer)
  })

  await publish(page)
  // Each cite shows which paper it is (the pill is labelled once the article is reloaded).
  await page.reload()
  await expect(contentEditor(page)).toContainText('Platas et al, 2016')
  await expect(contentEditor(page)).toContainText('Blood supply of adult knee cartilage')

  const visitor = await visitorPage(browser)
  await visitor.goto(`/articles/${slug}`)
  // Numbered by first appearance; the repeat cite reuses number 1.
  await expect(visitor.getByRole('link', { name: 'Reference 1', exact: true })).toHaveCount(2)
  await expect(visitor.getByRole('link', { name: 'Reference 2', exact: true })).toHaveCount(1)
  const references = visitor.getByRole('region', { name: 'References' }).getByRole('listitem')
  await expect(references).toHaveCount(2)
  await expect(references.nth(0)).toContainText(SEED_REFERENCE)
  await expect(references.nth(1)).toContainText(`${newPaper}. J Knee Res. 2021;3:10-20.`)
  await visitor.context().close()

  // Headless clients get the same order.
  const api = await page.request.get(`/api/articles?where[slug][equals]=${slug}&depth=1`)
  const [article] = (await api.json()).docs
  expect(article.references.map((ref: { title: string }) => ref.title)).toEqual([
    expect.stringContaining(SEED_PAPER),
    newPaper,
  ])
})

test('"Add citation from…" imports a pasted reference once, and says so the second time', async ({
  page,
}) => {
  const paste =
    'Kellgren JH, Lawrence JS. Radiological assessment of osteo-arthrosis. Ann Rheum Dis. 1957;16(4):494-502. doi:10.1136/ard.16.4.494'
  const openPanel = async () => {
    await page.goto('/admin/collections/citations')
    await page.getByRole('button', { name: 'Add citation from…' }).click()
  }

  await openPanel()
  await page.getByRole('radio', { name: 'DOI' }).check()
  await page.getByRole('textbox', { name: 'DOI', exact: true }).fill('not-a-doi')
  await page.getByRole('button', { name: 'Add citation', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'DOI' })).toContainText(
    'A DOI starts with 10.',
  )

  await page.getByRole('radio', { name: 'Pasted reference' }).check()
  await page.getByRole('textbox', { name: 'Pasted reference', exact: true }).fill(paste)
  await page.getByRole('button', { name: 'Add citation', exact: true }).click()
  await page.waitForURL(/\/admin\/collections\/citations\/\d+$/)
  const id = /(\d+)$/.exec(page.url())![1]
  await expect(page.locator('#field-title')).toHaveValue(
    'Radiological assessment of osteo-arthrosis',
  )
  await expect(page.locator('#field-formatted')).toHaveValue(
    'Kellgren JH, Lawrence JS. Radiological assessment of osteo-arthrosis. Ann Rheum Dis. 1957;16(4):494-502. doi:10.1136/ard.16.4.494',
  )
  // Author rows are labelled with the names, not "Author 01".
  await expect(page.getByText('Kellgren JH', { exact: true })).toBeVisible()

  await openPanel()
  await page.getByRole('radio', { name: 'Pasted reference' }).check()
  await page.getByRole('textbox', { name: 'Pasted reference', exact: true }).fill(paste)
  await page.getByRole('button', { name: 'Add citation', exact: true }).click()
  const status = page.getByRole('status').filter({ hasText: 'already saved' })
  await expect(status).toBeVisible()
  await expect(status.getByRole('link', { name: 'Open the saved citation' })).toHaveAttribute(
    'href',
    `/admin/collections/citations/${id}`,
  )
})

test('a citation shows the articles citing it and cannot be deleted while one is published', async ({
  page,
}) => {
  await page.goto('/admin/collections/citations')
  await page
    .getByRole('link', { name: new RegExp(SEED_PAPER) })
    .first()
    .click()
  await expect(page.locator('#field-formatted')).toHaveValue(SEED_REFERENCE)
  await expect(page.locator('#field-formatted')).not.toBeEditable()
  const citedIn = page.locator('.field-type.join')
  await expect(citedIn).toContainText('How stem cells help fix a broken “healing cycle”')

  await page.locator('.doc-controls__popup button, .doc-controls__dots').first().click()
  await page.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText(/This citation is cited in .*published article/)).toBeVisible()
  await page.reload()
  await expect(page.locator('#field-formatted')).toHaveValue(SEED_REFERENCE)
})
