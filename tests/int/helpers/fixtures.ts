import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import { document, paragraph } from '@/seed/lexical'

/**
 * Valid sample data for every collection, unique on each call, so tests can create as many
 * documents as they need. Ids are never assumed to be numbers: SQLite gives numbers, MongoDB
 * gives strings.
 */

export type ID = number | string

let counter = 0
export const unique = (label: string) => `${label} ${++counter}`

export const richText = (text: string) => document(paragraph(text)) as never

export const pngFile = async (name = `image-${++counter}.png`) => {
  const data = await sharp({
    create: { width: 8, height: 8, channels: 3, background: { r: 13, g: 79, b: 92 } },
  })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export const officeData = (overrides: Record<string, unknown> = {}) => ({
  name: unique('Office'),
  address: { street: '1 Main St.', city: 'Oak Park', state: 'IL', postalCode: '60301' },
  phone: '(708) 393-8266',
  ...overrides,
})

export const citationData = (overrides: Record<string, unknown> = {}) => ({
  title: unique('A study of knees'),
  authors: [{ family: 'Smith', given: 'J' }],
  journal: 'J Knee',
  year: 2020,
  volume: '1',
  pages: '1-10',
  ...overrides,
})

export const reviewData = (overrides: Record<string, unknown> = {}) => ({
  reviewerName: unique('Reviewer'),
  rating: 5,
  body: 'Kind staff and clear answers.',
  ...overrides,
})

export const formData = (overrides: Record<string, unknown> = {}) => ({
  title: unique('Question form'),
  fields: [{ blockType: 'email', name: 'email', label: 'Email', required: true }],
  confirmationType: 'message',
  confirmationMessage: richText('Thank you.'),
  ...overrides,
})

export const userData = (overrides: Record<string, unknown> = {}) => {
  const name = unique('Staff Member')
  return {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '.')}@clinic.test`,
    password: 'another-long-password',
    roles: ['editor'],
    ...overrides,
  }
}

/** Documents other documents point at: one physician and one form. */
export type Basics = { physicianId: ID; formId: ID }

export const createBasics = async (payload: Payload): Promise<Basics> => {
  const physician = await payload.create({
    collection: 'physicians',
    data: { name: unique('Doctor') } as never,
  })
  const form = await payload.create({ collection: 'forms', data: formData() as never })
  return { physicianId: physician.id, formId: form.id }
}

export const articleData = (basics: Basics, overrides: Record<string, unknown> = {}) => ({
  title: unique('Knee article'),
  content: richText('Some careful prose.'),
  author: basics.physicianId,
  _status: 'published',
  ...overrides,
})

export const pageData = (overrides: Record<string, unknown> = {}) => ({
  title: unique('Page'),
  content: richText('Page text.'),
  _status: 'published',
  ...overrides,
})

type Sample = {
  /** Data for a valid new document. */
  data: (basics: Basics) => Record<string, unknown>
  /** A change for an update, and how to read it back. */
  change: Record<string, unknown>
  changed: (doc: Record<string, unknown>) => unknown
  file?: boolean
}

const titled = (field: string): Pick<Sample, 'change' | 'changed'> => ({
  change: { [field]: `Changed ${field}` },
  changed: (doc) => doc[field],
})

export const samples: Record<string, Sample> = {
  articles: { data: (basics) => articleData(basics), ...titled('title') },
  citations: { data: () => citationData(), ...titled('title') },
  topics: { data: () => ({ name: unique('Topic') }), ...titled('name') },
  physicians: { data: () => ({ name: unique('Doctor') }), ...titled('name') },
  offices: { data: () => officeData(), ...titled('name') },
  reviews: { data: () => reviewData(), ...titled('body') },
  pages: { data: () => pageData(), ...titled('title') },
  media: { data: () => ({ alt: unique('A photo') }), ...titled('alt'), file: true },
  users: { data: () => userData(), ...titled('name') },
  forms: { data: () => formData(), ...titled('title') },
  redirects: {
    data: () => ({
      from: `/old/${unique('page').replace(' ', '-')}`,
      to: { type: 'custom', url: '/articles' },
    }),
    change: { to: { type: 'custom', url: '/offices' } },
    changed: (doc) => (doc.to as { url?: string } | undefined)?.url,
  },
  'form-submissions': {
    data: (basics) => ({
      form: basics.formId,
      submissionData: [
        { field: 'email', value: `${unique('patient').replace(' ', '')}@mail.test` },
      ],
    }),
    change: { submissionData: [{ field: 'email', value: 'changed@mail.test' }] },
    changed: (doc) => (doc.submissionData as Array<{ value: string }>)[0]?.value,
  },
}

/** Creates a sample document with full access (as the system would). */
export const createSample = async (payload: Payload, collection: string, basics: Basics) => {
  const sample = samples[collection]
  return payload.create({
    collection: collection as CollectionSlug,
    data: sample.data(basics) as never,
    ...(sample.file ? { file: await pngFile() } : {}),
  }) as unknown as Promise<Record<string, unknown> & { id: ID }>
}

export const count = async (payload: Payload, collection: string) =>
  (await payload.count({ collection: collection as CollectionSlug })).totalDocs

/** The error a Local API call rejects with, or a failure if it resolves. */
export const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    const { name, status, message } = error as { name: string; status?: number; message: string }
    return { name, status, message }
  }
  throw new Error('expected the call to be refused, but it succeeded')
}

export const FORBIDDEN = {
  name: 'Forbidden',
  status: 403,
  message: 'You are not allowed to perform this action.',
}
export const NOT_FOUND = { name: 'NotFound', status: 404, message: 'Not Found' }

export const sameIds = (ids: ID[]) => ids.map(String).sort()
