import { RESERVED_PAGE_SLUGS } from '@collections/fields/slug'
import { settlePublishStatus } from '@/publishStatus/settle'
import { checkFromKey, normalizeFrom } from '@/redirects/normalize'

import { prepareContent } from '../content'
import { parseHtml, textOf } from '../content/dom'
import { rewriteLinks } from '../content/links'
import { replaceImages } from '../content/images'
import { htmlToLexical } from '../lexical'
import { metaValue } from '../wxr/read'
import type { WxrItem } from '../types'
import { newPath, oldPath, oldPaths, slugFor } from './addresses'
import { saveReferences } from './citations'
import { type Created, firstDoc, type ID, type ImportContext, PostFailure } from './context'
import { physicianFor } from './authorsAndTerms'
import { FileUnavailable } from './files'
import { mediaFor } from './media'

type Collection = 'articles' | 'pages'

/** Statuses that are content: the rest (trash, auto-draft, revisions' inherit) are left out. */
const IMPORTED_STATUSES = ['publish', 'draft', 'pending', 'private', 'future']

export const isImportable = (item: Pick<WxrItem, 'postType' | 'status'>): boolean =>
  (item.postType === 'post' || item.postType === 'page') && IMPORTED_STATUSES.includes(item.status)

const collectionOf = (item: WxrItem): Collection =>
  item.postType === 'page' ? 'pages' : 'articles'

/** Text of a WordPress excerpt (it may hold HTML and entities), within the field's limit. */
const plainExcerpt = (html: string): string | undefined => {
  const text = textOf(parseHtml(html)).replace(/\s+/g, ' ').trim()
  if (!text) return undefined
  return text.length <= 500 ? text : `${text.slice(0, 499).replace(/\s+\S*$/, '')}…`
}

/** Takes back what a failed post created, newest first, and forgets the images it made. */
const undo = async (ctx: ImportContext, created: Created[]) => {
  for (const { collection, id } of created.reverse()) {
    await ctx.payload
      .delete({ collection, id, req: ctx.req, trash: false } as never)
      .catch(() => undefined)
    if (collection === 'media')
      for (const [key, value] of ctx.media) if (value === id) ctx.media.delete(key)
  }
}

/** The report as it was before a post, to go back to when the post fails. */
const snapshot = (ctx: ImportContext) => {
  const counts = structuredClone(ctx.report.counts)
  const attention = ctx.report.attention.length
  return () => {
    ctx.report.counts = counts
    ctx.report.attention.length = attention
  }
}

/** Old address of a link inside the content → the new path of the post it points at. */
const linkResolver = (ctx: ImportContext) => (href: string) => {
  const path = oldPath(href, ctx.index.site)
  if (!path) return null
  const [pathname] = path.split('#')
  const id =
    ctx.index.byPath.get(pathname.replace(/\/+$/, '') || '/') ??
    Number(/[?&](?:p|page_id)=(\d+)/.exec(pathname)?.[1] ?? NaN)
  const target = ctx.index.items.get(id)
  if (!target || !isImportable(target)) return null
  const hash = href.includes('#') ? href.slice(href.indexOf('#')) : ''
  return `${newPath(target.postType, slugFor(target))}${hash}`
}

/**
 * One post or page, whole or not at all: its images, citations, the document and redirects
 * from its old addresses. Anything it created is removed again if a later step fails.
 */
export const importPost = async (ctx: ImportContext, item: WxrItem): Promise<void> => {
  const collection = collectionOf(item)
  const owner = { wordpressId: item.id, title: item.title }
  if (await firstDoc(ctx, collection, { wordpressId: { equals: String(item.id) } })) {
    ctx.count(collection, 'reused')
    return
  }
  // The author is kept even if the post fails: a physician is not half of a post.
  const author =
    collection === 'articles'
      ? await physicianFor(ctx, item.creator).catch(() => undefined)
      : undefined
  const restore = snapshot(ctx)
  const created: Created[] = []
  try {
    const slug = slugFor(item) || `${item.postType}-${item.id}`
    if (collection === 'pages' && RESERVED_PAGE_SLUGS.includes(slug))
      throw new PostFailure(
        `Its address /${slug} is one the site uses itself. Import it, then give the page another slug.`,
        'slug-clash',
      )
    // A document of ours (not from this post) already at that address.
    const taken = await firstDoc(ctx, collection, { slug: { equals: slug } })
    if (taken)
      throw new PostFailure(
        `${newPath(item.postType, slug)} is already used by ${collection === 'pages' ? 'page' : 'article'} ${taken.id} ("${taken.title ?? ''}"). Change one of the two slugs and run the import again.`,
        'slug-clash',
      )

    const prepared = prepareContent(item.content)
    for (const { name, count } of prepared.unknownShortcodes)
      ctx.needs({
        problem: 'unknown-shortcode',
        ...owner,
        detail: `[${name}] (${count}×) was removed.`,
      })
    for (const { name, count } of prepared.unsupportedBlocks)
      ctx.needs({
        problem: 'unsupported-block',
        ...owner,
        detail: `The ${name} block (${count}×) has no text of its own and was removed.`,
      })
    for (const ids of prepared.galleries)
      ctx.needs({
        problem: 'gallery',
        ...owner,
        detail: `A gallery of ${ids.length} images was removed; add the images to the text.`,
      })
    for (const number of prepared.unmatchedMarkers)
      ctx.needs({
        problem: 'unmatched-marker',
        ...owner,
        detail: `The text cites reference ${number}, which is not in its reference list.`,
      })

    // Citations first: an article is refused if a cite has no paper.
    const citations = await saveReferences(ctx.req, prepared.references, {
      dryRun: ctx.dryRun,
      wordpressId: item.id,
      planned: ctx.plannedCitations,
    })
    const citationIds = new Map<number, ID>()
    const unparsed: string[] = []
    for (const [index, outcome] of citations.entries()) {
      if ('unparsed' in outcome) {
        const reference = prepared.references[index]
        unparsed.push(reference.html)
        ctx.needs({
          problem: 'unparsed-reference',
          ...owner,
          detail: `Reference ${outcome.number} stays as text under "Sources": ${reference.text.slice(0, 120)}`,
        })
        continue
      }
      citationIds.set(outcome.number, outcome.id)
      ctx.count('citations', outcome.created ? 'created' : 'reused')
      if (outcome.created && !ctx.dryRun) created.push({ collection: 'citations', id: outcome.id })
    }

    // Images: every one must be read, or the post waits for a run that can read them.
    const images = new Map<string, ID>()
    for (const image of prepared.images) {
      try {
        const id = await mediaFor(
          ctx,
          { attachmentId: image.attachmentId, src: image.src, alt: image.alt, owner },
          created,
        )
        images.set(image.src, id)
      } catch (error) {
        if (error instanceof FileUnavailable)
          throw new PostFailure(`Its image could not be read: ${error.message}`)
        throw error
      }
    }
    const thumbnail = Number(metaValue(item, '_thumbnail_id'))
    let heroImage: ID | undefined
    if (collection === 'articles' && thumbnail > 0 && ctx.index.items.has(thumbnail)) {
      try {
        heroImage = await mediaFor(ctx, { attachmentId: thumbnail, owner }, created)
      } catch (error) {
        if (error instanceof FileUnavailable)
          throw new PostFailure(`Its featured image could not be read: ${error.message}`)
        throw error
      }
    }

    let html = rewriteLinks(prepared.html, linkResolver(ctx))
    html = replaceImages(html, (image) => {
      const id = images.get(image.src)
      return id === undefined ? null : { id, relationTo: 'media' }
    })
    if (unparsed.length)
      html += `<h2>Sources</h2>${unparsed.map((reference) => `<p>${reference}</p>`).join('')}`
    const content = htmlToLexical(html, {
      editorConfig: ctx.editorConfig,
      citations: citationIds,
      numericIds: ctx.numericIds,
    })
    if (!content.root.children?.length)
      throw new PostFailure('It has no text. Write it in the admin instead.')

    const password = Boolean(item.password)
    if (password)
      ctx.needs({
        problem: 'password-protected',
        ...owner,
        detail:
          'It was password-protected in WordPress; it is a draft here. Publish it if it may be public.',
      })
    const published = item.status === 'publish' && !password
    const date = item.dateGmt ?? undefined
    const seoTitle = metaValue(item, '_yoast_wpseo_title')
    const seoDescription = metaValue(item, '_yoast_wpseo_metadesc')
    const meta =
      seoTitle || seoDescription
        ? {
            title: seoTitle ? yoastText(seoTitle, item).slice(0, 70) : undefined,
            description: seoDescription ? yoastText(seoDescription, item).slice(0, 200) : undefined,
          }
        : undefined

    const data: Record<string, unknown> = {
      title: item.title,
      slug,
      content,
      meta,
      wordpressId: String(item.id),
      // When it was written and last changed in WordPress, not when it was imported.
      createdAt: date ?? item.modifiedGmt,
      updatedAt: item.modifiedGmt ?? date,
      publishedAt: published || item.status === 'future' ? date : undefined,
      _status: published ? 'published' : 'draft',
    }
    if (collection === 'articles') {
      data.author = author
      data.excerpt = plainExcerpt(item.excerpt)
      data.topics = item.terms
        .filter(({ domain }) => domain === 'category' || (domain === 'post_tag' && ctx.importTags))
        .map(({ domain, slug: term }) =>
          ctx.topics.get(`${domain === 'category' ? 'category' : 'tag'}:${term}`),
        )
        .filter((id) => id !== undefined)
      data.heroImage = heroImage
    }

    if (ctx.dryRun) {
      ctx.count(collection, 'created')
      countRedirects(ctx, item, slug)
      return
    }

    const doc = await ctx.payload.create({
      collection,
      data: data as never,
      draft: !published,
      depth: 0,
      req: ctx.req,
    })
    created.push({ collection, id: doc.id })

    if (item.status === 'future' && date) await schedule(ctx, collection, doc.id, date, owner)
    await createRedirects(ctx, item, collection, doc.id, slug, created)
    ctx.count(collection, 'created')
  } catch (error) {
    await undo(ctx, created)
    restore()
    ctx.count(collection, 'failed')
    const failure = error instanceof PostFailure ? error : null
    ctx.needs({
      problem: failure?.problem ?? 'failed',
      ...owner,
      detail: failure ? failure.message : validationText(error),
    })
  }
}

/** Yoast's %%title%%-style variables, for the ones a clinic site uses. */
const yoastText = (value: string, item: WxrItem): string =>
  value
    .replace(/%%title%%/g, item.title)
    .replace(/%%(?:sitename|sitetitle)%%/g, '')
    .replace(/%%(?:sep|page|primary_category)%%/g, '')
    .replace(/%%[a-z_]+%%/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s|–-]+|[\s|–-]+$/g, '')

/** Payload's validation error as one line naming the fields. */
const validationText = (error: unknown): string => {
  const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
  if (data?.errors?.length)
    return data.errors.map(({ path, message }) => `${path}: ${message}`).join('; ')
  return (error as Error).message ?? String(error)
}

/** A future post is scheduled for its date, as the admin's schedule dialog does. */
const schedule = async (
  ctx: ImportContext,
  collection: Collection,
  id: ID,
  date: string,
  owner: { wordpressId: number; title: string },
) => {
  if (new Date(date).getTime() <= Date.now()) {
    await ctx.payload.update({
      collection,
      id,
      data: { _status: 'published' } as never,
      depth: 0,
      req: ctx.req,
    })
    ctx.needs({
      problem: 'past-schedule',
      ...owner,
      detail: `It was scheduled for ${date}, which has passed, so it is published now.`,
    })
    return
  }
  await ctx.payload.jobs.queue({
    task: 'schedulePublish',
    // As the admin's schedule dialog queues it: the id as text.
    input: { type: 'publish', doc: { relationTo: collection, value: String(id) } } as never,
    waitUntil: new Date(date),
    req: ctx.req,
  })
  await settlePublishStatus(ctx.req, collection, id)
}

/** Old addresses of the post, and of its attachments' pages, that redirects will answer. */
const redirectPaths = (ctx: ImportContext, item: WxrItem, slug: string): string[] => {
  const target = normalizeFrom(newPath(item.postType, slug))
  const attachments = (ctx.index.attachmentsByParent.get(item.id) ?? []).flatMap((id) => {
    const attachment = ctx.index.items.get(id)
    return attachment ? [attachment] : []
  })
  const keys = [
    ...oldPaths(item, ctx.index.site),
    ...attachments.flatMap((attachment) => oldPaths(attachment, ctx.index.site)),
  ].flatMap((path) => {
    // Stored and compared as the redirects collection keys them; the site's own routes are left.
    const key = normalizeFrom(path)
    return key.ok && checkFromKey(key.value) === true ? [key.value] : []
  })
  return [...new Set(keys)].filter((key) => !(target.ok && key === target.value))
}

const countRedirects = (ctx: ImportContext, item: WxrItem, slug: string) => {
  for (const _ of redirectPaths(ctx, item, slug)) ctx.count('redirects', 'created')
}

const createRedirects = async (
  ctx: ImportContext,
  item: WxrItem,
  collection: Collection,
  id: ID,
  slug: string,
  created: Created[],
) => {
  for (const from of redirectPaths(ctx, item, slug)) {
    if (await firstDoc(ctx, 'redirects', { from: { equals: from } })) {
      ctx.count('redirects', 'skipped')
      continue
    }
    const doc = await ctx.payload.create({
      collection: 'redirects',
      data: {
        from,
        to: { type: 'reference', reference: { relationTo: collection, value: id } },
      } as never,
      depth: 0,
      req: ctx.req,
    })
    created.push({ collection: 'redirects', id: doc.id })
    ctx.count('redirects', 'created')
  }
}
