import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import type { Topic } from '@/payload-types'

const MAX_DEPTH = 20

// A topic must not end up as its own ancestor, or trails and menus would loop forever.
export const preventTopicCycle: CollectionBeforeValidateHook<Topic> = async ({
  data,
  originalDoc,
  req,
}) => {
  const selfId = originalDoc?.id
  let parent = data?.parent
  if (!parent || selfId === undefined) return data
  const seen = new Set<number | string>([selfId])
  for (let depth = 0; parent && depth < MAX_DEPTH; depth++) {
    const parentId: number = typeof parent === 'object' ? parent.id : parent
    if (seen.has(parentId)) {
      throw new ValidationError({
        collection: 'topics',
        errors: [
          {
            path: 'parent',
            message: 'A topic cannot be placed under itself or one of its own subtopics.',
          },
        ],
      })
    }
    seen.add(parentId)
    const next: Topic | null = await req.payload.findByID({
      collection: 'topics',
      id: parentId,
      depth: 0,
      req,
      disableErrors: true,
      overrideAccess: true,
    })
    parent = next?.parent
  }
  return data
}
