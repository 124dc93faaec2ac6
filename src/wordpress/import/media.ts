import path from 'node:path'

import sharp from 'sharp'

import { originalImageUrl } from '../content/images'
import { type Created, firstDoc, type ID, type ImportContext, type IndexedItem } from './context'
import { FileUnavailable, readUpload } from './files'

const FORMATS: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  heif: 'image/avif',
  gif: 'image/gif',
}

const IMAGE_NAME = /\.(jpe?g|png|webp|avif|gif)$/i

/** An image the site can show: what sharp reads, in a format the media collection takes. */
const imageType = async (bytes: Buffer): Promise<string | null> => {
  try {
    const { format } = await sharp(bytes).metadata()
    return (format && FORMATS[format]) || null
  } catch {
    return null
  }
}

/** Words from a file name, for an image that has no alternative text anywhere. */
const wordsFromName = (address: string): string =>
  path
    .basename(address.split(/[?#]/)[0])
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim()

export type ImageRequest = {
  /** The attachment, when the image is one (from wp-image-N, a caption or _thumbnail_id). */
  attachmentId?: number
  src?: string
  alt?: string | null
  /** For the report. */
  owner: { wordpressId: number; title: string }
}

/** The attachment an image points at, by id or by its (original-size) address. */
const attachmentFor = (ctx: ImportContext, image: ImageRequest): IndexedItem | undefined => {
  if (image.attachmentId !== undefined) {
    const item = ctx.index.items.get(image.attachmentId)
    if (item?.postType === 'attachment') return item
  }
  if (!image.src) return undefined
  const id = ctx.index.attachmentsByUrl.get(originalImageUrl(image.src))
  return id === undefined ? undefined : ctx.index.items.get(id)
}

/**
 * The media document for an image of a post: one made earlier (this run or a previous one) or a
 * new one from the uploads. Throws PostFailure-worthy FileUnavailable when the file cannot be
 * read, so the post is imported whole once the file is there.
 */
export const mediaFor = async (
  ctx: ImportContext,
  image: ImageRequest,
  created: Created[],
): Promise<ID> => {
  const attachment = attachmentFor(ctx, image)
  const address =
    attachment?.attachmentUrl || attachment?.guid || (image.src && originalImageUrl(image.src))
  if (!address) throw new FileUnavailable('An image has no address.')
  const key = attachment ? String(attachment.id) : `url:${address}`
  const known = ctx.media.get(key)
  if (known) return known

  const earlier = await firstDoc(ctx, 'media', { wordpressId: { equals: key } })
  if (earlier) {
    ctx.media.set(key, earlier.id)
    ctx.count('media', 'reused')
    return earlier.id
  }

  const title = attachment?.title ?? ''
  const givenAlt = (attachment?.alt ?? image.alt ?? '').trim()
  if (!givenAlt)
    ctx.needs({
      problem: 'missing-alt',
      wordpressId: attachment?.id ?? image.owner.wordpressId,
      title: attachment ? title : image.owner.title,
      detail: `${path.basename(address)} has no alternative text; it was given "${(title || wordsFromName(address)).slice(0, 80)}" for now. Describe the image in the admin under Content → Images.`,
    })
  const alt = (givenAlt || title || wordsFromName(address)).slice(0, 300)

  if (ctx.dryRun) {
    if (ctx.uploads.kind === 'folder') await readUpload(ctx.uploads, address)
    const id = `new-media-${key}`
    ctx.media.set(key, id)
    ctx.count('media', 'created')
    return id
  }

  // A file named like a resized copy may be the only one there is.
  const bytes = await readUpload(ctx.uploads, address).catch(async (error) => {
    if (!image.src || image.src === address) throw error
    return readUpload(ctx.uploads, image.src).catch(() => {
      throw error
    })
  })
  const mimetype = await imageType(bytes)
  if (!mimetype) throw new FileUnavailable(`${address} is not an image the site can show.`)
  const name = path.basename(new URL(address, 'http://x').pathname)
  const doc = await ctx.payload.create({
    collection: 'media',
    data: {
      alt,
      caption: attachment?.caption?.slice(0, 300) || undefined,
      wordpressId: key,
    } as never,
    file: {
      data: bytes,
      mimetype,
      name: IMAGE_NAME.test(name) ? name : `${name}.img`,
      size: bytes.length,
    },
    depth: 0,
    req: ctx.req,
  })
  created.push({ collection: 'media', id: doc.id })
  ctx.media.set(key, doc.id)
  ctx.count('media', 'created')
  return doc.id
}

/** Attachments no imported post used: images are kept in the library, other files reported. */
export const importRemainingAttachments = async (ctx: ImportContext): Promise<void> => {
  for (const item of ctx.index.items.values()) {
    if (item.postType !== 'attachment' || ctx.media.has(String(item.id))) continue
    const address = item.attachmentUrl || item.guid
    if (!IMAGE_NAME.test(address.split(/[?#]/)[0])) {
      ctx.count('media', 'skipped')
      ctx.needs({
        problem: 'not-an-image',
        wordpressId: item.id,
        title: item.title,
        detail: `${address} is not an image; only images are imported. Links to it still point to the old site.`,
      })
      continue
    }
    const created: Created[] = []
    try {
      await mediaFor(
        ctx,
        { attachmentId: item.id, owner: { wordpressId: item.id, title: item.title } },
        created,
      )
    } catch (error) {
      ctx.count('media', 'failed')
      ctx.needs({
        problem: 'missing-image',
        wordpressId: item.id,
        title: item.title,
        detail: (error as Error).message,
      })
    }
  }
}
