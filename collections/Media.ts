import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from '@/access'
import { revalidateAfterChange, revalidateAfterDelete } from './hooks/revalidate'

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
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  upload: {
    staticDir: mediaDir(),
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
  ],
}
