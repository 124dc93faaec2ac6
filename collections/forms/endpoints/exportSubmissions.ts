import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/roles'
import type { Form, FormSubmission } from '@/payload-types'

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

// A spreadsheet runs a cell starting with = + - @ as a formula; a visitor's text must stay text.
const csvCell = (value: unknown): string => {
  let text = value == null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

type Row = Record<string, string | number | null>

/**
 * GET /api/form-submissions/export?format=csv|json (staff only): every submission the user may
 * read, oldest first, one column per submitted field. `?form=<id>` limits it to one form.
 */
export const exportSubmissionsEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user))
      return refuse(req.user ? 403 : 401, 'Only signed-in clinic staff can export submissions.')
    const format = req.searchParams.get('format') ?? 'csv'
    if (format !== 'csv' && format !== 'json') return refuse(400, 'format must be csv or json.')
    const formID = req.searchParams.get('form')
    const { docs } = await req.payload.find({
      collection: 'form-submissions',
      where: formID ? { form: { equals: formID } } : undefined,
      sort: 'createdAt',
      pagination: false,
      depth: 1,
      overrideAccess: false,
      user: req.user,
    })
    const fieldNames: string[] = []
    const rows: Row[] = (docs as FormSubmission[]).map((doc) => {
      const form = doc.form as Form | number
      const row: Row = {
        id: doc.id,
        createdAt: doc.createdAt,
        form: typeof form === 'object' ? form.title : form,
        emailStatus: doc.emailStatus,
        emailedAt: doc.emailedAt ?? null,
      }
      for (const { field, value } of doc.submissionData ?? []) {
        if (!fieldNames.includes(field)) fieldNames.push(field)
        row[`field:${field}`] = value
      }
      return row
    })
    const stamp = new Date().toISOString().slice(0, 10)
    const headers = {
      'content-disposition': `attachment; filename="form-submissions-${stamp}.${format}"`,
      'cache-control': 'no-store',
    }
    if (format === 'json') {
      const body = (docs as FormSubmission[]).map((doc) => ({
        id: doc.id,
        createdAt: doc.createdAt,
        form: typeof doc.form === 'object' ? { id: doc.form.id, title: doc.form.title } : doc.form,
        emailStatus: doc.emailStatus,
        emailedAt: doc.emailedAt ?? null,
        submissionData: (doc.submissionData ?? []).map(({ field, value }) => ({ field, value })),
      }))
      return Response.json(body, { headers })
    }
    const columns = ['id', 'createdAt', 'form', 'emailStatus', 'emailedAt']
    const lines = [
      [...columns, ...fieldNames].map(csvCell).join(','),
      ...rows.map((row) =>
        [...columns.map((c) => row[c]), ...fieldNames.map((f) => row[`field:${f}`])]
          .map(csvCell)
          .join(','),
      ),
    ]
    // A BOM so Excel reads UTF-8 names correctly.
    return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
      headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
    })
  },
}
