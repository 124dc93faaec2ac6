import { type IncomingHttpHeaders, request as httpRequest } from 'node:http'

import {
  type APIRequestContext,
  type Browser,
  expect,
  type Locator,
  type Page,
  type PlaywrightWorkerArgs,
} from '@playwright/test'

import { solveCaptcha } from '../../bench/lib/captcha.mjs'

/** The port playwright.config.ts starts the server on. */
export const E2E_PORT = Number(process.env.E2E_PORT || 3100)

export const ADMIN = {
  email: 'admin@e2e.test',
  password: 'Harbor-lantern-e2e-71',
  name: 'Ada Admin',
}

export const EDITOR = {
  email: 'editor@e2e.test',
  password: 'Meadow-compass-e2e-42',
  name: 'Eddie Editor',
}

/** Cookies of the editor, logged in once by staff.setup.ts, for tests that are not about logging in. */
export const EDITOR_STATE = 'test-results/.auth/editor.json'

/**
 * A title no other test (or earlier run) uses, and the slug the admin generates from it. Titles
 * are plain words plus a base-36 stamp, so every slug rule gives the same answer: lowercase,
 * spaces to hyphens.
 */
export const uniqueTitle = (words: string): { title: string; slug: string } => {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`
  const title = `${words} ${stamp}`
  return { title, slug: title.toLowerCase().replace(/ +/g, '-') }
}

/**
 * Waits until React has hydrated `element` (its props are attached), before a click. On a busy
 * machine a click on an admin link while React is still hydrating the page is lost: traces of
 * full runs showed the click done and no request after it. A person clicks again; a test waits.
 * Hydrating the admin is part of loading it: at load 13 it took 12 s after the load event, so it
 * gets a page load's time (navigationTimeout), not an assertion's.
 */
export const untilReactListens = (element: Locator) =>
  expect
    .poll(
      () =>
        element.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactProps'))),
      { timeout: 30_000 },
    )
    .toBe(true)

/** A browser context with no cookies: what a patient sees. */
export const visitorPage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  return context.newPage()
}

/**
 * An API client with no cookies. Inside a test, `playwright.request.newContext()` would inherit
 * the test's storageState (the editor's session), so start from an explicitly empty one.
 */
export const anonymousApi = (
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
): Promise<APIRequestContext> =>
  playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } })

/**
 * Opens an admin page with a full page load and waits until React has hydrated it (the first of
 * its links and buttons listens), so the first click or keystroke counts (see untilReactListens).
 */
export const openAdmin = async (page: Page, path: string) => {
  const response = await page.goto(path)
  await untilReactListens(page.locator('a[href], button').first())
  return response
}

/** The admin's form for a new article, ready to type into. */
export const openNewArticle = async (page: Page) => {
  await openAdmin(page, '/admin/collections/articles/create')
  // The create view renders on the server and then creates the draft (autosave): on a busy
  // machine that alone can take longer than the default wait.
  await expect(page.locator('#field-title')).toBeEditable({ timeout: 30_000 })
}

/**
 * The article's id, from the admin's edit URL. A new article gets one once it is first saved
 * (Payload's autosave may do that as soon as the form opens, or on the first change).
 */
export const articleId = async (page: Page): Promise<string> => {
  await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
  return /\/articles\/(\d+)/.exec(page.url())![1]
}

/** Picks a document in a Payload relationship field (a react-select) by its title. */
export const pickRelationship = async (page: Page, field: string, option: string) => {
  const select = page.locator(`#field-${field}`)
  await select.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: option }).first().click()
  await expect(select.locator('.rs__value-container')).toContainText(option)
}

/** Types paragraphs into the article body (the Lexical editor), one Enter between them. */
export const typeIntoContent = async (page: Page, paragraphs: string[]) => {
  const editor = page
    .locator('.rich-text-lexical')
    .filter({ has: page.locator('.field-label', { hasText: /^Content/ }) })
    .locator('[data-lexical-editor="true"]')
  await editor.click()
  for (const [index, text] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.type(text)
  }
  await expect(editor).toContainText(paragraphs[paragraphs.length - 1])
}

/** Fills the fields every article needs: title, author, body. */
export const writeArticle = async (
  page: Page,
  { title, body }: { title: string; body: string[] },
) => {
  await page.locator('#field-title').fill(title)
  await pickRelationship(page, 'author', 'Ross Hauser')
  await typeIntoContent(page, body)
}

/** Clicks "Publish changes" and waits until the document reports it is published. */
export const publish = async (page: Page) => {
  const saved = page.waitForResponse(
    (response) =>
      ['PATCH', 'POST'].includes(response.request().method()) &&
      /\/api\/articles(\/\d+)?\?/.test(response.url()) &&
      !response.url().includes('autosave=true'),
  )
  await page.locator('#action-save').click()
  expect((await saved).status()).toBe(200)
  await expect(page.locator('.doc-controls__status')).toContainText('Published')
}

/**
 * Waits until autosave has stored everything the editor typed: the admin says so, and the latest
 * draft (read through the API with the editor's own session) contains each of `texts`.
 */
export const waitForAutosave = async (page: Page, id: string, texts: string[]) => {
  await expect(page.locator('.autosave')).toContainText(/saved/i, { timeout: 15_000 })
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/articles/${id}?draft=true&depth=0`)
        const draft = await response.text()
        return texts.filter((text) => !draft.includes(text))
      },
      { message: 'texts missing from the saved draft', timeout: 15_000 },
    )
    .toEqual([])
}

export const graphql = async (request: APIRequestContext, query: string) => {
  const response = await request.post('/api/graphql', { data: { query } })
  expect(response.ok(), await response.text()).toBe(true)
  return response.json()
}

/** What the widget does: fetch a challenge and solve it. */
export const solvedCaptcha = async (api: APIRequestContext): Promise<string> =>
  solveCaptcha(await (await api.get('/api/forms/challenge')).json())

/** The seeded contact form's id. */
export const contactFormId = async (api: APIRequestContext) => {
  const response = await api.get('/api/forms', {
    params: { 'where[title][equals]': 'How can we help you?', depth: '0' },
  })
  return (await response.json()).docs[0].id as number
}

/**
 * A JSON POST to the server from the loopback address `from` (any of 127.0.0.0/8), as if a
 * different visitor's machine sent it: the server tells visitors apart by the connection's
 * address, which a header cannot change.
 */
export const postFrom = (
  from: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  server = { port: E2E_PORT, origin: `http://localhost:${E2E_PORT}` },
): Promise<{ status: number; headers: IncomingHttpHeaders; json: () => unknown }> =>
  new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body))
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        localAddress: from,
        method: 'POST',
        path,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': String(payload.length),
          origin: server.origin,
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            json: () => JSON.parse(text),
          })
        })
      },
    )
    request.on('error', reject)
    request.end(payload)
  })

/** The site's time zone (SITE_TIME_ZONE, unset in the e2e server): schedules are in it. */
export const SITE_ZONE = 'America/Chicago'

/** The schedule drawer's date format, 'MMM d, yyy h:mm a', as the clock reads in the site's zone. */
const pickerText = (date: Date): string => {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', { ...options, timeZone: SITE_ZONE }).format(date)
  const time = part({ hour: 'numeric', minute: '2-digit', hour12: true })
  return `${part({ month: 'short' })} ${part({ day: 'numeric' })}, ${part({ year: 'numeric' })} ${time}`
}

/**
 * The drawer's time picker has minute precision: the next whole minute that is still at least
 * 10 seconds away (10 to 70 seconds from now).
 */
export const nextSchedulableTime = () =>
  new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000)

/**
 * Schedules the open draft to publish at `publishAt` through the admin's schedule drawer, as an
 * editor does; leaves the drawer open and returns it.
 */
export const scheduleToPublish = async (page: Page, title: string, publishAt: Date) => {
  const more = page.locator('#action-save-popup .popup-button')
  await untilReactListens(more)
  await more.click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const drawer = page.locator('.schedule-publish')
  await expect(drawer.getByRole('heading', { name: `Schedule publish for ${title}` })).toBeVisible()
  await expect(drawer.getByLabel('Publish', { exact: true })).toBeChecked()
  // Times are in the clinic's zone, and the drawer says which.
  await expect(drawer.locator('.timezone-picker-wrapper')).toContainText(SITE_ZONE)
  const time = drawer.locator('.date-time-picker input')
  await time.fill(pickerText(publishAt))
  await time.press('Enter')
  await expect(time).toHaveValue(pickerText(publishAt))
  await drawer.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Scheduled successfully')).toBeVisible()
  return drawer
}
