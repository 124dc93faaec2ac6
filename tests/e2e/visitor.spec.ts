import { expect, type Page, test } from '@playwright/test'

const SEEDED_ARTICLE = '/articles/how-stem-cells-help-fix-a-broken-healing-cycle'

/** The footer every public page ends with: both offices, callable numbers, the network note. */
const expectOfficeFooter = async (page: Page) => {
  const footer = page.locator('footer.site-footer')
  const chicago = footer.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Chicagoland Office' }),
  })
  await expect(chicago.locator('address')).toHaveText(
    /715 Lake St\., Suite 600\s*Oak Park, IL 60301/,
  )
  await expect(chicago.getByRole('link', { name: '(708) 393-8266' })).toHaveAttribute(
    'href',
    'tel:+17083938266',
  )
  await expect(chicago.getByText('(855) 779-1950')).toBeVisible()
  await expect(chicago.getByText('Fax', { exact: true })).toBeVisible()

  const florida = footer.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Southwest Florida Office' }),
  })
  await expect(florida.locator('address')).toBeVisible()
  await expect(florida.getByRole('link', { name: '(239) 303-4069' })).toHaveAttribute(
    'href',
    'tel:+12393034069',
  )
  await expect(florida.getByText('Fax', { exact: true })).toBeVisible()

  await expect(footer.getByText('We are an out-of-network provider.')).toBeVisible()
  for (const href of await footer
    .locator('a[href^="tel:"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^tel:\+1\d{10}$/)
  }
}

test.describe('the seeded article, as a visitor reads it', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(SEEDED_ARTICLE)
    expect(response?.status()).toBe(200)
  })

  test('title, topic trail, subtitle, byline, dates', async ({ page }) => {
    await expect(page).toHaveTitle(/How stem cells help fix a broken “healing cycle”/)
    const trail = page.getByRole('navigation', { name: 'Topic' })
    await expect(trail.getByRole('link')).toHaveText(['Prolotherapy', 'Knee'])
    await expect(trail.getByRole('link', { name: 'Knee' })).toHaveAttribute('href', '/topics/knee')

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'How stem cells help fix a broken “healing cycle”',
    )
    await expect(page.locator('.subtitle')).toHaveText(
      'What a laboratory study of fat-derived stem cells suggests about inflammation in knee osteoarthritis',
    )
    const byline = page.locator('.byline')
    await expect(byline).toContainText('By Ross Hauser, MD')
    await expect(byline.getByRole('link', { name: 'Ross Hauser, MD' })).toHaveAttribute(
      'href',
      '/physicians/ross-hauser',
    )
    await expect(byline).toContainText('Published November 2, 2026')
    await expect(byline.locator('time')).toHaveAttribute('datetime', '2026-11-02T15:00:00.000Z')

    await expect(page.locator('.reviewed')).toHaveText(
      'Medically reviewed by Ross Hauser, MD on November 16, 2026',
    )
    await expect(page.getByRole('img', { name: /healing cycle/ })).toBeVisible()
  })

  test('rich text body with headings, emphasis, list and quote', async ({ page }) => {
    const prose = page.locator('.prose')
    await expect(prose.getByRole('heading', { level: 2, name: 'What they found' })).toBeVisible()
    await expect(prose.locator('strong', { hasText: 'senescence' })).toBeVisible()
    await expect(prose.getByRole('listitem')).toHaveCount(3)
    await expect(prose.locator('blockquote')).toContainText('Healing depends on the neighbourhood')
    await expect(prose.getByText(/worn thin/)).toBeVisible()
  })

  test('citations link to a numbered References list, and back', async ({ page }) => {
    const markers = page.getByRole('link', { name: 'Reference 1', exact: true })
    // The paper is cited twice: both markers carry the same number.
    await expect(markers).toHaveCount(2)
    await expect(markers.first()).toHaveText('1')
    await expect(markers.first()).toHaveAttribute('href', '#ref-1')
    await expect(page.locator('sup.cite-marker').first()).toBeVisible()

    const references = page.getByRole('region', { name: 'References' })
    await expect(references.getByRole('heading', { name: 'References' })).toBeVisible()
    const entries = references.getByRole('listitem')
    await expect(entries).toHaveCount(1)
    const entry = page.locator('#ref-1')
    await expect(entry).toContainText(
      'Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717.',
    )
    await expect(entry.getByRole('link', { name: /DOI/ })).toHaveAttribute(
      'href',
      'https://doi.org/10.18632/aging.101007',
    )
    // No PMID is known for this paper, so there must be no PubMed link.
    await expect(entry.locator('a[href*="pubmed"]')).toHaveCount(0)

    await markers.first().click()
    await expect(page).toHaveURL(/#ref-1$/)
    await expect(entry).toBeInViewport()
    await entry.getByRole('link', { name: 'Back to where reference 1 is cited, 1 of 2' }).click()
    await expect(page).toHaveURL(/#cite-1-1$/)
    await expect(markers.first()).toBeInViewport()
  })

  test('a sidebar with the staff’s calls to action, reviews and a contact box', async ({
    page,
  }) => {
    const sidebar = page.getByRole('complementary', { name: 'Get help' })
    await expect(sidebar.getByRole('heading', { level: 2 })).toHaveText([
      'Were you recommended surgery?',
      'New to our clinic?',
      '5-star patient service',
      'How can we help you?',
    ])
    await expect(sidebar.getByRole('link', { name: 'Get a second opinion' })).toHaveAttribute(
      'href',
      '/contact',
    )
    await expect(
      sidebar.getByRole('link', { name: 'Information for new patients' }),
    ).toHaveAttribute('href', '/new-patients')
    // The widget's figures cover every approved review: stars averaged, recommendations counted.
    const reviews = sidebar.getByRole('region', { name: '5-star patient service' })
    await expect(reviews.getByRole('img', { name: '4.7 out of 5 stars' })).toBeVisible()
    await expect(reviews.locator('.rating-average')).toHaveText('4.7 from 3 ratings')
    await expect(reviews.getByText('2 recommend', { exact: true })).toBeVisible()
    await expect(reviews.getByRole('img', { name: '4 out of 5 stars' })).toBeVisible()
    // The writer's own call to action, inside the text, does not break the outline.
    const inline = page.locator('.prose .cta')
    await expect(inline).toContainText('Is knee pain keeping you from the things you love?')
    await expect(inline.getByRole('heading')).toHaveCount(0)
    await expect(inline.getByRole('link', { name: 'Ask about your knee' })).toHaveAttribute(
      'href',
      '/contact',
    )
  })

  test('the footer lists both offices', async ({ page }) => {
    await expectOfficeFooter(page)
  })
})

test('the home page: welcome, featured article, topics, reviews, contact, offices', async ({
  page,
}) => {
  expect((await page.goto('/'))?.status()).toBe(200)
  await expect(page).toHaveTitle('Caring Medical')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Relief for joint and spine pain, without surgery',
  )
  const main = page.locator('main')
  await expect(main.getByRole('link', { name: 'Read our articles' })).toHaveAttribute(
    'href',
    '/articles',
  )
  await expect(main.getByRole('link', { name: 'Find an office' })).toHaveAttribute(
    'href',
    '/offices',
  )
  const featured = main.getByRole('region', { name: 'Featured articles' })
  const link = featured.getByRole('link', {
    name: 'How stem cells help fix a broken “healing cycle”',
  })
  await expect(link).toHaveAttribute('href', SEEDED_ARTICLE)
  await expect(
    main.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Prolotherapy' }),
  ).toHaveAttribute('href', '/topics/prolotherapy')

  // Only approved reviews, the featured one first; the pending one stays hidden.
  const reviews = main.getByRole('region', { name: '5-star patient service' })
  await expect(reviews.locator('figcaption')).toHaveText([/^Linda M\./, /^Patricia R\./])
  await expect(reviews.getByText('Facebook', { exact: true })).toBeVisible()
  await expect(reviews.getByRole('link', { name: 'Read all 5 reviews' })).toHaveAttribute(
    'href',
    '/reviews',
  )
  await expect(main.getByText('Sam K.')).toHaveCount(0)

  const contact = main.getByRole('region', { name: 'How can we help you?' })
  await expect(contact.getByRole('link', { name: 'Contact us' })).toHaveAttribute(
    'href',
    '/contact',
  )
  await expect(contact.getByRole('link', { name: '(708) 393-8266' })).toHaveAttribute(
    'href',
    'tel:+17083938266',
  )
  const offices = main.getByRole('region', { name: 'Our offices' })
  await expect(offices.getByRole('heading', { level: 3 })).toHaveText([
    'Chicagoland Office',
    'Southwest Florida Office',
  ])
  await expectOfficeFooter(page)
  await link.click()
  await expect(page).toHaveURL(SEEDED_ARTICLE)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/healing cycle/)
})

test('an unknown article is a 404 with a way back', async ({ page }) => {
  const response = await page.goto('/articles/does-not-exist')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
  await expect(page.getByText('The page may have moved')).toBeVisible()
  await expectOfficeFooter(page)
  await expect(page.locator('main').getByRole('link', { name: 'Prolotherapy' })).toHaveAttribute(
    'href',
    '/topics/prolotherapy',
  )
  await expect(page.locator('main').getByRole('link', { name: '(708) 393-8266' })).toHaveAttribute(
    'href',
    'tel:+17083938266',
  )
  await page.getByRole('link', { name: /Go to the home page/ }).click()
  await expect(page).toHaveURL('/')
})

test('the disclaimer page renders, linked from the footer', async ({ page }) => {
  await page.goto('/')
  await page.locator('footer').getByRole('link', { name: 'Disclaimer' }).click()
  await expect(page).toHaveURL('/disclaimer')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Disclaimer')
  await expect(page.getByText(/not medical advice for you personally/)).toBeVisible()
  await expectOfficeFooter(page)
})

test('the byline leads to the physician, the trail to the topics, each listing the article', async ({
  page,
}) => {
  await page.goto(SEEDED_ARTICLE)
  await page.locator('.byline').getByRole('link', { name: 'Ross Hauser, MD' }).click()
  await expect(page).toHaveURL(/\/physicians\/ross-hauser$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ross Hauser, MD')
  await expect(page.getByText('Chicagoland Office', { exact: true }).first()).toBeVisible()
  await expect(
    page
      .locator('main')
      .getByRole('link', { name: 'How stem cells help fix a broken “healing cycle”' }),
  ).toBeVisible()

  await page.goto(SEEDED_ARTICLE)
  await page
    .getByRole('navigation', { name: 'Topic' })
    .getByRole('link', { name: 'Prolotherapy' })
    .click()
  await expect(page).toHaveURL(/\/topics\/prolotherapy$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prolotherapy')
  // The article is filed under Knee, a subtopic, and still listed here.
  await expect(
    page.getByRole('navigation', { name: 'Subtopics' }).getByRole('link', { name: 'Knee' }),
  ).toBeVisible()
  await expect(
    page
      .locator('main')
      .getByRole('link', { name: 'How stem cells help fix a broken “healing cycle”' }),
  ).toBeVisible()

  expect((await page.goto('/topics/no-such-topic'))?.status()).toBe(404)
  expect((await page.goto('/physicians/no-such-doctor'))?.status()).toBe(404)
})

test('the header menu edited in the admin is there and works from the keyboard alone', async ({
  page,
}) => {
  await page.goto('/')
  const menu = page.getByRole('navigation', { name: 'Main' })
  await expect(menu.getByRole('link')).toHaveText([
    'Articles',
    'Prolotherapy',
    'Offices',
    'Reviews',
    'Contact',
  ])
  // Tab order: skip link, clinic name, then the menu.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  // The skip link takes keyboard users straight to the content.
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  await page.goto('/')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const brand = page.getByRole('link', { name: /^Caring Medical/ })
  await expect(brand).toBeFocused()
  // Focus is visible: a solid outline, not the browser default removed.
  expect(await brand.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(menu.getByRole('link', { name: 'Prolotherapy' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/topics\/prolotherapy$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prolotherapy')
})

test('unmatched deep addresses also get the helpful 404', async ({ page }) => {
  const response = await page.goto('/articles/no-such/deeper')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expectOfficeFooter(page)
})
