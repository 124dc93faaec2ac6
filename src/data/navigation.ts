
import type { Footer, Header, Topic } from '@/payload-types'

import { cached } from '@/cache/cached'
import { getPayloadClient } from './client'
import { tags } from '@/cache/tags'

// Menus populate their links one level deep; a link whose target is gone comes back as an id
// (or null) and is dropped when rendered.
export const getHeader = cached(
  'getHeader',
  async (): Promise<Header> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'header', depth: 1, overrideAccess: false })
  },
  () => [tags.global('header'), tags.links],
)

export const getFooter = cached(
  'getFooter',
  async (): Promise<Footer> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'footer', depth: 1, overrideAccess: false })
  },
  () => [tags.global('footer'), tags.links],
)

/** Top-level topics, for the 404 page and other ways in. */
export const getTopLevelTopics = cached('getTopLevelTopics', async (): Promise<Topic[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    where: { parent: { exists: false } },
    sort: 'name',
    depth: 0,
    limit: 20,
    pagination: false,
    overrideAccess: false,
  })
  return docs
}, () => [tags.list('topics')])
