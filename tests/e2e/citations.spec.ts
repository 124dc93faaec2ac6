import { expect, type Page, test } from '@playwright/test'

import {
  EDITOR_STATE,
  openAdmin,
  openNewArticle,
  pickRelationship,
  publish,
  uniqueTitle,
  untilReactListens,
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

/**
 * Types "/" and `query` where the cursor is and picks "Citation" with Enter, once the menu shows
 * what was typed: a menu still filtered by "/c" on a busy machine replaces only "/c" of "/cita".
 */
const pickCitation = async (page: Page, query: string) => {
  await page.keyboard.type(`/${query}`)
  const items = page.locator('[id^="slash-menu-popup__item-"]')
  await expect(items).toHaveCount(1)
  // Enter picks the highlighted entry; a click can land on a drawer still fading out.
  await expect(page.locator('#slash-menu-popup__item-inlineBlocks-cite')).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await page.keyboard.press('Enter')
}

const openCiteDrawer = async (page: Page) => {
  await pickCitation(page, 'cita')
  const drawer = page.locator('.drawer__content').last()
  await expect(drawer.getByRole('heading', { name: 'Edit Citation' })).toBeVisible()
  return drawer
}

test('an editor cites an existing paper and a new one inline, without leaving the article', async ({
  page,
  browser,
}) => {
  // The whole writing task (two cites, a new paper, publish, the public page) in one test.
  test.slow()
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
    await openAdmin(page, '/admin/collections/citations')
    const add = page.getByRole('button', { name: 'Add citation from…' })
    await untilReactListens(add)
    await add.click()
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
  await openAdmin(page, '/admin/collections/citations')
  const paper = page.getByRole('link', { name: new RegExp(SEED_PAPER) }).first()
  await untilReactListens(paper)
  await paper.click()
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

/**
 * Issue 18: citing from inside the article. PubMed and Crossref are out of reach in these tests
 * (playwright.config.ts points them at a closed port), so everything here works offline.
 */
test.describe('the cite drawer takes a paste', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  /** What the editor does, one entry per action: a click, a paste, a typed command. */
  const counter = () => {
    const actions: string[] = []
    return {
      actions,
      act: async (name: string, action: () => Promise<unknown>) => {
        actions.push(name)
        await action()
      },
    }
  }

  /** A real paste: the text goes to the system clipboard, then Ctrl+V where the cursor is. */
  const paste = async (page: Page, text: string) => {
    await page.evaluate((value) => navigator.clipboard.writeText(value), text)
    await page.keyboard.press('ControlOrMeta+V')
  }

  const pasteBox = (drawer: ReturnType<Page['locator']>) =>
    drawer.getByRole('textbox', { name: 'Paste a PMID, DOI, link or reference' })

  const markers = (page: Page) =>
    contentEditor(page).locator('.LexicalEditorTheme__inlineBlock-cite')

  const startArticle = async (page: Page, words: string) => {
    const article = uniqueTitle(words)
    await openNewArticle(page)
    await page.locator('#field-title').fill(article.title)
    await pickRelationship(page, 'author', 'Ross Hauser')
    await contentEditor(page).click()
    return article
  }

  test('a new paper from a pasted reference line: open, paste, save', async ({ page, browser }) => {
    const { slug } = await startArticle(page, 'Rest and knee pain')
    const paper = uniqueTitle('Knee pain at rest in older adults').title
    const reference = `Felson DT, Niu J. ${paper}. N Engl J Med. 2006;354(8):841-848.`
    const { actions, act } = counter()
    await page.keyboard.type('Knee pain eases with rest')

    const drawer = page.locator('.drawer__content').last()
    // "/" right after the word opens the menu; no space is typed before the marker.
    await act('type "/cite" and Enter', async () => {
      await pickCitation(page, 'cite')
    })
    await expect(drawer.getByRole('heading', { name: 'Edit Citation' })).toBeVisible()
    await expect(pasteBox(drawer)).toBeFocused()
    await act('paste the reference', () => paste(page, reference))
    await expect(drawer.getByRole('status')).toContainText('Citation added')
    await expect(drawer.getByRole('status')).toContainText('Felson and Niu, 2006')
    await expect(drawer.locator('#field-citation .rs__value-container')).toContainText(paper)
    await page.screenshot({ path: 'test-results/desk-cite-pasted-reference.png' })
    await act('save', () => drawer.getByRole('button', { name: 'Save changes' }).click())
    await expect(page.getByRole('heading', { name: 'Edit Citation' })).toHaveCount(0)

    expect(actions).toHaveLength(3)
    await expect(markers(page)).toHaveCount(1)
    await expect(markers(page)).toContainText('Felson and Niu, 2006')

    await typeAtEnd(page, '.')
    await publish(page)
    const visitor = await visitorPage(browser)
    await visitor.goto(`/articles/${slug}`)
    // The number sits right against the word: "rest¹." (textContent "rest1.").
    await expect(visitor.locator('p', { hasText: 'Knee pain eases with rest' })).toHaveText(
      'Knee pain eases with rest1.',
    )
    await expect(
      visitor.getByRole('region', { name: 'References' }).getByRole('listitem'),
    ).toContainText(`Felson DT, Niu J. ${paper}. N Engl J Med. 2006;354(8):841-848.`)
    await visitor.context().close()
  })

  test('a paper already in Citations, by its DOI, with Crossref out of reach: open, paste, save', async ({
    page,
  }) => {
    await startArticle(page, 'Inflamed joints')
    const { actions, act } = counter()
    await page.keyboard.type('Stem cells calm inflamed joints.')
    const drawer = page.locator('.drawer__content').last()
    await act('type "/cite" and Enter', async () => {
      await pickCitation(page, 'cite')
    })
    await expect(pasteBox(drawer)).toBeFocused()
    await act('paste the DOI link', () => paste(page, 'https://doi.org/10.18632/AGING.101007'))
    await expect(drawer.getByRole('status')).toContainText('already saved')
    await expect(drawer.getByRole('status')).toContainText('Platas et al, 2016')
    await expect(drawer.locator('#field-citation .rs__value-container')).toContainText(SEED_PAPER)
    await act('save', () => drawer.getByRole('button', { name: 'Save changes' }).click())
    await expect(page.getByRole('heading', { name: 'Edit Citation' })).toHaveCount(0)

    expect(actions).toHaveLength(3)
    await expect(markers(page)).toHaveCount(1)
    await expect(markers(page)).toContainText('Platas et al, 2016')
  })

  test('offline, an unknown DOI says so and the same box takes the reference instead', async ({
    page,
  }) => {
    await startArticle(page, 'Offline citing')
    await page.keyboard.type('Cartilage wears slowly. ')
    const drawer = await openCiteDrawer(page)
    await expect(pasteBox(drawer)).toBeFocused()
    await paste(page, '10.5555/a-paper-not-yet-saved')
    await expect(drawer.getByRole('alert')).toContainText(
      'Crossref could not be reached. Try again in a minute, or paste the reference instead.',
    )
    await expect(pasteBox(drawer)).toBeFocused()
    await page.screenshot({ path: 'test-results/desk-cite-offline.png' })
    const paper = uniqueTitle('Cartilage wear over a decade').title
    await paste(page, `Roos EM, Arden NK. ${paper}. Nat Rev Rheumatol. 2016;12(2):92-101.`)
    await expect(drawer.getByRole('status')).toContainText('Roos and Arden, 2016')
    await expect(drawer.getByRole('alert')).toHaveCount(0)
    await saveCite(page, drawer)
    await expect(markers(page)).toContainText('Roos and Arden, 2016')
  })

  test('a pasted numbered list cites each paper, in order, as consecutive markers', async ({
    page,
  }) => {
    await startArticle(page, 'Several sources')
    await page.keyboard.type('Both findings agree.')
    const first = uniqueTitle('Exercise for knee pain').title
    const drawer = await openCiteDrawer(page)
    // The box appears (and takes the cursor) once the drawer's fields are loaded.
    await expect(pasteBox(drawer)).toBeFocused()
    await paste(
      page,
      `1. Bennell KL, Hinman RS. ${first}. J Sci Med Sport. 2011;14(1):4-9.\n2. https://doi.org/10.18632/aging.101007`,
    )
    await expect(drawer.getByRole('status')).toContainText(
      '2 references: 1 added, 1 already saved.',
    )
    await saveCite(page, drawer)
    await expect(markers(page)).toHaveCount(2)
    await expect(markers(page).nth(0)).toContainText('Bennell and Hinman, 2011')
    await expect(markers(page).nth(1)).toContainText('Platas et al, 2016')
  })

  test('a closed picker, or one given bad input, leaves no marker and the text as it was', async ({
    page,
  }) => {
    await startArticle(page, 'Nothing half saved')
    await page.keyboard.type('A sentence without a source.')
    let drawer = await openCiteDrawer(page)
    await drawer.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('heading', { name: 'Edit Citation' })).toHaveCount(0)
    await expect(markers(page)).toHaveCount(0)

    const bad: Array<[string, RegExp]> = [
      ['0123', /A PubMed ID \(PMID\) is a number/],
      ['https://example.org/paper.pdf', /not a PubMed, PubMed Central or doi\.org link/],
      ['My knee hurts when I climb stairs.', /does not look like a journal reference/],
      ['Smith J. Title. J Test. 2020;1:1-2.\n'.repeat(30_000), /limit is 100,000/],
    ]
    await typeAtEnd(page, ' ')
    drawer = await openCiteDrawer(page)
    await expect(pasteBox(drawer)).toBeFocused()
    for (const [text, message] of bad) {
      await paste(page, text)
      await expect(drawer.getByRole('alert')).toContainText(message)
    }
    await expect(drawer.locator('#field-citation .rs__single-value')).toHaveCount(0)
    await drawer.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('heading', { name: 'Edit Citation' })).toHaveCount(0)
    await expect(markers(page)).toHaveCount(0)
    await expect(contentEditor(page)).toHaveText('A sentence without a source.')
  })
})

test('a marker whose paper was deleted shows as an error in place, and publishing names it', async ({
  page,
}) => {
  const { title } = uniqueTitle('A draft citing a deleted paper')
  const api = page.request
  const paper = await api.post('/api/citations', {
    data: { title: uniqueTitle('A paper removed later').title, journal: 'J Test', year: 2020 },
  })
  expect(paper.status()).toBe(201)
  const paperId = (await paper.json()).doc.id
  const [author] = (await (await api.get('/api/physicians?where[name][like]=Hauser')).json()).docs
  const text = (value: string) => ({
    type: 'text',
    text: value,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })
  const paragraph = (...children: object[]) => ({
    type: 'paragraph',
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    version: 1,
  })
  const content = {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        paragraph(
          text('Knee pain often worsens on stairs'),
          {
            type: 'inlineBlock',
            version: 1,
            fields: { id: '65f0c0ffee0000000000e2e1', blockType: 'cite', citation: paperId },
          },
          text('.'),
        ),
      ],
    },
  }
  const draft = await api.post('/api/articles?draft=true', {
    data: { title, author: author.id, content, _status: 'draft' },
  })
  expect(draft.status()).toBe(201)
  const articleId = (await draft.json()).doc.id
  // Only a draft cites it, so it may be deleted.
  expect((await api.delete(`/api/citations/${paperId}`)).status()).toBe(200)

  await openAdmin(page, `/admin/collections/articles/${articleId}`)
  const marker = contentEditor(page).locator('.LexicalEditorTheme__inlineBlock-cite')
  // The pill is rendered on the server with the block's form state, seconds after the page loads
  // on a busy machine.
  await expect(marker.locator('.cite-label--missing')).toHaveText('Citation: paper deleted', {
    timeout: 30_000,
  })
  await marker.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/desk-cite-broken-marker.png' })

  await page.locator('#action-save').click()
  await expect(page.locator('.field-error').filter({ hasText: 'Citation 1' })).toHaveText(
    'Citation 1, after "…pain often worsens on stairs", has no paper. Choose its paper, or remove the marker.',
  )
  await page.locator('.field-error').filter({ hasText: 'Citation 1' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/desk-cite-publish-refused.png' })
  const stored = await api.get(`/api/articles/${articleId}?draft=true`)
  expect((await stored.json())._status).toBe('draft')
})
