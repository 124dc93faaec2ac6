import type { CollectionBeforeChangeHook } from 'payload'

import { normalizeDoi, titleKey } from '@/citations/import/names'
import type { Citation } from '@/payload-types'

// Lookup keys for "is this paper already here?": DOIs compare without case, titles without
// case, accents or punctuation.
export const computeKeys: CollectionBeforeChangeHook<Citation> = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  return {
    ...data,
    doiKey: merged.doi ? normalizeDoi(merged.doi).toLowerCase() : null,
    titleKey: titleKey(merged.title) || null,
  }
}
