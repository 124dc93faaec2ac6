/** @jest-environment node */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { parseNbib } from '@/citations/import/parseNbib'
import { CitationInputError, type CitationData } from '@/citations/import/types'

const dominiciNbib = readFileSync(
  path.join(process.cwd(), 'tests/fixtures/citations/dominici-16923606.nbib'),
  'utf8',
)

const dominici: CitationData = {
  authors: [
    { family: 'Dominici', given: 'M' },
    { family: 'Le Blanc', given: 'K' },
    { family: 'Mueller', given: 'I' },
    { family: 'Slaper-Cortenbach', given: 'I' },
    { family: 'Marini', given: 'F' },
    { family: 'Krause', given: 'D' },
    { family: 'Deans', given: 'R' },
    { family: 'Keating', given: 'A' },
    { family: 'Prockop', given: 'DJ' },
    { family: 'Horwitz', given: 'E' },
  ],
  moreAuthors: false,
  title:
    'Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement',
  journal: 'Cytotherapy',
  year: 2006,
  volume: '8',
  issue: '4',
  pages: '315-7',
  pmid: '16923606',
  doi: '10.1080/14653240600855905',
}

// Modelled on PubMed's record of PMID 27490266 (the seed page's reference), abridged.
const platasNbib = `PMID- 27490266
OWN - NLM
STAT- MEDLINE
VI  - 8
IP  - 8
DP  - 2016 Aug 3
TI  - Paracrine effects of human adipose-derived mesenchymal stem cells in
      inflammatory stress-induced senescence features of osteoarthritic
      chondrocytes.
PG  - 1703-17
LID - 10.18632/aging.101007 [doi]
AU  - Platas J
FAU - Platas, Julia
AU  - Guillen MI
FAU - Guillen, Maria Isabel
AU  - Perez Del Caz MD
FAU - Perez Del Caz, Maria Dolores
LA  - eng
PT  - Journal Article
TA  - Aging (Albany NY)
JT  - Aging
PMC - PMC5032691
AID - 101007 [pii]
AID - 10.18632/aging.101007 [doi]
SO  - Aging (Albany NY). 2016 Aug 3;8(8):1703-17. doi: 10.18632/aging.101007.
`

const platas: CitationData = {
  authors: [
    { family: 'Platas', given: 'J' },
    { family: 'Guillen', given: 'MI' },
    { family: 'Perez Del Caz', given: 'MD' },
  ],
  moreAuthors: false,
  title:
    'Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes',
  journal: 'Aging (Albany NY)',
  year: 2016,
  volume: '8',
  issue: '8',
  pages: '1703-17',
  pmid: '27490266',
  pmcid: 'PMC5032691',
  doi: '10.18632/aging.101007',
}

const withoutLines = (text: string, ...tags: string[]) =>
  text
    .split('\n')
    .filter((line) => !tags.some((tag) => line.startsWith(tag.padEnd(4) + '-')))
    .join('\n')

const rows: { name: string; text: string; expected: CitationData }[] = [
  { name: 'the fixture, as efetch returns it', text: dominiciNbib, expected: dominici },
  {
    name: 'Windows line endings and a byte order mark',
    text: '\uFEFF' + dominiciNbib.replace(/\n/g, '\r\n'),
    expected: dominici,
  },
  { name: 'month and day in DP, PMC, DOI in LID', text: platasNbib, expected: platas },
  {
    name: 'FAU when there is no AU',
    text: withoutLines(platasNbib, 'AU'),
    expected: platas,
  },
  {
    name: 'JT when there is no TA; DOI from AID when there is no LID',
    text: withoutLines(platasNbib, 'TA', 'LID'),
    expected: { ...platas, journal: 'Aging' },
  },
  {
    name: 'group authors (CN) in printed order among the people',
    text: `PMID- 19621072
TI  - Preferred reporting items for systematic reviews and meta-analyses: the PRISMA
      statement.
AU  - Moher D
AU  - Liberati A
CN  - PRISMA Group
TA  - PLoS Med
DP  - 2009 Jul 21
VI  - 6
IP  - 7
PG  - e1000097
LID - 10.1371/journal.pmed.1000097 [doi]
`,
    expected: {
      authors: [
        { family: 'Moher', given: 'D' },
        { family: 'Liberati', given: 'A' },
        { family: 'PRISMA Group', given: '' },
      ],
      moreAuthors: false,
      title:
        'Preferred reporting items for systematic reviews and meta-analyses: the PRISMA statement',
      journal: 'PLoS Med',
      year: 2009,
      volume: '6',
      issue: '7',
      pages: 'e1000097',
      pmid: '19621072',
      doi: '10.1371/journal.pmed.1000097',
    },
  },
  {
    name: 'only a group author, no pages',
    text: 'PMID- 1\nTI  - A report.\nCN  - Some Working Group\nTA  - J Test Med\nDP  - 2020\n',
    expected: {
      authors: [{ family: 'Some Working Group', given: '' }],
      moreAuthors: false,
      title: 'A report',
      journal: 'J Test Med',
      year: 2020,
      pmid: '1',
    },
  },
]

const bad: { name: string; text: string; message: string | RegExp }[] = [
  { name: 'empty', text: '', message: /^This is not a PubMed \(MEDLINE\/\.nbib\) record: / },
  {
    name: 'blank lines',
    text: '\n\r\n  \n',
    message: /^This is not a PubMed \(MEDLINE\/\.nbib\) record/,
  },
  {
    name: 'a pasted reference',
    text: 'Smith J. A title. J Test Med. 2016;9:13.',
    message: /^This is not a PubMed \(MEDLINE\/\.nbib\) record: it has no "PMID-" line/,
  },
  {
    name: 'a RIS file',
    text: 'TY  - JOUR\nTI  - A title\nER  - \n',
    message: /^This is not a PubMed \(MEDLINE\/\.nbib\) record: it has no "PMID-" line/,
  },
  {
    name: 'a record without a title',
    text: withoutLines(dominiciNbib, 'TI').replace(/^ {6}International.*\n/m, ''),
    message: /^This is not a PubMed \(MEDLINE\/\.nbib\) record: it has no title/,
  },
  {
    name: 'three records',
    text: `${dominiciNbib}\n${platasNbib}\n${dominiciNbib}`,
    message: 'This file holds 3 references. Import one reference at a time.',
  },
]

describe('parseNbib', () => {
  it.each(rows)('$name', ({ text, expected }) => {
    const parsed = parseNbib(text)
    expect(parsed).toEqual(expected)
    expect(Object.values(parsed)).not.toContain(undefined)
  })

  it('the fixture starts as efetch output does and has no PMC line', () => {
    expect(dominiciNbib.startsWith('\nPMID- 16923606\n')).toBe(true)
    expect(dominiciNbib).not.toMatch(/^PMC /m)
  })

  it.each(bad)('refuses $name', ({ text, message }) => {
    let error: unknown
    try {
      parseNbib(text)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CitationInputError)
    expect(error).toMatchObject({ field: 'nbib', status: 400 })
    expect((error as Error).message).toMatch(message)
  })
})
