
import type { Form } from '@/payload-types'

import { cached } from '@/cache/cached'
import { getPayloadClient } from './client'
import { tags } from '@/cache/tags'

/** A form by id, as visitors may read it; null when it was deleted. */
export const getForm = cached(
  'getForm',
  async (id: number | string): Promise<Form | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'forms',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
},
  () => [tags.forms],
)
