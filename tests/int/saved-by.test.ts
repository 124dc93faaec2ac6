import { articleData, type Basics, createBasics, type ID, pageData } from './helpers/fixtures'
import { graphql, rest } from './helpers/http'
import { startPayload, type Staff, type TestContext } from './helpers/payload'
import { scheduleDue } from './helpers/schedule'

/** Who saved each version of an article or page (`savedBy`, stamped by `recordSavedBy`). */

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

const storedSavedBy = async (collection: Collection, id: ID) =>
  (await ctx.payload.findByID({ collection, id, depth: 0, draft: true })).savedBy

describe.each(['articles', 'pages'] as const)('%s record who saved them', (collection) => {
  it('on the document and on each version, the editor’s name or another’s', async () => {
    const { id } = await save(ctx.editor, collection, undefined, dataFor(collection))
    await autosave(ctx.editor, collection, id, 'An autosaved headline')
    expect(await storedSavedBy(collection, id)).toBe('Eddie Editor')
    await publish(ctx.admin, collection, id)
    expect(await storedSavedBy(collection, id)).toBe('Ada Admin')
    const savers = (await versionsOf(collection, id)).map((each) => each.version.savedBy)
    expect(savers).toEqual(['Ada Admin', 'Eddie Editor', 'Eddie Editor'])
  })

  it('whatever a client sends as savedBy', async () => {
    const { id } = await save(ctx.editor, collection, undefined, {
      ...dataFor(collection),
      savedBy: 'Someone Else',
    })
    await save(ctx.editor, collection, id, { title: 'Changed', savedBy: 'Someone Else' })
    await autosave(ctx.editor, collection, id, 'Changed again')
    expect(await storedSavedBy(collection, id)).toBe('Eddie Editor')
    const savers = (await versionsOf(collection, id)).map((each) => each.version.savedBy)
    expect(savers).not.toContain('Someone Else')
    expect(new Set(savers)).toEqual(new Set(['Eddie Editor']))
  })
})

describe('saves with no person behind them', () => {
  it('are "System" (the seed, scripts), not the last person’s name', async () => {
    const { id } = await save(ctx.editor, 'articles', undefined, dataFor('articles'))
    await tick()
    await ctx.payload.update({ collection: 'articles', id, data: { title: 'By a script' } })
    expect(await storedSavedBy('articles', id)).toBe('System')
    expect((await versionsOf('articles', id))[0].version.savedBy).toBe('System')
  })

  it('a scheduled publish says so, naming who scheduled it when the job knows', async () => {
    const byEditor = await save(ctx.editor, 'articles', undefined, dataFor('articles'))
    const unnamed = await save(ctx.editor, 'pages', undefined, dataFor('pages'))
    await scheduleDue(ctx.payload, {
      type: 'publish',
      doc: { relationTo: 'articles', value: String(byEditor.id) },
      user: { relationTo: 'users', value: ctx.editor.user.id },
    })
    await scheduleDue(ctx.payload, {
      type: 'publish',
      doc: { relationTo: 'pages', value: String(unnamed.id) },
    })
    await ctx.payload.jobs.run()
    const [article] = await versionsOf('articles', byEditor.id)
    expect(article.version).toMatchObject({
      _status: 'published',
      savedBy: 'Scheduled publish (Eddie Editor)',
    })
    const [page] = await versionsOf('pages', unnamed.id)
    expect(page.version).toMatchObject({ _status: 'published', savedBy: 'Scheduled publish' })
    // Saves after the run are people's again.
    await autosave(ctx.editor, 'articles', byEditor.id, 'After the schedule')
    expect(await storedSavedBy('articles', byEditor.id)).toBe('Eddie Editor')
  })
})

describe('visitors', () => {
  it('never see who saved a document, nor can they filter by it', async () => {
    const { id } = await save(ctx.editor, 'articles', undefined, dataFor('articles'), '')
    const asStaff = await rest(ctx.config, 'GET', `articles/${id}`, { token: ctx.editor.token })
    expect(asStaff.body.savedBy).toBe('Eddie Editor')

    const doc = await rest(ctx.config, 'GET', `articles/${id}`)
    expect(doc.status).toBe(200)
    expect(doc.body).not.toHaveProperty('savedBy')
    const list = await rest(ctx.config, 'GET', 'articles?limit=100')
    expect(JSON.stringify(list.body)).not.toContain('Eddie Editor')
    const filtered = await rest(ctx.config, 'GET', 'articles?where[savedBy][equals]=Eddie%20Editor')
    expect(filtered.status).toBeGreaterThanOrEqual(400)
    expect(filtered.status).toBeLessThan(500)

    const gql = await graphql(
      ctx.config,
      `{ Article(id: ${JSON.stringify(id)}) { title savedBy } }`,
    )
    expect(gql.body.data.Article.title).toEqual(expect.any(String))
    expect(gql.body.data.Article.savedBy).toBeNull()
    const versions = await rest(ctx.config, 'GET', `articles/versions?where[parent][equals]=${id}`)
    expect(versions.status).toBe(403)
  })
})
