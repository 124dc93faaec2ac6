import { Readable } from 'node:stream'

import { stringify } from 'csv-stringify'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'

import { isStaffUser } from '@/access/roles'
import type { FormFieldBlock } from '@/forms/checkSubmission'
import { csvColumns, csvRecord, type FormColumns, neutralizeFormula } from '@/forms/exportRows'
import type { Form, FormSubmission } from '@/payload-types'

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

// Read a page at a time so a large export never holds every submission in memory.
const PAGE_SIZE = 200

type Query = { where?: unknown; search?: unknown; sort?: unknown }

/** The list's filter and search (as its address spells them) plus `?form=`, as one `where`. */
const whereOf = (req: PayloadRequest): Where => {
  const { where, search } = (req.query ?? {}) as Query
  const formID = req.searchParams.get('form')
  const listWhere: Where = where && typeof where === 'object' ? (where as Where) : {}
  const withForm: Where = formID
    ? { and: [...(Object.keys(listWhere).length ? [listWhere] : []), { form: { equals: formID } }] }
    : listWhere
  const collectionConfig = req.payload.collections['form-submissions'].config
  return typeof search === 'string' && search
    ? mergeListSearchAndWhere({ collectionConfig, search, where: withForm })
    : withForm
}

/**
 * GET /api/form-submissions/export?format=csv|json (staff only): the submissions the list shows,
 * with its `where`, `search` and `sort` (oldest first by default) and `?form=<id>`. CSV is
 * streamed a page at a time, one column per form field under the form's label; cells a
 * spreadsheet would run as a formula are made text.
 */
export const exportSubmissionsEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user))
      return refuse(req.user ? 403 : 401, 'Only signed-in clinic staff can export submissions.')
    const format = req.searchParams.get('format') ?? 'csv'
    if (format !== 'csv' && format !== 'json') return refuse(400, 'format must be csv or json.')
    const sortParam = (req.query as Query | undefined)?.sort
    const sort = typeof sortParam === 'string' && sortParam ? sortParam : 'createdAt'
    const where = whereOf(req)
    const readPage = (page: number) =>
      req.payload.find({
        collection: 'form-submissions',
        where,
        sort,
        page,
        limit: PAGE_SIZE,
        depth: 0,
        overrideAccess: false,
        user: req.user,
      })
    let first
    try {
      first = await readPage(1)
    } catch (error) {
      // A filter Payload cannot run (an unknown field, say): its own 400 message, nothing sent.
      const { status, message } = error as { status?: number; message?: string }
      if (status && status < 500) return refuse(status, message || 'This filter cannot be used.')
      throw error
    }
    // Columns for the forms these submissions came from, not every form there is.
    const { values } = await req.payload.findDistinct({
      collection: 'form-submissions',
      field: 'form',
      where,
      limit: 1000,
      overrideAccess: false,
      user: req.user,
    })
    const formIDs = values.map(({ form }) => (typeof form === 'object' && form ? form.id : form))
    const { docs: forms } = await req.payload.find({
      collection: 'forms',
      where: { id: { in: formIDs } },
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      select: { title: true, fields: true },
      overrideAccess: false,
      user: req.user,
    })
    const stamp = new Date().toISOString().slice(0, 10)
    const headers = {
      'content-disposition': `attachment; filename="form-submissions-${stamp}.${format}"`,
      'cache-control': 'no-store',
    }

    if (format === 'json') {
      const docs = [...first.docs]
      for (let page = 2; page <= first.totalPages; page++) docs.push(...(await readPage(page)).docs)
      const titles = new Map(forms.map((form) => [String(form.id), form.title]))
      const body = (docs as FormSubmission[]).map((doc) => {
        const formID = typeof doc.form === 'object' ? doc.form.id : doc.form
        return {
          id: doc.id,
          createdAt: doc.createdAt,
          form: { id: formID, title: titles.get(String(formID)) ?? null },
          readAt: doc.readAt ?? null,
          emailStatus: doc.emailStatus,
          emailedAt: doc.emailedAt ?? null,
          submissionData: (doc.submissionData ?? []).map(({ field, value }) => ({ field, value })),
        }
      })
      return Response.json(body, { headers })
    }

    const formColumns: FormColumns[] = (forms as Form[]).map((form) => ({
      id: form.id,
      title: form.title,
      fields: (form.fields ?? []) as FormFieldBlock[],
    }))
    const columns = csvColumns(formColumns)
    const csv = stringify({
      header: true,
      columns: columns.map(({ key, header }) => ({ key, header })),
      // A BOM so Excel reads UTF-8 names correctly; CRLF as RFC 4180 has it.
      bom: true,
      record_delimiter: 'windows',
      cast: { string: neutralizeFormula },
    })
    const write = async (docs: FormSubmission[]) => {
      for (const doc of docs) {
        if (!csv.write(csvRecord(doc, formColumns, columns)))
          await new Promise((resolve) => csv.once('drain', resolve))
      }
    }
    void (async () => {
      try {
        await write(first.docs as FormSubmission[])
        for (let page = 2; page <= first.totalPages; page++)
          await write((await readPage(page)).docs as FormSubmission[])
        csv.end()
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'Form submissions export failed part-way' })
        // The download ends in an error rather than looking complete.
        csv.destroy(error as Error)
      }
    })()
    return new Response(Readable.toWeb(csv) as ReadableStream, {
      headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
    })
  },
}
