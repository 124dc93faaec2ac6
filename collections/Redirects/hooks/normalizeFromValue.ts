import type { FieldHook } from 'payload'

import { normalizeFrom } from '@/redirects/normalize'

// Stored as the key requests are matched by, so a pasted full URL of the old site becomes its
// path. A value that cannot be read is kept as typed, for the field's validation to explain.
export const normalizeFromValue: FieldHook = ({ value }) => {
  const key = normalizeFrom(value)
  return key.ok ? key.value : value
}
