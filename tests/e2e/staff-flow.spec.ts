import { expect, test } from '@playwright/test'

import {
  EDITOR,
  openAdmin,
  openNewArticle,
  publish,
  uniqueTitle,
  visitorPage,
  writeArticle,
} from './helpers'

test('an editor signs in, writes and publishes an article, and a visitor reads it', async ({
  page,
  browser,
}) => {
  const { title, slug } = uniqueTitle('Why ligaments heal slowly')
  const body = [
    'Ligaments have a poor blood supply, so they repair themselves slowly after an injury.',
    'Gentle movement and a proper diagnosis help more than weeks of complete rest.',
  ]

  await test.step('the editor signs in through the login form', async () => {
    await openAdmin(page, '/admin')
    await expect(page).toHaveURL(/\/admin\/login/)
    await page.getByLabel('Email').fill(EDITOR.email)
    await page.getByLabel('Password').fill(EDITOR.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await expect(page.getByRole('link', { name: 'Articles' }).first()).toBeVisible()
  })

  await test.step('writes the article: title, author, body', async () => {
    await openNewArticle(page)
    await writeArticle(page, { title, body })
  })

  await test.step('the slug is generated from the title', async () => {
    await expect(page.locator('#field-slug')).toHaveValue(slug, { timeout: 15_000 })
  })

  await test.step('publishes it', async () => {
    await publish(page)
    await expect(page.locator('#field-slug')).toHaveValue(slug)
  })

  await test.step('a visitor who is not signed in reads it', async () => {
    const visitor = await visitorPage(browser)
    const response = await visitor.goto(`/articles/${slug}`)
    expect(response?.status()).toBe(200)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(visitor.getByText(body[0])).toBeVisible()
    await expect(visitor.getByText(body[1])).toBeVisible()
    await expect(visitor.locator('.byline')).toContainText('By Ross Hauser, MD')
    await expect(visitor.locator('.byline time')).toBeVisible()

    await visitor.goto('/')
    await expect(visitor.getByRole('link', { name: title })).toHaveAttribute(
      'href',
      `/articles/${slug}`,
    )
    await visitor.context().close()
  })
})
