import type { FieldHook } from 'payload'

import { normalizeTo } from '@/redirects/normalize'

// Addresses of this site are stored as paths (they survive a change of domain); anything that
// cannot be used is kept as typed, for the field's validation to explain.
export const normalizeToUrl: FieldHook = ({ value }) => {
  const target = normalizeTo(value)
  return target.ok ? target.value : value
}
