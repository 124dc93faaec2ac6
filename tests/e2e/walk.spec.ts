import { expect, type Page, test } from '@playwright/test'

const ARTICLE = 'How stem cells help fix a broken “healing cycle”'

/** Clicks a link and checks where it led: the address and the page's one h1. */
const follow = async (
  page: Page,
  link: ReturnType<Page['getByRole']>,
  url: RegExp,
  heading: string | RegExp,
) => {
  await link.click()
  await expect(page).toHaveURL(url)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
}

test('a visitor reaches every page type from the home page by following links', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`)
  })
  const main = page.locator('main')
  const menu = page.getByRole('navigation', { name: 'Main' })

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Relief for joint and spine pain, without surgery',
  )

  await test.step('home → featured article → its topics → physician', async () => {
    await follow(
      page,
      main.getByRole('link', { name: ARTICLE }).first(),
      /\/articles\/how-/,
      ARTICLE,
    )
    const trail = page.getByRole('navigation', { name: 'Topic' })
    await follow(page, trail.getByRole('link', { name: 'Knee' }), /\/topics\/knee$/, 'Knee')
    await follow(
      page,
      page.getByRole('navigation', { name: 'Topic' }).getByRole('link', { name: 'Prolotherapy' }),
      /\/topics\/prolotherapy$/,
      'Prolotherapy',
    )
    await follow(page, main.getByRole('link', { name: ARTICLE }), /\/articles\/how-/, ARTICLE)
    await follow(
      page,
      page.locator('.byline').getByRole('link', { name: 'Ross Hauser, MD' }),
      /\/physicians\/ross-hauser$/,
      'Ross Hauser, MD',
    )
  })

  await test.step('article sidebar → a staff page; inline call to action → contact', async () => {
    await follow(page, main.getByRole('link', { name: ARTICLE }), /\/articles\/how-/, ARTICLE)
    const sidebar = page.getByRole('complementary', { name: 'Get help' })
    await follow(
      page,
      sidebar.getByRole('link', { name: 'Information for new patients' }),
      /\/new-patients$/,
      'New patients',
    )
    await page.goBack()
    await follow(
      page,
      page.locator('.prose').getByRole('link', { name: 'Ask about your knee' }),
      /\/contact$/,
      'How can we help you?',
    )
  })

  await test.step('menu → offices → one office; reviews; contact', async () => {
    await follow(page, menu.getByRole('link', { name: 'Offices' }), /\/offices$/, 'Our offices')
    await follow(
      page,
      main.getByRole('link', { name: 'Chicagoland Office', exact: true }),
      /\/offices\/chicagoland$/,
      'Chicagoland Office',
    )
    await follow(page, menu.getByRole('link', { name: 'Reviews' }), /\/reviews$/, 'Patient reviews')
    await follow(
      page,
      menu.getByRole('link', { name: 'Contact' }),
      /\/contact$/,
      'How can we help you?',
    )
  })

  await test.step('menu → articles → filtered by topic → search → result', async () => {
    await follow(page, menu.getByRole('link', { name: 'Articles' }), /\/articles$/, 'Articles')
    await follow(
      page,
      page.getByRole('navigation', { name: 'Filter by topic' }).getByRole('link', { name: 'Knee' }),
      /\/articles\?topic=knee$/,
      'Articles about Knee',
    )
    const form = main.getByRole('search', { name: 'Search our site' })
    await form.getByRole('searchbox', { name: 'Search our site' }).fill('healing cycle')
    await form.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/search\?q=healing\+cycle$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
    await follow(page, main.getByRole('link', { name: ARTICLE }), /\/articles\/how-/, ARTICLE)
  })

  await test.step('footer → disclaimer; clinic name → home', async () => {
    await follow(
      page,
      page.locator('footer').getByRole('link', { name: 'Disclaimer' }),
      /\/disclaimer$/,
      'Disclaimer',
    )
    await follow(
      page,
      page.getByRole('link', { name: /^Caring Medical/ }),
      /\/$/,
      'Relief for joint and spine pain, without surgery',
    )
  })

  expect(errors).toEqual([])
})
