import { randomBytes } from 'node:crypto'

import type { FormSubmission } from '@/payload-types'

import { formData } from './helpers/fixtures'
import { rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 18, item 4: submissions staff can read at a glance. Who wrote and what about are stored
 * as columns the list shows and searches; a submission is "new" until staff open it; the CSV
 * export follows the list's filter and search, under the form's labels, streamed page by page.
 */

let ctx: TestContext
let formId: number | string
let otherFormId: number | string

beforeAll(async () => {
  delete process.env.SMTP_HOST
  ctx = await startPayload()
  const form = await ctx.payload.create({
    collection: 'forms',
    data: formData({
      title: 'How can we help you?',
      fields: [
        { blockType: 'text', name: 'firstName', label: 'First name', required: true },
        { blockType: 'text', name: 'lastName', label: 'Last name', required: true },
        { blockType: 'email', name: 'email', label: 'Email', required: true },
        { blockType: 'text', name: 'phone', label: 'Phone' },
        { blockType: 'textarea', name: 'symptoms', label: 'Tell us about your symptoms' },
        {
          blockType: 'select',
          name: 'office',
          label: 'Preferred office',
          options: [{ label: 'Chicagoland Office', value: 'chicagoland' }],
        },
        { blockType: 'checkbox', name: 'consent', label: 'I agree to be contacted' },
      ],
    }) as never,
  })
  formId = form.id
  const other = await ctx.payload.create({
    collection: 'forms',
    data: formData({
      title: 'Newsletter',
      fields: [{ blockType: 'email', name: 'address', label: 'Your email' }],
    }) as never,
  })
  otherFormId = other.id
})

afterAll(async () => {
  await ctx?.stop()
})

const submit = async (values: Record<string, string>, form = formId) =>
  (await ctx.payload.create({
    collection: 'form-submissions',
    data: {
      form,
      submissionData: Object.entries(values).map(([field, value]) => ({ field, value })),
    } as never,
  })) as FormSubmission

const LONG =
  'My left knee has hurt for three months after a fall on the ice, and it swells after every walk longer than a mile, even with rest.'

const staffGet = (path: string, token = ctx.editor.token) =>
  rest(ctx.config, 'GET', path, { token })

describe('the list columns', () => {
  it('stores name, email, phone, office and the start of the message from the answers', async () => {
    const doc = await submit({
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@mail.test',
      phone: '(312) 555-0100',
      symptoms: LONG,
      office: 'chicagoland',
      consent: 'true',
    })
    expect(doc).toMatchObject({
      name: 'Grace Hopper',
      email: 'grace@mail.test',
      phone: '(312) 555-0100',
      office: 'Chicagoland Office',
      readAt: null,
    })
    expect(doc.messageStart!.length).toBeLessThanOrEqual(120)
    expect(doc.messageStart).toMatch(/^My left knee has hurt .*…$/)
    expect(LONG.startsWith(doc.messageStart!.slice(0, -1))).toBe(true)
  })

  it('cannot be set or changed by anyone', async () => {
    const visitor = await rest(ctx.config, 'POST', 'form-submissions', {
      token: ctx.admin.token,
      body: {
        form: formId,
        name: 'Forged',
        readAt: '2020-01-01T00:00:00.000Z',
        submissionData: [
          { field: 'firstName', value: 'Real' },
          { field: 'lastName', value: 'Name' },
          { field: 'email', value: 'real@mail.test' },
        ],
      },
    })
    expect(visitor.status).toBe(201)
    expect(visitor.body.doc).toMatchObject({ name: 'Real Name', readAt: null })
    const edit = await rest(ctx.config, 'PATCH', `form-submissions/${visitor.body.doc.id}`, {
      token: ctx.admin.token,
      body: { name: 'Changed' },
    })
    expect(edit.status).toBe(403)
  })

  it('searches by name and email the way the list does', async () => {
    const ada = await submit({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@engine.test' })
    await submit({ firstName: 'Charles', lastName: 'Babbage', email: 'cb@engine.test' })
    const ids = async (search: string) => {
      const csv = await staffGet(`form-submissions/export?format=json&search=${search}`)
      return (csv.body as Array<{ id: number }>).map(({ id }) => id)
    }
    expect(await ids('lovelace')).toEqual([ada.id])
    expect(await ids('ada%40engine')).toEqual([ada.id])
    expect(await ids('engine.test')).toHaveLength(2)
  })
})

describe('new until opened', () => {
  it('staff opening a submission clears "new" once; lists and visitors do not', async () => {
    const doc = await submit({ firstName: 'Alan', lastName: 'Turing', email: 'alan@mail.test' })
    const isNew = async () =>
      (
        await ctx.payload.count({
          collection: 'form-submissions',
          where: { and: [{ id: { equals: doc.id } }, { readAt: { exists: false } }] },
        })
      ).totalDocs === 1

    // A list (or the dashboard's count) is not opening it, nor is a refused visitor.
    await staffGet(`form-submissions?where[id][equals]=${doc.id}`)
    expect((await rest(ctx.config, 'GET', `form-submissions/${doc.id}`)).status).toBe(403)
    expect(await isNew()).toBe(true)

    const opened = await staffGet(`form-submissions/${doc.id}`)
    expect(opened.status).toBe(200)
    expect(opened.body.readAt).toEqual(expect.any(String))
    expect(await isNew()).toBe(false)

    // The first opening is the one recorded.
    const again = await staffGet(`form-submissions/${doc.id}`, ctx.admin.token)
    expect(again.body.readAt).toBe(opened.body.readAt)
    // Marking it read sent nothing again.
    expect(again.body.emailAttempts).toBe(opened.body.emailAttempts)
  })
})

describe('CSV export', () => {
  it('follows the filter and search, with the form labels and formulas kept as text', async () => {
    const evil = await submit({
      firstName: '=cmd|"/c calc"!A1',
      lastName: '+Plus',
      email: 'evil@mail.test',
      phone: '-1',
      symptoms: '@SUM(A1)',
      office: 'chicagoland',
      consent: 'false',
      removedField: 'kept anyway',
    })
    await submit({ address: 'news@mail.test' }, otherFormId)

    const csv = await staffGet(
      `form-submissions/export?format=csv&where[or][0][and][0][email][equals]=evil%40mail.test`,
    )
    expect(csv.status).toBe(200)
    expect(csv.headers?.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers?.get('content-disposition')).toMatch(
      /^attachment; filename="form-submissions-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .split('\r\n')
    // Only this form's fields: the newsletter's "Your email" is not a column here.
    expect(lines[0]).toBe(
      'ID,Received,Form,Opened,Email to staff,Emailed at,First name,Last name,Email,Phone,Tell us about your symptoms,Preferred office,I agree to be contacted,Other answers',
    )
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('')
    expect(lines[1]).toBe(
      `${evil.id},${evil.createdAt},How can we help you?,,none,,"'=cmd|""/c calc""!A1",'+Plus,evil@mail.test,'-1,'@SUM(A1),Chicagoland Office,No,removedField: kept anyway`,
    )

    const both = await staffGet('form-submissions/export?format=csv&search=mail.test')
    expect(String(both.body).split('\r\n')[0]).toContain('Your email')
  })

  it('streams every matching submission across pages, oldest first by default', async () => {
    const batch = 'pagetest'
    // Written straight to the database, with distinct times, so the order is known.
    for (let i = 0; i < 205; i++)
      await ctx.payload.db.create({
        collection: 'form-submissions',
        data: {
          form: formId,
          name: `${batch} ${i}`,
          email: `${batch}${i}@mail.test`,
          submissionData: [
            { id: randomBytes(12).toString('hex'), field: 'firstName', value: `${batch}-${i}` },
          ],
          emailStatus: 'none',
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
          updatedAt: new Date().toISOString(),
        },
      })
    const csv = await staffGet(`form-submissions/export?search=${batch}`)
    const rows = String(csv.body).trim().split('\r\n').slice(1)
    expect(rows).toHaveLength(205)
    expect(rows[0]).toContain(`${batch}-0,`)
    expect(rows[204]).toContain(`${batch}-204,`)
    const newest = await staffGet(`form-submissions/export?search=${batch}&sort=-createdAt`)
    expect(String(newest.body).trim().split('\r\n')[1]).toContain(`${batch}-204,`)
  })

  it('is for staff only, and a filter it cannot run is a 400 with a message', async () => {
    expect((await rest(ctx.config, 'GET', 'form-submissions/export')).status).toBe(401)
    const bad = await staffGet('form-submissions/export?where[nonsense][equals]=1')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toEqual(expect.any(String))
  })
})
