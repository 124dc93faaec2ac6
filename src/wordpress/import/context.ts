import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'

import type { WxrAuthor, WxrItem, WxrSite, WxrTerm } from '../types'
import type { UploadSource } from './files'
import type { Attention, Kind, Outcome, WordPressReport } from './report'

export type ID = number | string

/** What the first pass learns about every post, page and attachment, without their content. */
export type IndexedItem = Pick<
  WxrItem,
  'id' | 'postType' | 'status' | 'slug' | 'title' | 'link' | 'parentId' | 'guid' | 'attachmentUrl'
> & {
  /** Attachments: `_wp_attachment_image_alt`, `_wp_attached_file`, caption (excerpt). */
  alt?: string
  attachedFile?: string
  caption?: string
}

export type ExportIndex = {
  site: WxrSite
  authors: Map<string, WxrAuthor>
  categories: WxrTerm[]
  tags: WxrTerm[]
  items: Map<number, IndexedItem>
  /** Old permalink paths of posts and pages → their WordPress id, for rewriting links. */
  byPath: Map<string, number>
  /** Attachment file addresses (attachment_url and guid) → attachment id. */
  attachmentsByUrl: Map<string, number>
  /** Post id → its attachments, whose attachment pages redirect to the post. */
  attachmentsByParent: Map<number, number[]>
  /** Posts and pages the second pass will import, for the progress count. */
  importable: number
}

/** A document this post's import created, so a failure can take it back. */
export type Created = {
  collection: 'media' | 'citations' | 'redirects' | 'articles' | 'pages'
  id: ID
}

export type ImportContext = {
  payload: Payload
  req: PayloadRequest
  index: ExportIndex
  report: WordPressReport
  dryRun: boolean
  uploads: UploadSource
  editorConfig: SanitizedServerEditorConfig
  numericIds: boolean
  importTags: boolean
  /** Ids of what this run made or found, by WordPress key. */
  physicians: Map<string, ID>
  topics: Map<string, ID>
  media: Map<string, ID | null>
  plannedCitations: Map<string, string>
  count: (kind: Kind, outcome: Outcome) => void
  needs: (attention: Attention) => void
}

/** The reason a single post cannot be imported; the run goes on with the next one. */
export class PostFailure extends Error {
  override name = 'PostFailure'
  constructor(
    message: string,
    readonly problem: 'failed' | 'slug-clash' = 'failed',
  ) {
    super(message)
  }
}

/** The first document matching `where`, drafts and trash included: what the site already has. */
export const firstDoc = async (
  ctx: Pick<ImportContext, 'payload' | 'req'>,
  collection: CollectionSlug,
  where: Where,
): Promise<{ id: ID; title?: string } | undefined> => {
  const { docs } = await ctx.payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
    trash: true,
    req: ctx.req,
  })
  return docs[0] as { id: ID; title?: string } | undefined
}
