import { type APIRequestContext, expect, test } from '@playwright/test'

import { document, formBlock, paragraph } from '../../src/seed/lexical'

import {
  anonymousApi,
  contactFormId,
  EDITOR_STATE,
  openAdmin,
  postFrom,
  solvedCaptcha,
  uniqueTitle,
  untilReactListens,
  visitorPage,
} from './helpers'

test.use({ storageState: EDITOR_STATE })

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`

type Submission = { submissionData: { field: string; value: string }[]; emailStatus: string }

/** Submissions whose last name is `lastName`, read as the signed-in editor. */
const submissionsFor = async (staff: APIRequestContext, lastName: string) => {
  const response = await staff.get('/api/form-submissions', {
    params: { 'where[submissionData.value][equals]': lastName, limit: '200', depth: '0' },
  })
  expect(response.status()).toBe(200)
  return ((await response.json()).docs as Submission[]).filter((doc) =>
    doc.submissionData.some((row) => row.field === 'lastName' && row.value === lastName),
  )
}

const totalSubmissions = async (staff: APIRequestContext) =>
  (await (await staff.get('/api/form-submissions', { params: { limit: '1' } })).json()).totalDocs

test('a visitor asks for help: a wrong email is shown beside its field, then the confirmation; staff find it in the admin', async ({
  browser,
  page,
}) => {
  const lastName = `Doe-${stamp()}`
  const visitor = await visitorPage(browser)
  expect((await visitor.goto('/contact'))?.status()).toBe(200)
  const form = visitor.locator('form.site-form')
  await form.getByRole('textbox', { name: 'First name (required)' }).fill('Jane')
  await form.getByRole('textbox', { name: 'Last name (required)' }).fill(lastName)
  const email = form.getByRole('textbox', { name: 'Email (required)' })
  await email.fill('jane@')
  await form.getByRole('textbox', { name: 'Phone', exact: true }).fill('(708) 393-8266')
  await form
    .getByRole('textbox', { name: /Tell us about your symptoms/ })
    .fill('My knee hurts on stairs. <script>alert(1)</script>')
  await form.getByRole('combobox', { name: 'Preferred office' }).selectOption('Chicagoland Office')
  await form.getByRole('checkbox', { name: /I agree to be contacted/ }).check()
  const send = form.getByRole('button', { name: 'Send my question' })
  await send.click()

  // The server's answer, next to the field, after the spam check solved itself.
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.')
  expect(await submissionsFor(page.request, lastName)).toHaveLength(0)

  await email.fill('jane.doe@example.com')
  await send.click()
  await expect(visitor.getByRole('status')).toContainText(
    'Thank you. Your message has reached our patient team',
  )
  await visitor.context().close()

  const [saved] = await submissionsFor(page.request, lastName)
  expect(saved.submissionData).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ field: 'email', value: 'jane.doe@example.com' }),
      expect.objectContaining({
        field: 'symptoms',
        value: 'My knee hurts on stairs. <script>alert(1)</script>',
      }),
      expect.objectContaining({ field: 'office', value: 'Chicagoland Office' }),
      expect.objectContaining({ field: 'consent', value: 'true' }),
    ]),
  )
  // No SMTP server in the test: the failure is recorded on the submission, nothing is lost.
  expect(saved.emailStatus).toBe('failed')

  await openAdmin(page, '/admin/collections/form-submissions')
  await expect(page.getByRole('heading', { name: 'Form Submissions' })).toBeVisible()
  const newest = page.locator('.table tbody tr').first().locator('a').first()
  await untilReactListens(newest)
  await newest.click()
  // The answers under the form's labels (issue 18), not as raw field/value pairs.
  await expect(page.locator('.submission-message dd').filter({ hasText: lastName })).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'Retry email to staff' })).toBeVisible()
})

test('a form placed in a page’s text is served whole and comes alive in the browser', async ({
  browser,
  page,
}) => {
  const staff = page.request
  const { title, slug } = uniqueTitle('Ask the team')
  const created = await staff.post('/api/pages', {
    data: {
      title,
      content: document(
        paragraph('Questions before your first visit?'),
        formBlock(await contactFormId(staff), 'Write to our team'),
      ),
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)

  // Without JavaScript the whole form is in the page, under the block's heading.
  const reader = await browser.newContext({
    javaScriptEnabled: false,
    storageState: { cookies: [], origins: [] },
  })
  const plain = await reader.newPage()
  expect((await plain.goto(`/${slug}`))?.status()).toBe(200)
  await expect(plain.locator('.form-block-heading')).toHaveText('Write to our team')
  const plainForm = plain.locator('form.site-form')
  await expect(plainForm.getByRole('textbox', { name: 'First name (required)' })).toBeVisible()
  await expect(plainForm.getByRole('button', { name: 'Send my question' })).toBeVisible()
  await reader.close()

  // In the browser its script loads once the visitor reaches for the form (src/hydration): the
  // check runs before anything is sent.
  const visitor = await visitorPage(browser)
  const posts: string[] = []
  const scripts: string[] = []
  visitor.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url())
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  await visitor.goto(`/${slug}`)
  await visitor.waitForLoadState('networkidle')
  expect(scripts).toEqual([])
  const form = visitor.locator('form.site-form')
  const send = form.getByRole('button', { name: 'Send my question' })
  await form.getByRole('textbox', { name: 'First name (required)' }).fill('Jane')
  await untilReactListens(send)
  // Typed while React was on its way, and kept.
  await expect(form.getByRole('textbox', { name: 'First name (required)' })).toHaveValue('Jane')
  await send.click()
  await expect(form.getByRole('textbox', { name: 'Last name (required)' })).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  await expect(
    form.getByRole('textbox', { name: 'Last name (required)' }),
  ).toHaveAccessibleDescription('Please fill in “Last name”.')
  // Focusing the form loaded the spam check.
  await expect(form.locator('altcha-widget')).toHaveCount(1)
  expect(posts).toEqual([])
  await visitor.context().close()
})

test('a submission without a valid captcha is refused and nothing is stored', async ({
  playwright,
  baseURL,
  page,
}) => {
  const api = await anonymousApi(playwright, baseURL)
  const form = await contactFormId(api)
  const before = await totalSubmissions(page.request)
  const submissionData = [
    { field: 'firstName', value: 'Bot' },
    { field: 'lastName', value: 'Spam' },
    { field: 'email', value: 'bot@example.com' },
    { field: 'symptoms', value: 'Buy cheap pills' },
    { field: 'consent', value: 'true' },
  ]
  for (const altcha of [undefined, 'bm90IGEgcmVhbCBwYXlsb2Fk']) {
    const response = await postFrom(`127.0.3.${altcha ? 2 : 1}`, '/api/form-submissions', {
      form,
      submissionData,
      ...(altcha ? { altcha } : {}),
    })
    expect(response.status).toBe(400)
    const paths = (
      response.json() as { errors: { data: { errors: { path: string }[] } }[] }
    ).errors[0].data.errors.map((error) => error.path)
    expect(paths).toContain('altcha')
  }
  // A solved captcha cannot be used twice.
  const altcha = await solvedCaptcha(api)
  const send = () =>
    postFrom('127.0.3.3', '/api/form-submissions', { form, submissionData, altcha })
  expect((await send()).status).toBe(201)
  const replay = await send()
  expect(replay.status).toBe(400)
  expect(await totalSubmissions(page.request)).toBe(before + 1)
  await api.dispose()
})

test('the spam limit follows the connection, not a header the client writes', async ({
  playwright,
  baseURL,
}) => {
  const api = await anonymousApi(playwright, baseURL)
  const form = await contactFormId(api)
  await api.dispose()
  // No captcha: each answer is 400 until the address has used its 5 tries, then 429.
  const attempt = (from: string, forwardedFor?: string) =>
    postFrom(
      from,
      '/api/form-submissions',
      { form, submissionData: [{ field: 'firstName', value: 'Bot' }] },
      forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    )

  // One machine writing a new X-Forwarded-For on every request is still one machine.
  const rotating = []
  for (let i = 1; i <= 12; i += 1) {
    rotating.push((await attempt('127.0.4.1', `198.51.100.${i}`)).status)
  }
  expect(rotating).toEqual([...Array(5).fill(400), ...Array(7).fill(429)])
  const limited = await attempt('127.0.4.1', '203.0.113.250')
  expect(limited.status).toBe(429)
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)

  // Another machine keeps its own limit, even when it claims to be the first one.
  expect((await attempt('127.0.4.2', '127.0.4.1')).status).toBe(400)
  expect((await attempt('127.0.4.2')).status).toBe(400)

  // Headers that are not addresses change nothing: still that machine's own limit.
  const malformed = []
  for (const forwardedFor of [
    'unknown',
    ', , ,',
    'hello, <script>',
    '999.1.1.1',
    '1.2.3.4:x',
    'a'.repeat(500),
  ]) {
    malformed.push((await attempt('127.0.4.3', forwardedFor)).status)
  }
  expect(malformed).toEqual([...Array(5).fill(400), 429])
})

test('100 concurrent valid submissions are all stored exactly once', async ({
  playwright,
  baseURL,
  page,
}) => {
  const api = await anonymousApi(playwright, baseURL)
  const form = await contactFormId(api)
  const lastName = `Load-${stamp()}`
  const before = await totalSubmissions(page.request)
  const captchas = await Promise.all(Array.from({ length: 100 }, () => solvedCaptcha(api)))
  const responses = await Promise.all(
    captchas.map((altcha, index) =>
      // Each from its own address, as 100 patients would be.
      postFrom(`127.0.5.${index + 1}`, '/api/form-submissions', {
        form,
        altcha,
        submissionData: [
          { field: 'firstName', value: `Patient ${index}` },
          { field: 'lastName', value: lastName },
          { field: 'email', value: `patient${index}@example.com` },
          { field: 'symptoms', value: `Request number ${index}` },
          { field: 'consent', value: 'true' },
        ],
      }),
    ),
  )
  expect(responses.map((response) => response.status)).toEqual(Array(100).fill(201))
  expect(await totalSubmissions(page.request)).toBe(before + 100)
  const saved = await submissionsFor(page.request, lastName)
  const names = saved.map(
    (doc) => doc.submissionData.find((row) => row.field === 'firstName')?.value,
  )
  expect(new Set(names).size).toBe(100)
  await api.dispose()
})
