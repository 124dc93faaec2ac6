import type { CollectionBeforeChangeHook } from 'payload'

import { formatAma } from '@/citations/formatAma'
import type { Citation } from '@/payload-types'

export const computeFormatted: CollectionBeforeChangeHook<Citation> = ({ data, originalDoc }) => ({
  ...data,
  formatted: formatAma({ ...originalDoc, ...data } as Citation),
})
