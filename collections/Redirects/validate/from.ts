import type { TextFieldSingleValidation } from 'payload'

import { checkFromKey, normalizeFrom } from '@/redirects/normalize'

import { describeTarget } from '../targets'

/**
 * The old address must be a usable path (see normalizeFrom and checkFromKey), and only one
 * redirect may start from it: said here in words rather than as the unique index's error.
 */
export const validateFrom: TextFieldSingleValidation = async (value, { event, id, req }) => {
  if (value === undefined || value === null || value === '')
    return 'Enter the old address, e.g. /blog/knee-pain or the full address of the old page.'
  const key = normalizeFrom(value)
  if (!key.ok) return key.message
  const allowed = checkFromKey(key.value)
  if (allowed !== true) return allowed
  // Database checks run when saving, as Payload's own relationship checks do.
  if (event === 'onChange') return true
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: {
      and: [
        { from: { equals: key.value } },
        ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { from: true, to: true },
    req,
  })
  if (!docs[0]) return true
  const target = await describeTarget(req, docs[0].to)
  return `There is already a redirect from ${key.value}${target ? ` (to ${target.display})` : ''}. Edit that one instead of adding another.`
}
