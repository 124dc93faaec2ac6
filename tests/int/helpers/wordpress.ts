import path from 'node:path'

import type { Payload } from 'payload'

/** The WordPress exports and uploads folder written in WordPress's own format. */
export const WORDPRESS_FIXTURES = path.join(process.cwd(), 'tests/fixtures/wordpress')

export const wordpressFixture = (name: string) => path.join(WORDPRESS_FIXTURES, name)

/** Every document an import made from this WordPress item, drafts included. */
export const importedFrom = async <T>(
  payload: Payload,
  collection: 'articles' | 'pages' | 'media' | 'physicians' | 'topics',
  wordpressId: number | string,
): Promise<T[]> => {
  const { docs } = await payload.find({
    collection,
    where: { wordpressId: { equals: String(wordpressId) } },
    draft: true,
    depth: 0,
  })
  return docs as T[]
}
