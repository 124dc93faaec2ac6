import { pathFor } from '@/urls'
import { toSlug } from '@/validation'

import type { WxrItem, WxrSite } from '../types'

/** WordPress stores non-ASCII slugs percent-encoded ("caf%c3%a9"); ours are plain ASCII. */
export const slugFor = (item: Pick<WxrItem, 'slug' | 'title'>): string => {
  let raw = item.slug
  try {
    raw = decodeURIComponent(raw)
  } catch {
    // A stray % stays as it is; toSlug drops it.
  }
  return toSlug(raw) || toSlug(item.title)
}

/** A path on the old site ('/2016/08/healing-cycle/', '/?p=12'), or null for another host. */
export const oldPath = (address: string, site: WxrSite): string | null => {
  if (!address) return null
  let url: URL
  try {
    url = new URL(address, site.baseBlogUrl || site.link)
  } catch {
    return null
  }
  const hosts = [site.link, site.baseSiteUrl, site.baseBlogUrl].flatMap((base) => {
    try {
      return [new URL(base).host.replace(/^www\./, '')]
    } catch {
      return []
    }
  })
  if (!hosts.includes(url.host.replace(/^www\./, ''))) return null
  return `${url.pathname}${url.search}`
}

/** Every address the old site answered for this post, page or attachment page. */
export const oldPaths = (
  item: Pick<WxrItem, 'id' | 'postType' | 'link'>,
  site: WxrSite,
): string[] => {
  const query =
    item.postType === 'page'
      ? [`/?page_id=${item.id}`]
      : item.postType === 'attachment'
        ? [`/?attachment_id=${item.id}`]
        : [`/?p=${item.id}`]
  const permalink = oldPath(item.link, site)
  return [...new Set([...(permalink ? [permalink] : []), ...query])]
}

/** The new public path of an imported post or page. */
export const newPath = (postType: string, slug: string): string =>
  pathFor(postType === 'page' ? 'pages' : 'articles', slug) ?? '/'
