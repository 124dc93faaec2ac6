import path from 'node:path'

import { APIError, type CollectionConfig } from 'payload'

import { anyone, staffWrites } from '@/access'
import { MAX_IMAGE_BYTES, megabytes } from '@/hardening/bodyLimit'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/expiryHooks'
import { wordpressIdField } from './fields/wordpressId'

export const mediaDir = (): string =>
  path.resolve(process.cwd(), process.env.MEDIA_DIR || 'data/media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'updatedAt'],
    group: 'Content',
    description: 'Photos and illustrations used in articles, pages and physician profiles.',
  },
  access: staffWrites(anyone),
  upload: {
    staticDir: mediaDir(),
    // Payload checks the file's bytes (file-type), not only its name or declared type. SVG is
    // not in the list: it can carry scripts, so it is refused rather than sanitized.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 450, position: 'centre' },
      { name: 'hero', width: 1600, withoutEnlargement: true },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  hooks: {
    beforeOperation: [
      ({ args, req }) => {
        // The API routes stop larger bodies first (src/hardening/bodyLimit.ts); this covers scripts.
        if (req.file && req.file.size > MAX_IMAGE_BYTES)
          throw new APIError(
            `The image is ${megabytes(req.file.size)}; images may be at most ${megabytes(MAX_IMAGE_BYTES)}.`,
            413,
            null,
            true,
          )
        return args
      },
    ],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: {
        description:
          'Describe the image for people who cannot see it, e.g. "Doctor examining a patient\'s knee".',
      },
    },
    {
      name: 'caption',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Optional line shown under the image.' },
    },
    {
      name: 'credit',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Photographer or source, if the licence requires it.' },
    },
    wordpressIdField,
  ],
}
