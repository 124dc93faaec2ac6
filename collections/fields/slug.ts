import { slugField, type TextField } from 'payload'

import { checkSlug, toSlug } from '@/validation'

// Top-level paths the site already uses; a page slug must not shadow them.
export const RESERVED_PAGE_SLUGS = [
  'admin',
  'api',
  'articles',
  'topics',
  'physicians',
  'offices',
  'reviews',
  'contact',
  'search',
  'sitemap.xml',
  'robots.txt',
  'feed.xml',
  'feed.atom',
  'next',
  '_next',
  'media',
]

/** Payload's slug field (generated from `useAsSlug`, unique, editable) with a format check. */
export const slug = (useAsSlug: string, reserved: string[] = []) =>
  slugField({
    useAsSlug,
    // An empty title gives no slug (null), not '', so untitled drafts don't clash in the unique index.
    // A slug the client typed is kept as typed, so the format check refuses it with a reason rather
    // than saving a rewritten one (Payload passes it here on create).
    slugify: ({ data, valueToSlugify }) =>
      data?.slug && data.slug === valueToSlugify
        ? valueToSlugify
        : toSlug(valueToSlugify) || undefined,
    overrides: (row) => {
      const field = row.fields.find((f) => 'name' in f && f.name === 'slug') as TextField
      field.maxLength = 120
      field.validate = (value: unknown) => checkSlug(value, reserved)
      // Payload fills the slug in a beforeChange hook that races this field's validation, so
      // an empty slug is derived here first, before anything is validated.
      field.hooks = {
        ...field.hooks,
        beforeValidate: [
          ...(field.hooks?.beforeValidate ?? []),
          ({ value, data, operation, originalDoc }) => {
            const cleared = value === '' || value === null
            const missing = operation === 'create' || !originalDoc?.slug
            if (value || !(cleared || missing)) return value
            return toSlug(data?.[useAsSlug] ?? originalDoc?.[useAsSlug]) || undefined
          },
        ],
      }
      field.admin = {
        ...field.admin,
        description: 'The last part of the web address. Lowercase letters, numbers and hyphens.',
      }
      return row
    },
  })
