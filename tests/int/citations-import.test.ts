import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { REST_POST } from '@payloadcms/next/routes'

import { count } from './helpers/fixtures'
import { type ApiResponse, rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 4, "Import": POST /api/citations/import with one of text, ris, bibtex, nbib, pmid, doi.
 * PubMed and Crossref are a loopback stub serving recorded answers (tests/fixtures/citations).
 */

const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), 'tests/fixtures/citations', name), 'utf8')

const PMC_ONLY_WORK = {
  type: 'journal-article',
  title: ['A paper found through PubMed Central'],
  'container-title': ['Journal of Test Medicine'],
  'short-container-title': ['J Test Med'],
  author: [{ family: 'Doe', given: 'Ann' }],
  issued: { 'date-parts': [[2020, 5]] },
  volume: '5',
  issue: '2',
  page: '1-9',
  DOI: '10.5555/pmc-only',
}

let ctx: TestContext
let stub: Server
const requests: string[] = []

const startStub = () =>
  new Promise<Server>((resolve) => {
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://stub')
      requests.push(url.pathname + url.search)
      const send = (status: number, body: string, type = 'text/plain; charset=UTF-8') => {
        response.writeHead(status, { 'content-type': type })
        response.end(body)
      }
      if (url.pathname === '/eutils/efetch.fcgi') {
        const id = url.searchParams.get('id')
        if (id === '16923606') return send(200, fixture('dominici-16923606.nbib'))
        if (id === '22222222') return // never answers
        if (id === '33333333') return send(500, 'Internal Server Error')
        // E-utilities answers an unknown PMID with an empty MEDLINE text.
        return send(200, '\n')
      }
      if (url.pathname === '/eutils/esummary.fcgi' && url.searchParams.get('db') === 'pmc') {
        const id = url.searchParams.get('id') ?? ''
        const ids: Record<string, Array<{ idtype: string; value: string }>> = {
          '5032691': [
            { idtype: 'pmid', value: '16923606' },
            { idtype: 'pmcid', value: 'PMC5032691' },
          ],
          // In PMC but not in PubMed: only a DOI.
          '7777777': [
            { idtype: 'pmid', value: '0' },
            { idtype: 'doi', value: '10.5555/pmc-only' },
            { idtype: 'pmcid', value: 'PMC7777777' },
          ],
        }
        const record = ids[id]
          ? { uid: id, articleids: ids[id] }
          : { uid: id, error: 'cannot get document summary' }
        return send(
          200,
          JSON.stringify({ result: { uids: [id], [id]: record } }),
          'application/json',
        )
      }
      const work = /^\/crossref\/works\/(.+)$/.exec(url.pathname)
      if (work) {
        const doi = decodeURIComponent(work[1]).toLowerCase()
        if (doi === '10.1371/journal.pmed.1000097')
          return send(
            200,
            fixture('crossref-10.1371-journal.pmed.1000097.json'),
            'application/json',
          )
        if (doi === '10.5555/pmc-only')
          return send(200, JSON.stringify({ message: PMC_ONLY_WORK }), 'application/json')
        if (doi === '10.5555/slow') return // never answers
        if (doi === '10.5555/down') return send(503, 'Service Unavailable')
        if (doi === '10.5555/garbled') return send(200, '<html>oops', 'application/json')
        return send(404, 'Resource not found.')
      }
      send(404, 'Not found')
    })
    server.listen(0, '127.0.0.1', () => resolve(server))
  })

beforeAll(async () => {
  stub = await startStub()
  const { port } = stub.address() as AddressInfo
  process.env.NCBI_EUTILS_URL = `http://127.0.0.1:${port}/eutils`
  process.env.CROSSREF_API_URL = `http://127.0.0.1:${port}/crossref/`
  process.env.CITATION_LOOKUP_TIMEOUT_MS = '400'
  ctx = await startPayload()
})

afterAll(async () => {
  stub?.closeAllConnections()
  await new Promise((resolve) => stub?.close(resolve))
  await ctx?.stop()
})

const importAs = (body: unknown, token: string | undefined = ctx.editor.token) =>
  rest(ctx.config, 'POST', 'citations/import', { token, body })

const SEED_TEXT =
  'Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717. [Pubmed]'

describe('importing a citation', () => {
  it('looks a PMID up at PubMed (E-utilities, MEDLINE format) and saves the paper', async () => {
    const response = await importAs({ pmid: '16923606' })
    expect(response.status).toBe(201)
    expect(response.body.created).toBe(true)
    const { doc } = response.body
    expect(doc).toMatchObject({
      pmid: '16923606',
      doi: '10.1080/14653240600855905',
      journal: 'Cytotherapy',
      year: 2006,
      volume: '8',
      issue: '4',
      pages: '315-7',
      moreAuthors: false,
    })
    expect(doc.authors).toHaveLength(10)
    expect(doc.authors[1]).toMatchObject({ family: 'Le Blanc', given: 'K' })
    expect(doc.formatted).toBe(
      'Dominici M, Le Blanc K, Mueller I, et al. Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement. Cytotherapy. 2006;8(4):315-317. doi:10.1080/14653240600855905',
    )
    expect(requests.some((request) => request.includes('rettype=medline'))).toBe(true)
  })

  it('returns the saved citation, not a copy, for the same PMID, DOI or title and year', async () => {
    const before = await count(ctx.payload, 'citations')
    const original = await ctx.payload.find({
      collection: 'citations',
      where: { pmid: { equals: '16923606' } },
    })
    const id = original.docs[0].id
    const again = [
      await importAs({ pmid: 'PMID: 16923606' }),
      await importAs({ nbib: fixture('dominici-16923606.nbib') }),
      await importAs({
        ris: 'TY  - JOUR\nTI  - Minimal criteria for defining multipotent mesenchymal stromal cells\nDO  - 10.1080/14653240600855905\nER  - \n',
      }),
      await importAs({
        text: 'Dominici M, Le Blanc K, Mueller I, et al. MINIMAL CRITERIA for defining multipotent mesenchymal stromal cells: the International Society for Cellular Therapy position statement. Cytotherapy. 2006;8(4):315-317.',
      }),
    ]
    for (const response of again) {
      expect(response.status).toBe(200)
      expect(response.body.created).toBe(false)
      expect(response.body.doc.id).toBe(id)
      expect(response.body.message).toMatch(/already saved/)
    }
    expect(await count(ctx.payload, 'citations')).toBe(before)
  })

  it('looks a DOI up at Crossref, in any form an editor pastes it', async () => {
    const response = await importAs({ doi: 'https://doi.org/10.1371/journal.pmed.1000097' })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({
      doi: '10.1371/journal.pmed.1000097',
      journal: 'PLoS Med',
      year: 2009,
      volume: '6',
      issue: '7',
      pages: 'e1000097',
    })
    expect(response.body.doc.url ?? null).toBeNull()
    expect(response.body.doc.formatted).toBe(
      'Moher D, Liberati A, Tetzlaff J, Altman DG, The PRISMA Group. Preferred Reporting Items for Systematic Reviews and Meta-Analyses: The PRISMA Statement. PLoS Med. 2009;6(7):e1000097. doi:10.1371/journal.pmed.1000097',
    )
    const upper = await importAs({ doi: 'doi:10.1371/JOURNAL.PMED.1000097' })
    expect(upper.status).toBe(200)
    expect(upper.body.doc.id).toBe(response.body.doc.id)
  })

  it('reads a pasted reference offline, as the seed page prints it', async () => {
    const response = await importAs({ text: SEED_TEXT })
    expect(response.status).toBe(201)
    expect(response.body.doc.formatted).toBe(
      'Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717.',
    )
    expect(response.body.doc.moreAuthors).toBe(true)
  })

  it('reads RIS, preferring the journal abbreviation', async () => {
    const ris = [
      'TY  - JOUR',
      'AU  - Kellgren, J. H.',
      'AU  - Lawrence, J. S.',
      'TI  - Radiological assessment of osteo-arthrosis',
      'T2  - Annals of the Rheumatic Diseases',
      'J2  - Ann Rheum Dis',
      'PY  - 1957',
      'VL  - 16',
      'IS  - 4',
      'SP  - 494',
      'EP  - 502',
      'DO  - 10.1136/ard.16.4.494',
      'ER  - ',
      '',
    ].join('\r\n')
    const response = await importAs({ ris })
    expect(response.status).toBe(201)
    expect(response.body.doc.formatted).toBe(
      'Kellgren JH, Lawrence JS. Radiological assessment of osteo-arthrosis. Ann Rheum Dis. 1957;16(4):494-502. doi:10.1136/ard.16.4.494',
    )
  })

  it('reads BibTeX, with LaTeX accents and "and others"', async () => {
    const bibtex = `@article{hunter2019,
  author  = {Hunter, David J. and Bierma-Zeinstra, Sita and others},
  title   = {{Osteoarthritis}},
  journal = {Lancet},
  year    = {2019},
  volume  = {393},
  number  = {10182},
  pages   = {1745--1759},
  doi     = {10.1016/S0140-6736(19)30417-1}
}`
    const response = await importAs({ bibtex })
    expect(response.status).toBe(201)
    expect(response.body.doc.formatted).toBe(
      'Hunter DJ, Bierma-Zeinstra S, et al. Osteoarthritis. Lancet. 2019;393(10182):1745-1759. doi:10.1016/S0140-6736(19)30417-1',
    )
  })

  it('is for staff only', async () => {
    const anonymous = await importAs({ pmid: '16923606' }, '')
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toMatch(/staff/)
    const visitor = await rest(ctx.config, 'POST', 'citations', { body: { title: 'Spam' } })
    expect(visitor.status).toBe(403)
  })
})

describe('bad input to the import: a clear 4xx naming what was wrong, nothing saved', () => {
  const cases: Array<[string, unknown, number, string, RegExp]> = [
    ['a malformed DOI', { doi: '10.abc/xyz' }, 400, 'doi', /A DOI starts with 10\./],
    ['a DOI that is a web page', { doi: 'https://example.org/paper' }, 400, 'doi', /DOI/],
    ['a malformed PMID', { pmid: 'abc123' }, 400, 'pmid', /PubMed ID/],
    ['a PMID with a leading zero', { pmid: '0123' }, 400, 'pmid', /PubMed ID/],
    [
      'a PMID that PubMed does not have',
      { pmid: '999999999' },
      404,
      'pmid',
      /PubMed has no paper with PMID 999999999/,
    ],
    [
      'a DOI that Crossref does not know',
      { doi: '10.5555/unknown' },
      404,
      'doi',
      /Crossref has no record/,
    ],
    [
      'PubMed failing',
      { pmid: '33333333' },
      502,
      'pmid',
      /PubMed answered with an error \(HTTP 500\)/,
    ],
    [
      'PubMed not answering in time',
      { pmid: '22222222' },
      504,
      'pmid',
      /PubMed did not answer within/,
    ],
    [
      'Crossref failing',
      { doi: '10.5555/down' },
      502,
      'doi',
      /Crossref answered with an error \(HTTP 503\)/,
    ],
    [
      'Crossref not answering in time',
      { doi: '10.5555/slow' },
      504,
      'doi',
      /Crossref did not answer within/,
    ],
    ['Crossref sending garbage', { doi: '10.5555/garbled' }, 502, 'doi', /could not be read/],
    [
      'text that is not a reference',
      { text: 'My knee hurts when I climb stairs.' },
      400,
      'text',
      /does not look like a journal reference/,
    ],
    ['an empty RIS file', { ris: '' }, 400, 'ris', /empty/],
    [
      'a RIS file without a reference',
      { ris: 'Hello, this is not RIS.' },
      400,
      'ris',
      /not a RIS file/,
    ],
    [
      'a RIS file with two references',
      { ris: 'TY  - JOUR\nTI  - One\nER  - \nTY  - JOUR\nTI  - Two\nER  - \n' },
      400,
      'ris',
      /holds 2 references/,
    ],
    ['BibTeX that is not BibTeX', { bibtex: 'title = nothing' }, 400, 'bibtex', /not BibTeX/],
    [
      'a .nbib without a PubMed record',
      { nbib: 'TY  - JOUR\nER  - ' },
      400,
      'nbib',
      /not a PubMed/,
    ],
    [
      'a 1 MB paste',
      { text: 'Smith J. Title. J Test. 2020;1:1-2. '.repeat(30_000) },
      400,
      'text',
      /limit is 100,000/,
    ],
    [
      'a web address that is not http(s)',
      {
        ris: 'TY  - JOUR\nTI  - A paper on the web only\nJO  - J Web\nPY  - 2021\nUR  - javascript:alert(1)\nER  - \n',
      },
      400,
      'url',
      /http:\/\/ or https:\/\//,
    ],
    [
      'two formats at once',
      { pmid: '16923606', doi: '10.1080/14653240600855905' },
      400,
      'body',
      /only one of/,
    ],
    ['an unknown format', { isbn: '9780190246556' }, 400, 'isbn', /Unknown field "isbn"/],
    [
      'no format at all',
      {},
      400,
      'body',
      /Send one of paste, text, ris, bibtex, nbib, pmid or doi/,
    ],
    ['a number where text belongs', { text: 42 }, 400, 'text', /must be text/],
    ['a JSON array', [{ pmid: '16923606' }], 400, 'body', /JSON object/],
  ]

  it.each(cases)('%s', async (_name, body, status, field, message) => {
    const before = await count(ctx.payload, 'citations')
    const response: ApiResponse = await importAs(body)
    expect(response.status).toBe(status)
    expect(response.body.errors).toHaveLength(1)
    expect(response.body.errors[0].field).toBe(field)
    expect(response.body.errors[0].message).toMatch(message)
    expect(await count(ctx.payload, 'citations')).toBe(before)
  })

  it('a body that is not JSON', async () => {
    const request = new Request('http://localhost:3000/api/citations/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${ctx.editor.token}` },
      body: '{"pmid": 1692',
    })
    const response = await REST_POST(ctx.config)(request, {
      params: Promise.resolve({ slug: ['citations', 'import'] }),
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/must be JSON/)
  })
})

/**
 * Issue 18: the citation picker sends whatever the editor pasted as { paste }. The library is
 * asked first, so a saved paper is found with PubMed and Crossref unreachable.
 */
describe('a paste: identifiers, links and references, detected', () => {
  const paste = (text: string) => importAs({ paste: text })
  const lookups = () => requests.length

  it('finds a saved DOI or PMID in the library without asking Crossref or PubMed', async () => {
    // Both services fail for these identifiers: only the library can answer.
    const down = await ctx.payload.create({
      collection: 'citations',
      data: { title: 'A paper whose DOI Crossref cannot serve', year: 2020, doi: '10.5555/down' },
    })
    const failing = await ctx.payload.create({
      collection: 'citations',
      data: { title: 'A paper PubMed cannot serve', year: 2020, pmid: '33333333' },
    })
    const before = lookups()
    for (const [body, id] of [
      [{ doi: '10.5555/down' }, down.id],
      [{ doi: 'https://doi.org/10.5555/DOWN' }, down.id],
      [{ paste: 'doi:10.5555/Down.' }, down.id],
      [{ paste: 'https://doi.org/10.5555/down' }, down.id],
      [{ pmid: 'PMID: 33333333' }, failing.id],
      [{ paste: 'https://pubmed.ncbi.nlm.nih.gov/33333333/' }, failing.id],
      [{ paste: '33333333' }, failing.id],
    ] as const) {
      const response = await importAs(body)
      expect(response.status).toBe(200)
      expect(response.body.doc.id).toBe(id)
      expect(response.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([id])
      expect(response.body.message).toMatch(/already saved/)
    }
    expect(lookups()).toBe(before)
  })

  it('reads a pasted reference line in AMA, Vancouver or APA style', async () => {
    const apa = await paste(
      'Bennell, K. L., Hunter, D. J., & Paterson, K. L. (2017). Platelet-rich plasma for the management of hip and knee osteoarthritis. Current Rheumatology Reports, 19(5), 24. https://doi.org/10.1007/s11926-017-0652-x',
    )
    expect(apa.status).toBe(201)
    expect(apa.body.doc.formatted).toBe(
      'Bennell KL, Hunter DJ, Paterson KL. Platelet-rich plasma for the management of hip and knee osteoarthritis. Current Rheumatology Reports. 2017;19(5):24. doi:10.1007/s11926-017-0652-x',
    )
    const vancouver = await paste(
      'Bannuru RR, Osani MC, Vaysbrot EE. OARSI guidelines for the non-surgical management of knee osteoarthritis. Osteoarthritis Cartilage 2019;27(11):1578-89.',
    )
    expect(vancouver.status).toBe(201)
    expect(vancouver.body.doc).toMatchObject({ journal: 'Osteoarthritis Cartilage', year: 2019 })
  })

  it('converts a PubMed Central link to its PMID or DOI, and finds or fetches that paper', async () => {
    const known = await paste('https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5032691/')
    expect(known.status).toBe(200)
    expect(known.body.doc.pmid).toBe('16923606')

    const fresh = await paste('https://pmc.ncbi.nlm.nih.gov/articles/PMC7777777/')
    expect(fresh.status).toBe(201)
    expect(fresh.body.doc).toMatchObject({
      title: 'A paper found through PubMed Central',
      doi: '10.5555/pmc-only',
      pmcid: 'PMC7777777',
      journal: 'J Test Med',
    })
    // Now the PMCID itself is in the library.
    const before = lookups()
    const again = await paste('PMC7777777')
    expect(again.status).toBe(200)
    expect(again.body.doc.id).toBe(fresh.body.doc.id)
    expect(lookups()).toBe(before)
  })

  it('imports several pasted references in order, each once', async () => {
    const before = await count(ctx.payload, 'citations')
    const response = await paste(
      [
        '1. Roos EM, Arden NK. Strategies for the prevention of knee osteoarthritis. Nat Rev Rheumatol. 2016;12(2):92-101.',
        '2. https://doi.org/10.1371/journal.pmed.1000097',
        '3. Felson DT. Osteoarthritis of the knee. N Engl J Med. 2006;354(8):841-848.',
        '   doi:10.1056/NEJMcp051726',
      ].join('\n'),
    )
    expect(response.status).toBe(201)
    expect(response.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
      'Strategies for the prevention of knee osteoarthritis',
      expect.stringMatching(/^Preferred Reporting Items/),
      'Osteoarthritis of the knee',
    ])
    expect(response.body.docs[2].doi).toBe('10.1056/NEJMcp051726')
    expect(response.body.message).toBe('3 references: 2 added, 1 already saved.')
    expect(await count(ctx.payload, 'citations')).toBe(before + 2)
  })

  const refusals: Array<[string, string, number, RegExp]> = [
    ['a malformed PMID', '0123', 400, /PubMed ID/],
    ['a malformed DOI', '10.abc/xyz', 400, /A DOI starts with 10\./],
    [
      'a malformed PMC link',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMCxyz/',
      400,
      /PubMed Central ID/,
    ],
    [
      'another site',
      'https://example.org/paper.pdf',
      400,
      /not a PubMed, PubMed Central or doi\.org/,
    ],
    [
      'a line that is no reference',
      'My knee hurts when I climb stairs.',
      400,
      /does not look like a journal reference/,
    ],
    ['an unknown PMC article', 'PMC1234567', 404, /PubMed Central has no article PMC1234567/],
    ['PubMed unreachable', '22222222', 504, /PubMed did not answer .* paste the reference instead/],
    ['Crossref failing', 'https://doi.org/10.5555/down-too', 404, /Crossref has no record/],
    [
      'a 1 MB paste',
      'Smith J. Title. J Test. 2020;1:1-2.\n'.repeat(30_000),
      400,
      /limit is 100,000/,
    ],
    [
      'a list with one bad entry: nothing is saved',
      '1. Roos EM. A first paper. Nat Rev Rheumatol. 2016;12:92-101.\n2. 10.abc/xyz\n3. Felson DT. A third paper. N Engl J Med. 2006;354:841-8.',
      400,
      /^Reference 2 of 3: A DOI starts with 10\./,
    ],
    [
      'a list whose second paper fails validation: the first is removed again',
      'Roos EM. A paper that is fine. Nat Rev Rheumatol. 2016;12:92-101.\nFelson DT. A paper from the future. N Engl J Med. 2099;354:841-8.',
      400,
      /^Reference 2 of 2: year: Enter a four-digit year/,
    ],
  ]

  it.each(refusals)(
    'refuses %s in the paste box, saving nothing',
    async (_name, text, status, message) => {
      const before = await count(ctx.payload, 'citations')
      const response = await paste(text)
      expect(response.status).toBe(status)
      expect(response.body.errors).toEqual([
        { field: 'paste', message: expect.stringMatching(message) },
      ])
      expect(await count(ctx.payload, 'citations')).toBe(before)
    },
  )
})
