import type {
  PayloadRequest,
  RelationshipFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'

import type { Redirect } from '@/payload-types'
import { chainMessage, findChainProblem, type Target } from '@/redirects/chain'
import { normalizeFrom, normalizeTo, targetKey } from '@/redirects/normalize'

import { findReferenced, hasValidId, isReference, nextRedirect } from '../targets'

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

export const validateToReference: RelationshipFieldSingleValidation = async (
  value,
  { data, event, id, req, siblingData },
) => {
  if (!isReference(value) || !hasValidId(req, value)) {
    // An API caller who sent only `url` left `type` at its default, "reference".
    const url = (siblingData as { url?: unknown } | undefined)?.url
    return url
      ? 'Choose the page visitors should be sent to, or set the type to "custom" to send them to the address.'
      : 'Choose the page visitors should be sent to.'
  }
  if (event === 'onChange') return true
  const referenced = await findReferenced(req, value)
  if (!referenced) return 'The chosen page no longer exists. Choose another page.'
  if (!referenced.path)
    return 'The chosen page has no address yet. Give it a slug first, or choose another page.'
  return checkChain(req, id, data, { display: referenced.path, key: targetKey(referenced.path) })
}
