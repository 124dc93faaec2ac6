import type {
  PayloadRequest,
  RelationshipFieldSingleValidation,
  RelationshipFieldValidation,
  TextFieldSingleValidation,
} from 'payload'
import { relationship } from 'payload/shared'

import type { Redirect } from '@/payload-types'
import { chainMessage, findChainProblem, type Target } from '@/redirects/chain'
import { normalizeFrom, normalizeTo, targetKey } from '@/redirects/normalize'

import { isReference, nextRedirect, referencePath } from '../targets'

/**
 * Follows the redirect being saved through the others (its own stored version left out, so an
 * edit is judged by its new values) and refuses a return to where it started, a loop further
 * on, or a chain too long.
 */
const checkChain = async (
  req: PayloadRequest,
  id: number | string | undefined,
  data: unknown,
  target: Target,
): Promise<true | string> => {
  const from = normalizeFrom((data as Partial<Redirect> | undefined)?.from)
  // An unusable `from` is reported beside that field.
  if (!from.ok) return true
  const problem = await findChainProblem(from.value, target, nextRedirect(req, id))
  return problem ? chainMessage(problem) : true
}

export const validateToUrl: TextFieldSingleValidation = async (value, { data, event, id, req }) => {
  if (value === undefined || value === null || value === '')
    return 'Enter where visitors should go: a path such as /articles/knee-pain, or a full address starting with https://.'
  const target = normalizeTo(value)
  if (!target.ok) return target.message
  if (event === 'onChange') return true
  return checkChain(req, id, data, { display: target.value, key: targetKey(target.value) })
}

export const validateToReference: RelationshipFieldSingleValidation = async (value, options) => {
  if (!isReference(value)) return 'Choose the page visitors should be sent to.'
  // Payload's own check: the document exists (the field has filterOptions).
  const exists = await (relationship as RelationshipFieldValidation)(value, options as never)
  if (exists !== true) return exists
  if (options.event === 'onChange') return true
  const path = await referencePath(options.req, value)
  if (!path) return 'This page has no address yet. Give it a slug first, or choose another page.'
  return checkChain(options.req, options.id, options.data, { display: path, key: targetKey(path) })
}
