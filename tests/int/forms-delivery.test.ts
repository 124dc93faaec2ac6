import { jest } from '@jest/globals'
import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'

import { nodemailerAdapter, smtpSettingsFromEnv } from '@/email/nodemailerAdapter'
import { deleteOldSubmissions, queueRetention, RETENTION_TASK } from '@/forms/retention'
import type { FormSubmission } from '@/payload-types'

import { formData, richText } from './helpers/fixtures'
import { rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 6, delivery: a submission is stored, then emailed to staff through a real SMTP server on
 * loopback (smtp-server; messages read back with mailparser). A refused email leaves the
 * submission stored as `failed`, and staff send it again from the admin's resend endpoint.
 */

type Received = { from?: string; to: string[]; mail: ParsedMail }

let ctx: TestContext
let smtp: SMTPServer
const inbox: Received[] = []
// What the server does next: accept, refuse the message, or refuse the connection.
let mode: 'accept' | 'refuse' | 'hangup' = 'accept'
let formId: number | string

const smtpError = (message: string, responseCode: number) =>
  Object.assign(new Error(message), { responseCode })

const startSmtp = () =>
  new Promise<SMTPServer>((resolve) => {
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      onAuth: (auth, _session, callback) =>
        auth.username === 'mailer' && auth.password === 's3cret'
          ? callback(null, { user: auth.username })
          : callback(smtpError('Invalid username or password', 535)),
      onConnect: (_session, callback) =>
        callback(mode === 'hangup' ? smtpError('Server shutting down', 421) : undefined),
      onMailFrom: (_address, _session, callback) =>
        callback(mode === 'refuse' ? smtpError('Mailbox temporarily unavailable', 451) : undefined),
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            const address = (a: SMTPServerAddress | false) => (a ? a.address : undefined)
            inbox.push({
              from: address(session.envelope.mailFrom),
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              mail,
            })
            callback()
          })
          .catch(callback)
      },
    })
    server.listen(0, '127.0.0.1', () => resolve(server))
  })

beforeAll(async () => {
  smtp = await startSmtp()
  const { port } = (smtp as unknown as { server: { address: () => AddressInfo } }).server.address()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.SMTP_SECURE = 'false'
  process.env.SMTP_USER = 'mailer'
  process.env.SMTP_PASS = 's3cret'
  process.env.EMAIL_FROM = 'website@clinic.test'
  process.env.EMAIL_FROM_NAME = 'Clinic website'
  delete process.env.FORMS_NOTIFY_TO
  ctx = await startPayload()
  const form = await ctx.payload.create({
    collection: 'forms',
    data: formData({
      title: 'How can we help you?',
      fields: [
        { blockType: 'text', name: 'firstName', label: 'First name', required: true },
        { blockType: 'email', name: 'email', label: 'Email address', required: true },
        { blockType: 'textarea', name: 'symptoms', label: 'What brings you in?' },
        {
          blockType: 'select',
          name: 'office',
          label: 'Preferred office',
          options: [{ label: 'Oak Lawn office', value: 'oak-lawn' }],
        },
      ],
      emails: [
        {
          emailTo: 'frontdesk@clinic.test',
          cc: 'nurse@clinic.test',
          replyTo: '{{email}}',
          subject: 'New request from {{firstName}}',
          message: richText('Please call the patient back within one working day.'),
        },
      ],
    }) as never,
  })
  formId = form.id
})

afterAll(async () => {
  await ctx?.stop()
  await new Promise((resolve) => smtp?.close(() => resolve(undefined)))
})

beforeEach(() => {
  inbox.length = 0
  mode = 'accept'
})

const submit = async (values: Record<string, string>, form = formId) => {
  const created = await ctx.payload.create({
    collection: 'form-submissions',
    data: {
      form,
      submissionData: Object.entries(values).map(([field, value]) => ({ field, value })),
    } as never,
  })
  // The visitor's create returns once delivery has been tried; read what it recorded.
  return (await ctx.payload.findByID({
    collection: 'form-submissions',
    id: created.id,
  })) as FormSubmission
}

const VISITOR = {
  firstName: 'Ada <b>',
  email: 'ada@example.com',
  symptoms: 'Knee pain\n<script>alert("x")</script> & swelling',
  office: 'oak-lawn',
}

describe('staff email', () => {
  it('stores the submission, then emails every field with its label to the staff set on the form', async () => {
    const doc = await submit(VISITOR)
    expect(doc.emailStatus).toBe('emailed')
    expect(doc.emailAttempts).toBe(1)
    expect(doc.emailedAt).toBeTruthy()
    expect(doc.emailError).toBeFalsy()

    expect(inbox).toHaveLength(1)
    const [{ from, to, mail }] = inbox
    expect(from).toBe('website@clinic.test')
    expect(to.sort()).toEqual(['frontdesk@clinic.test', 'nurse@clinic.test'])
    expect(mail.subject).toBe('New request from Ada <b>')
    expect(mail.replyTo?.value[0].address).toBe('ada@example.com')

    const html = String(mail.html)
    expect(html.indexOf('Please call the patient back')).toBeLessThan(html.indexOf('First name'))
    for (const label of ['First name', 'Email address', 'What brings you in?', 'Preferred office'])
      expect(html).toContain(label)
    expect(html).toContain('Oak Lawn office')
    // The visitor's markup arrives as text, never as markup.
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; swelling')

    const text = String(mail.text)
    expect(text).toContain('Please call the patient back within one working day.')
    expect(text).toContain('First name: Ada <b>')
    expect(text).toContain('Email address: ada@example.com')
    expect(text).toContain('<script>alert("x")</script> & swelling')
    expect(text).toContain('Preferred office: Oak Lawn office')

    // The messages are kept with the submission, to send again.
    expect(doc.notifications).toEqual([
      expect.objectContaining({ to: 'frontdesk@clinic.test', sentAt: expect.any(String) }),
    ])
  })

  it('a form without emails records "none" and sends nothing; FORMS_NOTIFY_TO gets them instead', async () => {
    const bare = await ctx.payload.create({ collection: 'forms', data: formData() as never })
    const quiet = await submit({ email: 'b@example.com' }, bare.id)
    expect(quiet.emailStatus).toBe('none')
    expect(inbox).toHaveLength(0)

    process.env.FORMS_NOTIFY_TO = 'office@clinic.test'
    try {
      const notified = await submit({ email: 'c@example.com' }, bare.id)
      expect(notified.emailStatus).toBe('emailed')
      expect(inbox).toHaveLength(1)
      expect(inbox[0].to).toEqual(['office@clinic.test'])
      expect(inbox[0].mail.subject).toMatch(/^New submission: Question form/)
      expect(String(inbox[0].mail.text)).toContain('Email: c@example.com')
    } finally {
      delete process.env.FORMS_NOTIFY_TO
    }
  })

  it('a refused email keeps the submission as failed with the error; resend delivers it later', async () => {
    mode = 'refuse'
    const doc = await submit({ ...VISITOR, firstName: 'Bea' })
    expect(doc.emailStatus).toBe('failed')
    expect(doc.emailAttempts).toBe(1)
    expect(doc.emailError).toMatch(/frontdesk@clinic\.test: .*451/)
    expect(doc.emailedAt).toBeFalsy()
    expect(doc.submissionData).toHaveLength(4)
    expect(inbox).toHaveLength(0)

    mode = 'accept'
    const resent = await rest(ctx.config, 'POST', `form-submissions/${doc.id}/resend`, {
      token: ctx.editor.token,
    })
    expect(resent.status).toBe(200)
    expect(resent.body).toMatchObject({ emailStatus: 'emailed', emailAttempts: 2 })
    expect(inbox).toHaveLength(1)
    expect(inbox[0].mail.subject).toBe('New request from Bea')
    expect(String(inbox[0].mail.text)).toContain('First name: Bea')

    const after = (await ctx.payload.findByID({
      collection: 'form-submissions',
      id: doc.id,
    })) as FormSubmission
    expect(after).toMatchObject({ emailStatus: 'emailed', emailAttempts: 2, emailError: null })
    expect(after.emailedAt).toBeTruthy()

    // Already emailed: refused unless forced.
    const again = await rest(ctx.config, 'POST', `form-submissions/${doc.id}/resend`, {
      token: ctx.editor.token,
    })
    expect(again.status).toBe(409)
    const forced = await rest(ctx.config, 'POST', `form-submissions/${doc.id}/resend?force=1`, {
      token: ctx.admin.token,
    })
    expect(forced.status).toBe(200)
    expect(forced.body.emailAttempts).toBe(3)
    expect(inbox).toHaveLength(2)
  })

  it('a mail server that hangs up is recorded too, and a failed resend says why', async () => {
    mode = 'hangup'
    const doc = await submit({ ...VISITOR, firstName: 'Cy' })
    expect(doc.emailStatus).toBe('failed')
    expect(doc.emailError).toMatch(/421|shutting down/i)

    const retried = await rest(ctx.config, 'POST', `form-submissions/${doc.id}/resend`, {
      token: ctx.editor.token,
    })
    expect(retried.status).toBe(200)
    expect(retried.body).toMatchObject({ emailStatus: 'failed', emailAttempts: 2 })
    expect(retried.body.message).toMatch(/could not be sent/)
  })

  it('a visitor submitting through REST gets a normal answer even when the email fails', async () => {
    mode = 'refuse'
    const response = await rest(ctx.config, 'POST', 'form-submissions', {
      token: ctx.editor.token,
      body: { form: formId, submissionData: [{ field: 'email', value: 'd@example.com' }] },
    })
    expect(response.status).toBe(201)
    const stored = (await ctx.payload.findByID({
      collection: 'form-submissions',
      id: response.body.doc.id,
    })) as FormSubmission
    expect(stored.emailStatus).toBe('failed')
  })
})

describe('resend endpoint', () => {
  it('is for staff only, and 404s for an unknown submission', async () => {
    const doc = await submit({ email: 'e@example.com' })
    const anonymous = await rest(ctx.config, 'POST', `form-submissions/${doc.id}/resend`)
    expect([401, 403]).toContain(anonymous.status)
    const unknown = await rest(ctx.config, 'POST', 'form-submissions/999999/resend', {
      token: ctx.editor.token,
    })
    expect(unknown.status).toBe(404)
    expect(inbox).toHaveLength(1)
  })
})

describe('email adapter without SMTP_HOST', () => {
  const settings = { ...smtpSettingsFromEnv({} as NodeJS.ProcessEnv), host: undefined }
  const env = process.env as Record<string, string | undefined>
  const nodeEnv = env.NODE_ENV
  afterEach(() => {
    env.NODE_ENV = nodeEnv
  })

  it('logs the message in development', async () => {
    const info = jest.fn<(arg: { msg: string }) => void>()
    const adapter = nodemailerAdapter(settings)({ payload: { logger: { info } } as never })
    env.NODE_ENV = 'development'
    await adapter.sendEmail({ to: 'a@clinic.test', subject: 'Hello', text: 'Body text' })
    expect(info).toHaveBeenCalledTimes(1)
    expect(info.mock.calls[0][0].msg).toMatch(/a@clinic\.test.*Hello[\s\S]*Body text/)
    expect(adapter.defaultFromAddress).toBe('no-reply@localhost')
  })

  it('refuses to send in production, and logs nothing of the message', async () => {
    const info = jest.fn<(arg: { msg: string }) => void>()
    const adapter = nodemailerAdapter(settings)({ payload: { logger: { info } } as never })
    env.NODE_ENV = 'production'
    await expect(
      adapter.sendEmail({ to: 'a@clinic.test', subject: 'Hello', text: 'Body text' }),
    ).rejects.toThrow(/Email is not set up: set SMTP_HOST/)
    expect(info).not.toHaveBeenCalled()
  })

  it('reads port 465 as TLS from the start', () => {
    expect(smtpSettingsFromEnv({ SMTP_PORT: '465' } as unknown as NodeJS.ProcessEnv)).toMatchObject(
      {
        port: 465,
        secure: true,
      },
    )
    expect(smtpSettingsFromEnv({} as NodeJS.ProcessEnv)).toMatchObject({ port: 587, secure: false })
  })
})

describe('export and delete', () => {
  it('exports submissions as CSV and JSON for staff only, spreadsheet formulas kept as text', async () => {
    const doc = await submit({ firstName: '=HYPERLINK("http://x")', email: 'f@example.com' })
    const anonymous = await rest(ctx.config, 'GET', 'form-submissions/export?format=csv')
    expect(anonymous.status).toBe(401)

    const csv = await rest(ctx.config, 'GET', `form-submissions/export?format=csv&form=${formId}`, {
      token: ctx.editor.token,
    })
    expect(csv.status).toBe(200)
    const text = String(csv.body)
    const [header] = text.replace(/^\uFEFF/, '').split('\r\n')
    // The form's own labels, not the field names.
    expect(header).toBe(
      'ID,Received,Form,Opened,Email to staff,Emailed at,First name,Email address,What brings you in?,Preferred office,Other answers',
    )
    expect(text).toContain(`${doc.id},`)
    expect(text).toContain(`"'=HYPERLINK(""http://x"")",f@example.com`)

    const json = await rest(ctx.config, 'GET', 'form-submissions/export?format=json', {
      token: ctx.admin.token,
    })
    expect(json.status).toBe(200)
    const exported = (json.body as Array<{ id: unknown; submissionData: unknown }>).find(
      (row) => String(row.id) === String(doc.id),
    )
    expect(exported?.submissionData).toEqual([
      { field: 'firstName', value: '=HYPERLINK("http://x")' },
      { field: 'email', value: 'f@example.com' },
    ])
    expect(JSON.stringify(json.body)).not.toContain('notifications')

    const bad = await rest(ctx.config, 'GET', 'form-submissions/export?format=xml', {
      token: ctx.admin.token,
    })
    expect(bad.status).toBe(400)
  })

  it('staff delete submissions in bulk; visitors cannot', async () => {
    const a = await submit({ email: 'g@example.com' })
    const b = await submit({ email: 'h@example.com' })
    const where = `where[id][in]=${a.id},${b.id}`
    const anonymous = await rest(ctx.config, 'DELETE', `form-submissions?${where}`)
    expect(anonymous.body.docs ?? []).toHaveLength(0)
    const deleted = await rest(ctx.config, 'DELETE', `form-submissions?${where}`, {
      token: ctx.editor.token,
    })
    expect(deleted.status).toBe(200)
    expect(deleted.body.docs).toHaveLength(2)
    const { totalDocs } = await ctx.payload.count({
      collection: 'form-submissions',
      where: { id: { in: [a.id, b.id] } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('retention', () => {
  afterEach(() => {
    delete process.env.FORM_SUBMISSION_RETENTION_DAYS
  })

  const backdate = (id: number | string, days: number) =>
    ctx.payload.db.updateOne({
      collection: 'form-submissions',
      id,
      data: { createdAt: new Date(Date.now() - days * 86_400_000).toISOString() },
    })

  it('keeps everything when no retention period is set', async () => {
    const old = await submit({ email: 'old@example.com' })
    await backdate(old.id, 4000)
    await queueRetention(ctx.payload)
    const { totalDocs } = await ctx.payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: RETENTION_TASK } },
    })
    expect(totalDocs).toBe(0)
    expect(
      await ctx.payload.count({
        collection: 'form-submissions',
        where: { id: { equals: old.id } },
      }),
    ).toMatchObject({ totalDocs: 1 })
    await ctx.payload.delete({ collection: 'form-submissions', id: old.id })
  })

  it('the daily job deletes only submissions older than FORM_SUBMISSION_RETENTION_DAYS, then queues tomorrow', async () => {
    const old = await submit({ email: 'old@example.com' })
    const recent = await submit({ email: 'recent@example.com' })
    await backdate(old.id, 31)
    await backdate(recent.id, 29)

    process.env.FORM_SUBMISSION_RETENTION_DAYS = '30'
    await queueRetention(ctx.payload)
    await queueRetention(ctx.payload) // one waiting job, not two
    const queued = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: RETENTION_TASK } },
    })
    expect(queued.totalDocs).toBe(1)

    await ctx.payload.jobs.run({ queue: 'default' })

    const ids = async (id: number | string) =>
      (await ctx.payload.count({ collection: 'form-submissions', where: { id: { equals: id } } }))
        .totalDocs
    expect(await ids(old.id)).toBe(0)
    expect(await ids(recent.id)).toBe(1)

    const jobs = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: RETENTION_TASK } },
    })
    // Payload deletes a completed job; what is left is tomorrow's.
    expect(jobs.totalDocs).toBe(1)
    const [waiting] = jobs.docs
    expect(waiting.id).not.toEqual(queued.docs[0].id)
    expect(waiting.completedAt).toBeFalsy()
    const next = new Date(String(waiting.waitUntil))
    expect(next.getTime()).toBeGreaterThan(Date.now())
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(2 * 86_400_000)
  })

  it('refuses a retention period that is not a whole number of days', async () => {
    process.env.FORM_SUBMISSION_RETENTION_DAYS = 'forever'
    await expect(queueRetention(ctx.payload)).rejects.toThrow(/whole number of days/)
    expect(await deleteOldSubmissions(ctx.payload, 100_000)).toBe(0)
  })
})
