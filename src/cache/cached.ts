import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { tags } from './tags'

/**
 * A read kept in Next's data cache under `tags` until a hook expires one of them, so a cache hit
 * does no database work. Pages that use it inherit its tags, so the same revalidation also
 * re-renders their cached HTML. Draft mode bypasses the cache (Next skips unstable_cache there).
 * Outside Next (tests, `payload run`) there is no cache: the read simply runs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const cached = <F extends (...args: any[]) => Promise<unknown>>(
  name: string,
  read: F,
  tagsFor: (...args: Parameters<F>) => string[],
): F =>
  cache(async (...args: Parameters<F>) => {
    const run = unstable_cache(() => read(...args), [name, JSON.stringify(args)], {
      tags: [tags.site, ...tagsFor(...args)],
    }) as unknown as F
    try {
      return await run()
    } catch (error) {
      if (error instanceof Error && error.message.includes('incrementalCache missing')) {
        return read(...args)
      }
      throw error
    }
  }) as unknown as F
