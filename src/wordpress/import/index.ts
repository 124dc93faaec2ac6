import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'

import { contentEditorConfig } from '../lexical'
import { metaValue, readWxrFile } from '../wxr/read'
import { WxrError, type WxrSite } from '../types'
import { oldPath } from './addresses'
import { importTerms } from './authorsAndTerms'
import type { ExportIndex, ImportContext } from './context'
import { FileUnavailable, uploadSource } from './files'
import { importRemainingAttachments } from './media'
import { importPost, isImportable } from './posts'
import { newReport, type WordPressReport } from './report'

export { exitCodeFor, formatReport, type WordPressReport } from './report'

export type ImportOptions = {
  /** The WXR file. */
  file: string
  /** `--uploads`: a local copy of wp-content/uploads or the old site's address. */
  uploads?: string
  /** Where relative paths were typed. */
  cwd?: string
  dryRun?: boolean
  /** Tags become topics too (the default); false leaves them out. */
  tags?: boolean
  onProgress?: (done: number, total: number, title: string) => void
}

/**
 * First pass: everything but the content, so links between posts, attachments and authors can
 * be resolved whatever order the export lists them in. Small per item, whatever the file's size.
 */
export const indexExport = async (file: string): Promise<ExportIndex> => {
  let site: WxrSite | undefined
  const index: Omit<ExportIndex, 'site'> = {
    authors: new Map(),
    categories: [],
    tags: [],
    items: new Map(),
    byPath: new Map(),
    attachmentsByUrl: new Map(),
    attachmentsByParent: new Map(),
    importable: 0,
  }
  for await (const event of readWxrFile(file)) {
    if (event.kind === 'site') site = event.site
    else if (event.kind === 'author') index.authors.set(event.author.login, event.author)
    else if (event.kind === 'category') index.categories.push(event.term)
    else if (event.kind === 'tag') index.tags.push(event.term)
    else {
      const { item } = event
      if (!['post', 'page', 'attachment'].includes(item.postType)) continue
      index.items.set(item.id, {
        id: item.id,
        postType: item.postType,
        status: item.status,
        slug: item.slug,
        title: item.title,
        link: item.link,
        parentId: item.parentId,
        guid: item.guid,
        attachmentUrl: item.attachmentUrl,
        alt: metaValue(item, '_wp_attachment_image_alt'),
        attachedFile: metaValue(item, '_wp_attached_file'),
        caption: item.postType === 'attachment' ? item.excerpt.trim() : undefined,
      })
      if (item.postType === 'attachment') {
        for (const address of [item.attachmentUrl, item.guid])
          if (address) index.attachmentsByUrl.set(address, item.id)
        if (item.parentId)
          index.attachmentsByParent.set(item.parentId, [
            ...(index.attachmentsByParent.get(item.parentId) ?? []),
            item.id,
          ])
      } else if (isImportable(item)) {
        index.importable += 1
        const permalink = site && oldPath(item.link, site)
        if (permalink) index.byPath.set(permalink.replace(/\/+$/, '') || '/', item.id)
      }
    }
  }
  if (!site) throw new WxrError('This WordPress export has no site information (no <channel>).')
  return { site, ...index }
}

/**
 * Imports a WordPress export through the Local API (every hook and validation runs): authors as
 * physicians, categories and tags as topics, posts as articles, pages as pages, images as media,
 * reference lists as citations, and redirects from every old address. Safe to run again: what
 * an earlier run made (by its WordPress id) is left as it is.
 */
export const importWordPress = async (
  payload: Payload,
  options: ImportOptions,
): Promise<WordPressReport> => {
  const cwd = options.cwd ?? process.cwd()
  const file = path.resolve(cwd, options.file)
  const dryRun = Boolean(options.dryRun)
  const report = newReport(path.basename(file), dryRun)
  let index: ExportIndex
  let uploads
  try {
    uploads = await uploadSource(options.uploads, cwd)
    index = await indexExport(file)
  } catch (error) {
    if (error instanceof WxrError || error instanceof FileUnavailable) {
      report.refused = error.message
      return report
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      report.refused = `There is no file ${file}.`
      return report
    }
    throw error
  }
  report.site = {
    title: index.site.title,
    link: index.site.link,
    wxrVersion: index.site.wxrVersion,
  }

  const req = await createLocalReq({ context: { wordpressImport: true } }, payload)
  const ctx: ImportContext = {
    payload,
    req,
    index,
    report,
    dryRun,
    uploads,
    editorConfig: contentEditorConfig(payload),
    numericIds: payload.db.defaultIDType === 'number',
    importTags: options.tags !== false,
    physicians: new Map(),
    topics: new Map(),
    media: new Map(),
    plannedCitations: new Map(),
    count: (kind, outcome) => {
      report.counts[kind][outcome] += 1
    },
    needs: (attention) => {
      report.attention.push(attention)
    },
  }

  await importTerms(ctx)
  let done = 0
  for await (const event of readWxrFile(file)) {
    if (event.kind !== 'item' || !isImportable(event.item)) continue
    options.onProgress?.(done, index.importable, event.item.title)
    await importPost(ctx, event.item)
    done += 1
  }
  options.onProgress?.(done, index.importable, '')
  await importRemainingAttachments(ctx)
  return report
}
