import { createLocalReq } from 'payload'

import { loadVersionPage } from '@/versions/load'

import { articleData, type Basics, createBasics, type ID, pageData } from './helpers/fixtures'
import { rest } from './helpers/http'
import { startPayload, type Staff, type TestContext } from './helpers/payload'

/**
 * The rows of the Versions list (`loadVersionPage`): who saved each version, how it is labelled
 * and which published version its link compares it with.
 */

let ctx: TestContext
let basics: Basics

beforeAll(async () => {
  ctx = await startPayload()
  basics = await createBasics(ctx.payload)
})

afterAll(async () => {
  await ctx?.stop()
})

type Collection = 'articles' | 'pages'

const dataFor = (collection: Collection, overrides: Record<string, unknown> = {}) =>
  collection === 'articles' ? articleData(basics, overrides) : pageData(overrides)

// Versions are told apart by `updatedAt`; keep two saves from landing in the same millisecond.
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

/** Saves as the admin's edit view does: REST, with the person's session. */
const save = async (
  who: Staff,
  collection: Collection,
  id: ID | undefined,
  data: Record<string, unknown>,
  query = 'draft=true',
) => {
  await tick()
  const response = await rest(
    ctx.config,
    id === undefined ? 'POST' : 'PATCH',
    `${collection}${id === undefined ? '' : `/${id}`}?${query}`,
    { token: who.token, body: data },
  )
  expect(response.status).toBeLessThan(300)
  return response.body.doc as { id: ID; savedBy?: string }
}

const autosave = (who: Staff, collection: Collection, id: ID, title: string) =>
  save(who, collection, id, { title }, 'draft=true&autosave=true')

const publish = (who: Staff, collection: Collection, id: ID) =>
  save(who, collection, id, { _status: 'published' })

/** Every version of a document, newest first, read with full access. */
const versionsOf = async (collection: Collection, id: ID) =>
  (
    await ctx.payload.findVersions({
      collection,
      depth: 0,
      limit: 0,
      sort: '-updatedAt',
      where: { parent: { equals: id } },
    })
  ).docs

describe('the Versions list', () => {
  const asEditor = () =>
    createLocalReq({ user: { ...ctx.editor.user, collection: 'users' } as never }, ctx.payload)

  it('compares each save with the publish before it, and can leave autosaves out', async () => {
    const { id } = await save(ctx.editor, 'articles', undefined, dataFor('articles'))
    await autosave(ctx.editor, 'articles', id, 'First autosave')
    await publish(ctx.editor, 'articles', id)
    await autosave(ctx.editor, 'articles', id, 'Second autosave')
    await publish(ctx.admin, 'articles', id)
    await autosave(ctx.editor, 'articles', id, 'Third autosave')

    const all = await versionsOf('articles', id)
    const ids = all.map((each) => each.id)
    const [latest, secondPublish, afterFirst, firstPublish, firstAutosave, created] = ids
    expect(
      all.map((each) => [each.version._status, Boolean((each as { autosave?: boolean }).autosave)]),
    ).toEqual([
      ['draft', true],
      ['published', false],
      ['draft', true],
      ['published', false],
      ['draft', true],
      ['draft', false],
    ])

    const req = await asEditor()
    const options = {
      collection: 'articles' as const,
      id,
      page: 1,
      limit: 20,
      hasPublishedDoc: true,
    }
    const { rows, totalDocs } = await loadVersionPage(req, { ...options, hideAutosaves: false })
    expect(totalDocs).toBe(6)
    expect(rows.map((row) => [row.id, row.kind, row.versionFrom?.id, row.savedBy])).toEqual([
      [latest, 'currentDraft', secondPublish, 'Eddie Editor'],
      [secondPublish, 'currentlyPublished', firstPublish, 'Ada Admin'],
      [afterFirst, 'draft', firstPublish, 'Eddie Editor'],
      [firstPublish, 'previouslyPublished', undefined, 'Eddie Editor'],
      [firstAutosave, 'draft', undefined, 'Eddie Editor'],
      [created, 'draft', undefined, 'Eddie Editor'],
    ])

    // Only the very first has nothing to be compared with.
    expect(rows.map((row) => row.hasOlder)).toEqual([true, true, true, true, true, false])

    const saves = await loadVersionPage(req, { ...options, hideAutosaves: true })
    expect(saves.rows.map((row) => row.id)).toEqual([secondPublish, firstPublish, created])
    expect(saves.rows.every((row) => !row.autosave)).toBe(true)

    // Page 2 still finds the publish before its rows, which sits on page 1.
    const second = await loadVersionPage(req, {
      ...options,
      limit: 2,
      page: 2,
      hideAutosaves: false,
    })
    expect(second.rows.map((row) => [row.id, row.versionFrom?.id])).toEqual([
      [afterFirst, firstPublish],
      [firstPublish, undefined],
    ])
    expect(second.totalPages).toBe(3)
  })

  it('is staff only', async () => {
    const { id } = await save(ctx.editor, 'pages', undefined, dataFor('pages'))
    const req = await createLocalReq({}, ctx.payload)
    await expect(
      loadVersionPage(req, {
        collection: 'pages',
        id,
        page: 1,
        limit: 20,
        hideAutosaves: false,
        hasPublishedDoc: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
