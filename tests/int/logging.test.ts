import { createServer } from 'node:net'
import { Writable } from 'node:stream'

import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'

import { payloadLogger } from '@/logging/logger'
import { withRequestId } from '@/logging/withRequestId'
import type { FormSubmission } from '@/payload-types'

import { solvedCaptcha } from './helpers/captcha'
import { formData, richText } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 9, logs: Payload's logger as production configures it (JSON lines), captured while a
 * visitor sends a form full of personal data through the app's real route handlers, wrapped as
 * src/app/(payload)/api routes wrap them. Every line is JSON, every line written during a
 * request carries that request's id, and nothing the visitor typed appears anywhere.
 */

// Distinctive values, so a leak is found wherever it appears in a line.
const MARK = `zq${Date.now().toString(36)}`
const PATIENT = {
  fullName: `Ada ${MARK}name Lovelace`,
  email: `ada.${MARK}@example.com`,
  // A real-looking number (the form checks it), unique to this run.
  phone: `(708) 394-${String(Date.now() % 10_000).padStart(4, '0')}`,
  message: `Chest pain since ${MARK}message, taking warfarin`,
}
const PATIENT_VALUES = [MARK, PATIENT.email, PATIENT.phone, 'warfarin', 'Lovelace']

const lines: string[] = []
const capture = new Writable({
  write(chunk, _encoding, callback) {
    lines.push(...String(chunk).split('\n').filter(Boolean))
    callback()
  },
})

let ctx: TestContext
let formId: number | string
const ORIGIN = 'http://localhost:3000'

/** A free port with nothing listening: the mail server is "down". */
const closedPort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1))
    })
  })

beforeAll(async () => {
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(await closedPort())
  process.env.SMTP_SECURE = 'false'
  delete process.env.SMTP_USER
  delete process.env.FORMS_NOTIFY_TO
  ctx = await startPayload({
    logger: { ...payloadLogger({ format: 'json', level: 'info' }), destination: capture },
  })
  const form = await ctx.payload.create({
    collection: 'forms',
    data: formData({
      title: 'Request an appointment',
      fields: [
        { blockType: 'text', name: 'fullName', label: 'Full name', required: true },
        { blockType: 'email', name: 'email', label: 'Email', required: true },
        { blockType: 'text', name: 'phone', label: 'Phone' },
        { blockType: 'textarea', name: 'message', label: 'Message', required: true },
      ],
      emails: [
        {
          emailTo: 'frontdesk@clinic.test',
          subject: 'New request from {{fullName}}',
          message: richText('A patient wrote: {{message}}'),
        },
        {
          // A confirmation to the visitor: their own address is a recipient.
          emailTo: '{{email}}',
          subject: 'We received your request, {{fullName}}',
          message: richText('You wrote: {{message}}'),
        },
      ],
    }) as never,
  })
  formId = form.id
})

afterAll(async () => {
  await ctx?.stop()
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
})

// The app's route handlers, wrapped as src/app/(payload)/api/**/route.ts wrap them.
const routes = {
  post: () => withRequestId(REST_POST(ctx.config)),
  get: () => withRequestId(REST_GET(ctx.config)),
  graphql: () => withRequestId(GRAPHQL_POST(ctx.config)),
}

type Sent = { status: number; body: any; requestId: string | null; logged: string[] }

/** Sends one request and returns what it logged (only its own lines: nothing else runs). */
const send = async (
  route: keyof typeof routes,
  apiPath: string,
  init: { body?: string; headers?: Record<string, string> } = {},
): Promise<Sent> => {
  const url = new URL(`/api/${apiPath}`, ORIGIN)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const before = lines.length
  const response = await routes[route]()(
    new Request(url, {
      method: route === 'get' ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': '198.51.100.9',
        ...init.headers,
      },
      body: init.body,
    }),
    { params: Promise.resolve({ slug }) },
  )
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return {
    status: response.status,
    body,
    requestId: response.headers.get('x-request-id'),
    logged: lines.slice(before),
  }
}

const submission = (answers: Record<string, string>, altcha: string) =>
  JSON.stringify({
    form: formId,
    submissionData: Object.entries(answers).map(([field, value]) => ({ field, value })),
    altcha,
  })

const expectNoPersonalData = (logged: string[]) => {
  for (const line of logged)
    for (const value of PATIENT_VALUES)
      expect(line.toLowerCase()).not.toContain(value.toLowerCase())
}

const parsed = (logged: string[]) => logged.map((line) => JSON.parse(line) as Record<string, any>)

describe('logs of a form submission', () => {
  it('a stored submission whose staff email fails: lines with its request id, none of its data', async () => {
    const sent = await send('post', 'form-submissions', {
      body: submission(PATIENT, await solvedCaptcha(ctx.config)),
    })
    expect(sent.status).toBe(201)
    expect(sent.requestId).toMatch(/^[0-9a-f-]{36}$/)
    const stored = (await ctx.payload.findByID({
      collection: 'form-submissions',
      id: sent.body.doc.id,
    })) as FormSubmission
    // Nothing lost: the answers are in the database, the failed delivery recorded for staff.
    expect(stored.emailStatus).toBe('failed')
    expect(JSON.stringify(stored.submissionData)).toContain(`${MARK}message`)
    expect(stored.emailError).toContain(PATIENT.email)

    const entries = parsed(sent.logged)
    const failure = entries.find((entry) => /emails failed/.test(entry.msg))
    expect(failure).toMatchObject({ level: 'error', reqId: sent.requestId })
    expect(failure?.msg).toBe(`Form submission ${sent.body.doc.id}: 2 of 2 emails failed`)
    for (const entry of entries) expect(entry.reqId).toBe(sent.requestId)
    expectNoPersonalData(sent.logged)
  })

  it('a refused submission: its validation error is logged with the request id, not the answers', async () => {
    const sent = await send('post', 'form-submissions', {
      body: submission(
        { ...PATIENT, email: `not-an-address ${MARK} ${PATIENT.phone}` },
        await solvedCaptcha(ctx.config),
      ),
      headers: { 'x-request-id': `support-ticket-${MARK}` },
    })
    expect(sent.status).toBe(400)
    // A valid id from the client or a front proxy is kept; it holds the marker, so leave it out
    // of the personal-data check below.
    expect(sent.requestId).toBe(`support-ticket-${MARK}`)
    const entries = parsed(sent.logged)
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) expect(entry.reqId).toBe(sent.requestId)
    expectNoPersonalData(sent.logged.map((line) => line.split(sent.requestId!).join('ID')))
  })

  it('a body that is not JSON: a one-line warning without a stack, and nothing of the body', async () => {
    const sent = await send('post', 'form-submissions', {
      body: `name=${encodeURIComponent(PATIENT.fullName)}&email=${encodeURIComponent(PATIENT.email)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(sent.status).toBe(415)
    const entries = parsed(sent.logged)
    const warning = entries.find((entry) => entry.err)
    expect(warning).toMatchObject({ level: 'warn', reqId: sent.requestId, err: { status: 415 } })
    expect(warning?.err.stack).toBeUndefined()
    expectNoPersonalData(sent.logged)
  })

  it('a hostile or oversized x-request-id is replaced by a fresh one', async () => {
    for (const hostile of ['short', 'has space <script>', '"}{"level":"fatal', 'x'.repeat(129)]) {
      const sent = await send('get', 'articles?limit=1', { headers: { 'x-request-id': hostile } })
      expect(sent.status).toBe(200)
      expect(sent.requestId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      )
    }
  })

  it('GraphQL errors carry the request id too', async () => {
    const sent = await send('graphql', 'graphql', {
      body: JSON.stringify({
        query: `{ FormSubmissions { docs { id submissionData { value } } } }`,
      }),
    })
    expect(sent.requestId).toBeTruthy()
    const entries = parsed(sent.logged)
    expect(entries).toEqual([
      expect.objectContaining({ level: 'warn', reqId: sent.requestId, err: expect.anything() }),
    ])
    // A refused read is the sender's doing, not a fault: no stack.
    expect(entries[0].err).toEqual({
      type: 'GraphQLError',
      message: 'You are not allowed to perform this action.',
      status: 403,
    })
  })

  it('every line written, with or without a request, is one JSON object', () => {
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ name: 'payload' })
    expectNoPersonalData(lines.filter((line) => !line.includes(`support-ticket-${MARK}`)))
  })
})
