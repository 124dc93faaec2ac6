import { cache } from 'react'

import type { Form } from '@/payload-types'

import { getPayloadClient } from './client'

/** A form by id, as visitors may read it; null when it was deleted. */
export const getForm = cache(async (id: number | string): Promise<Form | null> => {
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
})
