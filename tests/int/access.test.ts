import type { CollectionSlug, Where } from 'payload'

import type { User } from '@/payload-types'

import {
  type Basics,
  count,
  createBasics,
  createSample,
  FORBIDDEN,
  NOT_FOUND,
  pngFile,
  rejection,
  sameIds,
  samples,
  type ID,
  articleData,
  pageData,
  reviewData,
  userData,
} from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * The access matrix of issue 2: anonymous / editor / admin × every collection × read, create,
 * update, delete, each with its exact outcome, through the Local API with access enforced
 * (overrideAccess: false), as REST, GraphQL and the public pages do.
 */

type Role = 'anonymous' | 'editor' | 'admin'
type Op = 'read' | 'create' | 'update' | 'delete'

/** What a role sees when it lists a collection. */
type ReadOutcome =
  | 'all'
  | 'published' // drafts hidden
  | 'approved' // pending and rejected reviews hidden
  | 'own' // only the account itself
  | 'forbidden'
type WriteOutcome = 'allowed' | 'forbidden'

type Row = { read: ReadOutcome; create: WriteOutcome; update: WriteOutcome; delete: WriteOutcome }

const content = (anonymousRead: ReadOutcome): Record<Role, Row> => ({
  anonymous: { read: anonymousRead, create: 'forbidden', update: 'forbidden', delete: 'forbidden' },
  editor: { read: 'all', create: 'allowed', update: 'allowed', delete: 'allowed' },
  admin: { read: 'all', create: 'allowed', update: 'allowed', delete: 'allowed' },
})

const MATRIX: Record<string, Record<Role, Row>> = {
  articles: content('published'),
  citations: content('all'),
  topics: content('all'),
  physicians: content('all'),
  offices: content('all'),
  reviews: content('approved'),
  pages: content('published'),
  media: content('all'),
  forms: content('all'),
  // Redirects are followed by the site itself; the list is for staff (see collections/Redirects).
  redirects: {
    anonymous: { read: 'forbidden', create: 'forbidden', update: 'forbidden', delete: 'forbidden' },
    editor: { read: 'all', create: 'allowed', update: 'allowed', delete: 'allowed' },
    admin: { read: 'all', create: 'allowed', update: 'allowed', delete: 'allowed' },
  },
  users: {
    anonymous: { read: 'forbidden', create: 'forbidden', update: 'forbidden', delete: 'forbidden' },
    // Updating another account; an editor's own account is tested separately below.
    editor: { read: 'own', create: 'forbidden', update: 'forbidden', delete: 'forbidden' },
    admin: { read: 'all', create: 'allowed', update: 'allowed', delete: 'allowed' },
  },
  'form-submissions': {
    // Visitors submit forms; nobody but staff reads them, and nobody edits what a patient sent.
    anonymous: { read: 'forbidden', create: 'allowed', update: 'forbidden', delete: 'forbidden' },
    editor: { read: 'all', create: 'allowed', update: 'forbidden', delete: 'allowed' },
    admin: { read: 'all', create: 'allowed', update: 'forbidden', delete: 'allowed' },
  },
}

const COLLECTIONS = Object.keys(MATRIX)
const ROLES: Role[] = ['anonymous', 'editor', 'admin']

let ctx: TestContext
let basics: Basics
let otherEditor: User

const userFor = (role: Role) =>
  role === 'anonymous' ? undefined : role === 'editor' ? ctx.editor.user : ctx.admin.user

/** Filters that pick the documents a role may list, applied with full access for comparison. */
const visibleWhere = (collection: string, outcome: ReadOutcome): Where | undefined => {
  if (outcome === 'published') return { _status: { equals: 'published' } }
  if (outcome === 'approved') return { status: { equals: 'approved' } }
  if (outcome === 'own') return { id: { equals: ctx.editor.user.id } }
  return undefined
}

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  basics = await createBasics(payload)
  otherEditor = (await payload.create({ collection: 'users', data: userData() as never })) as User
  // At least one document of every kind, and the hidden kinds next to the visible ones.
  for (const collection of COLLECTIONS) {
    if (collection !== 'users') await createSample(payload, collection, basics)
  }
  await payload.create({
    collection: 'articles',
    data: articleData(basics, { _status: 'draft' }) as never,
    draft: true,
  })
  await payload.create({
    collection: 'pages',
    data: pageData({ _status: 'draft' }) as never,
    draft: true,
  })
  await payload.create({ collection: 'reviews', data: reviewData({ status: 'approved' }) as never })
  await payload.create({ collection: 'reviews', data: reviewData({ status: 'rejected' }) as never })
})

afterAll(async () => {
  await ctx?.stop()
})

describe.each(COLLECTIONS)('%s', (collection) => {
  const slug = collection as CollectionSlug

  describe.each(ROLES)('as %s', (role) => {
    const expected = MATRIX[collection][role]

    it(`read: ${expected.read}`, async () => {
      const { payload } = ctx
      const request = payload.find({
        collection: slug,
        overrideAccess: false,
        user: userFor(role),
        pagination: false,
        depth: 0,
      })
      if (expected.read === 'forbidden') {
        expect(await rejection(request)).toEqual(FORBIDDEN)
        return
      }
      const { docs } = await request
      const all = await payload.find({ collection: slug, pagination: false, depth: 0 })
      const visible = await payload.find({
        collection: slug,
        where: visibleWhere(collection, expected.read),
        pagination: false,
        depth: 0,
      })
      expect(sameIds(docs.map((doc) => doc.id))).toEqual(sameIds(visible.docs.map((doc) => doc.id)))
      if (expected.read === 'all') expect(docs).toHaveLength(all.totalDocs)
      else expect(docs.length).toBeLessThan(all.totalDocs)
      expect(docs.length).toBeGreaterThan(0)
    })

    it(`create: ${expected.create}`, async () => {
      const { payload } = ctx
      const sample = samples[collection]
      const before = await count(payload, collection)
      const request = payload.create({
        collection: slug,
        data: sample.data(basics) as never,
        ...(sample.file ? { file: await pngFile() } : {}),
        overrideAccess: false,
        user: userFor(role),
      })
      if (expected.create === 'forbidden') {
        expect(await rejection(request)).toEqual(FORBIDDEN)
        expect(await count(payload, collection)).toBe(before)
      } else {
        const doc = await request
        expect(doc.id).toBeDefined()
        expect(await count(payload, collection)).toBe(before + 1)
      }
    })

    it(`update: ${expected.update}`, async () => {
      const { payload } = ctx
      const sample = samples[collection]
      const target =
        collection === 'users'
          ? ((await payload.create({
              collection: 'users',
              data: userData() as never,
            })) as never as {
              id: ID
            })
          : await createSample(payload, collection, basics)
      const request = payload.update({
        collection: slug,
        id: target.id,
        data: sample.change as never,
        overrideAccess: false,
        user: userFor(role),
      })
      const stored = async () =>
        sample.changed(
          (await payload.findByID({ collection: slug, id: target.id, depth: 0 })) as never,
        )
      if (expected.update === 'forbidden') {
        expect(await rejection(request)).toEqual(FORBIDDEN)
        expect(await stored()).toEqual(sample.changed(target as never))
      } else {
        expect(sample.changed((await request) as never)).toEqual(sample.changed(sample.change))
        expect(await stored()).toEqual(sample.changed(sample.change))
      }
    })

    it(`delete: ${expected.delete}`, async () => {
      const { payload } = ctx
      const target =
        collection === 'users'
          ? ((await payload.create({
              collection: 'users',
              data: userData() as never,
            })) as never as {
              id: ID
            })
          : await createSample(payload, collection, basics)
      const request = payload.delete({
        collection: slug,
        id: target.id,
        overrideAccess: false,
        user: userFor(role),
      })
      const exists = async () =>
        Boolean(
          await payload.findByID({
            collection: slug,
            id: target.id,
            disableErrors: true,
            depth: 0,
          }),
        )
      if (expected.delete === 'forbidden') {
        expect(await rejection(request)).toEqual(FORBIDDEN)
        expect(await exists()).toBe(true)
      } else {
        expect((await request).id).toEqual(target.id)
        expect(await exists()).toBe(false)
      }
    })
  })
})

describe('drafts and unapproved reviews are invisible to anonymous readers', () => {
  let draftArticleId: ID
  let publishedArticleId: ID
  let draftPageId: ID
  let pendingReviewId: ID

  beforeAll(async () => {
    const { payload } = ctx
    draftArticleId = (
      await payload.create({
        collection: 'articles',
        data: articleData(basics, { _status: 'draft', title: 'Secret draft article' }) as never,
        draft: true,
      })
    ).id
    const published = await payload.create({
      collection: 'articles',
      data: articleData(basics, { title: 'Public article' }) as never,
    })
    publishedArticleId = published.id
    // A newer draft on top of a published article.
    await payload.update({
      collection: 'articles',
      id: publishedArticleId,
      data: { title: 'Unpublished rewrite' },
      draft: true,
    })
    draftPageId = (
      await payload.create({
        collection: 'pages',
        data: pageData({ _status: 'draft', title: 'Secret draft page' }) as never,
        draft: true,
      })
    ).id
    pendingReviewId = (
      await payload.create({
        collection: 'reviews',
        data: reviewData({ status: 'pending' }) as never,
      })
    ).id
  })

  const anonymous = { overrideAccess: false, user: undefined } as const

  it('findByID of a draft answers Not Found, with or without draft: true', async () => {
    const { payload } = ctx
    for (const draft of [false, true]) {
      expect(
        await rejection(
          payload.findByID({ collection: 'articles', id: draftArticleId, draft, ...anonymous }),
        ),
      ).toEqual(NOT_FOUND)
      expect(
        await rejection(
          payload.findByID({ collection: 'pages', id: draftPageId, draft, ...anonymous }),
        ),
      ).toEqual(NOT_FOUND)
    }
    expect(
      await rejection(
        payload.findByID({ collection: 'reviews', id: pendingReviewId, ...anonymous }),
      ),
    ).toEqual(NOT_FOUND)
  })

  it('a published article shows its published text, never the newer draft', async () => {
    const { payload } = ctx
    const doc = await payload.findByID({
      collection: 'articles',
      id: publishedArticleId,
      ...anonymous,
    })
    expect(doc.title).toBe('Public article')
    const withDraft = await payload.find({
      collection: 'articles',
      draft: true,
      pagination: false,
      ...anonymous,
    })
    expect(withDraft.docs.map((article) => article.title)).not.toContain('Unpublished rewrite')
    expect(withDraft.docs.map((article) => article.title)).not.toContain('Secret draft article')
    expect(withDraft.docs.every((article) => article._status === 'published')).toBe(true)
    const byId = await payload
      .findByID({ collection: 'articles', id: publishedArticleId, draft: true, ...anonymous })
      .then((doc) => doc.title)
    expect(byId).toBe('Public article')
  })

  it('asking for drafts or pending reviews in a query finds nothing', async () => {
    const { payload } = ctx
    const drafts = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'draft' } },
      draft: true,
      ...anonymous,
    })
    expect(drafts.totalDocs).toBe(0)
    const pending = await payload.find({
      collection: 'reviews',
      where: { status: { in: ['pending', 'rejected'] } },
      ...anonymous,
    })
    expect(pending.totalDocs).toBe(0)
    expect((await payload.count({ collection: 'articles', ...anonymous })).totalDocs).toBe(
      (await payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } }))
        .totalDocs,
    )
  })

  it('versions of articles and pages are staff only', async () => {
    const { payload } = ctx
    for (const collection of ['articles', 'pages'] as const) {
      expect(await rejection(payload.findVersions({ collection, ...anonymous }))).toEqual(FORBIDDEN)
      const asEditor = await payload.findVersions({
        collection,
        overrideAccess: false,
        user: ctx.editor.user,
      })
      expect(asEditor.totalDocs).toBeGreaterThan(0)
      const versionId = asEditor.docs[0].id
      expect(
        await rejection(payload.findVersionByID({ collection, id: versionId, ...anonymous })),
      ).toEqual(FORBIDDEN)
    }
  })

  it('staff do see drafts when they ask for them', async () => {
    const { payload } = ctx
    const doc = await payload.findByID({
      collection: 'articles',
      id: publishedArticleId,
      draft: true,
      overrideAccess: false,
      user: ctx.editor.user,
    })
    expect(doc.title).toBe('Unpublished rewrite')
  })
})

describe('staff accounts', () => {
  it('an editor can change their own name but not their roles', async () => {
    const { payload, editor } = ctx
    const updated = await payload.update({
      collection: 'users',
      id: editor.user.id,
      data: { name: 'Eddie E. Editor', roles: ['admin'] },
      overrideAccess: false,
      user: editor.user,
    })
    expect(updated.name).toBe('Eddie E. Editor')
    expect(updated.roles).toEqual(['editor'])
    const stored = await payload.findByID({ collection: 'users', id: editor.user.id })
    expect(stored.roles).toEqual(['editor'])
  })

  it('an editor can neither read nor promote another account', async () => {
    const { payload, editor } = ctx
    expect(
      await rejection(
        payload.findByID({
          collection: 'users',
          id: otherEditor.id,
          overrideAccess: false,
          user: editor.user,
        }),
      ),
    ).toEqual(NOT_FOUND)
    expect(
      await rejection(
        payload.update({
          collection: 'users',
          id: otherEditor.id,
          data: { roles: ['admin'] },
          overrideAccess: false,
          user: editor.user,
        }),
      ),
    ).toEqual(FORBIDDEN)
    expect((await payload.findByID({ collection: 'users', id: otherEditor.id })).roles).toEqual([
      'editor',
    ])
  })

  it('an editor cannot delete their own account', async () => {
    const { payload, editor } = ctx
    expect(
      await rejection(
        payload.delete({
          collection: 'users',
          id: editor.user.id,
          overrideAccess: false,
          user: editor.user,
        }),
      ),
    ).toEqual(FORBIDDEN)
  })

  it('an admin can promote an editor', async () => {
    const { payload, admin } = ctx
    const target = await payload.create({ collection: 'users', data: userData() as never })
    const updated = await payload.update({
      collection: 'users',
      id: target.id,
      data: { roles: ['admin', 'editor'] },
      overrideAccess: false,
      user: admin.user,
    })
    expect(updated.roles).toEqual(['admin', 'editor'])
  })

  it('a signed-in account without a staff role is treated like a visitor', async () => {
    const { payload } = ctx
    const nobody = { ...otherEditor, roles: [] } as unknown as User
    expect(
      await rejection(
        payload.create({
          collection: 'topics',
          data: { name: 'Sneaky' } as never,
          overrideAccess: false,
          user: nobody,
        }),
      ),
    ).toEqual(FORBIDDEN)
    expect(
      await rejection(
        payload.find({ collection: 'form-submissions', overrideAccess: false, user: nobody }),
      ),
    ).toEqual(FORBIDDEN)
  })

  it("the admin offers staff no blank submission to create, while the site's forms still send them", async () => {
    const { payload } = ctx
    for (const staff of [ctx.editor, ctx.admin]) {
      const { permissions } = await payload.auth({
        headers: new Headers({ Authorization: `JWT ${staff.token}` }),
      })
      // Payload leaves out what is not allowed.
      expect(permissions.collections?.['form-submissions']?.create).toBeUndefined()
      expect(permissions.collections?.['form-submissions']?.read).toBe(true)
      expect(permissions.collections?.articles?.create).toBe(true)
    }
    const sent = await payload.create({
      collection: 'form-submissions',
      data: samples['form-submissions'].data(basics) as never,
      overrideAccess: false,
    })
    expect(sent.id).toBeDefined()
  })
})
