import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/roles'
import { CitationInputError, importCitation, validationMessages } from '@/citations/import'

const refuse = (status: number, errors: Array<{ message: string; field?: string }>) =>
  Response.json({ errors }, { status })

/**
 * POST /api/citations/import with one of { paste | text | ris | bibtex | nbib | pmid | doi }:
 * `paste` takes whatever an editor pastes (identifiers, links, one or several references).
 * 201 when a citation was created, 200 when every paper was already saved; `docs` lists them in
 * the order pasted, `doc` is the first.
 */
export const importCitationEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user))
      return refuse(req.user ? 403 : 401, [
        { message: 'Only signed-in clinic staff can import citations.' },
      ])
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return refuse(400, [
        {
          field: 'body',
          message: 'The request body must be JSON, e.g. { "doi": "10.1080/14653240600855905" }.',
        },
      ])
    }
    try {
      const { created, doc, docs, message } = await importCitation(req, body)
      return Response.json({ message, created, doc, docs }, { status: created ? 201 : 200 })
    } catch (error) {
      if (error instanceof CitationInputError)
        return refuse(error.status, [{ field: error.field, message: error.message }])
      const invalid = validationMessages(error)
      if (invalid.length) return refuse(400, invalid)
      req.payload.logger.error({ err: error, msg: 'Citation import failed' })
      return refuse(500, [{ message: 'The citation could not be imported. Please try again.' }])
    }
  },
}
