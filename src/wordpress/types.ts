/** What a WordPress export (WXR 1.0–1.2, Tools → Export → All content) holds, as read. */

export type WxrSite = {
  /** `wp:wxr_version`: '1.0', '1.1' or '1.2'. */
  wxrVersion: string
  title: string
  /** `<link>` of the channel, e.g. https://clinic.example (no final slash). */
  link: string
  /** `wp:base_site_url` and `wp:base_blog_url` (1.1+), else the channel link. */
  baseSiteUrl: string
  baseBlogUrl: string
}

export type WxrAuthor = {
  /** Absent in WXR 1.0 exports. */
  id?: number
  login: string
  email: string
  displayName: string
  firstName: string
  lastName: string
}

export type WxrTerm = {
  id?: number
  /** `category_nicename` / `tag_slug` / `term_slug`. */
  slug: string
  name: string
  /** Slug of the parent category ('' or absent at the top). */
  parentSlug?: string
  description: string
}

export type WxrPostMeta = { key: string; value: string }

/** An item's category or tag, from `<category domain="category" nicename="knee">Knee</category>`. */
export type WxrItemTerm = { domain: string; slug: string; name: string }

export type WxrItem = {
  /** `wp:post_id`. */
  id: number
  title: string
  /** The permalink from `<link>`. */
  link: string
  /** `<guid>`: for attachments, the file's address. */
  guid: string
  /** `dc:creator`: the author's login. */
  creator: string
  /** `content:encoded`, as stored by WordPress (classic content has no <p> tags). */
  content: string
  /** `excerpt:encoded`. */
  excerpt: string
  /** `wp:post_date_gmt` as an ISO string, or undefined for `0000-00-00 00:00:00` (drafts). */
  dateGmt?: string
  /** `wp:post_date` (site-local wall time, 'YYYY-MM-DD HH:MM:SS'), for exports without GMT. */
  dateLocal?: string
  /** `wp:post_modified_gmt` as an ISO string (WXR 1.2+), else undefined. */
  modifiedGmt?: string
  /** `wp:post_name`: the slug ('' for drafts never saved with one). */
  slug: string
  /** `wp:status`: publish, draft, pending, private, future, inherit, trash, auto-draft. */
  status: string
  /** `wp:post_type`: post, page, attachment, nav_menu_item, revision, wp_block, … */
  postType: string
  /** `wp:post_parent` (0 when none). */
  parentId: number
  /** `wp:menu_order`. */
  menuOrder: number
  /** `wp:post_password` ('' when none). */
  password: string
  /** `wp:attachment_url` for attachments. */
  attachmentUrl?: string
  terms: WxrItemTerm[]
  meta: WxrPostMeta[]
}

/** One-line reason why a file cannot be imported (not XML, truncated, not a WXR export…). */
export class WxrError extends Error {
  override name = 'WxrError'
}
