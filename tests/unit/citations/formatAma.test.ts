/** @jest-environment node */
// The formatter runs on the server (a save hook and server components), never in a browser.
import { formatAma } from '@/citations/formatAma'
import { platasCitation } from '@/seed/content'

import { amaReferences } from './amaReferences'

const author = (family: string, given?: string) => ({ family, given })

const paper = {
  title: 'A trial of something',
  journal: 'J Test Med',
  year: 2020,
  volume: '12',
  issue: '3',
  pages: '45-67',
}

describe('formatAma', () => {
  it.each(amaReferences)('$name', ({ citation, expected }) => {
    expect(formatAma(citation)).toBe(expected)
  })

  it('has at least 20 real references in its table', () => {
    expect(amaReferences.length).toBeGreaterThanOrEqual(20)
  })

  it('formats the seed citation as the page we replace prints it', () => {
    expect(formatAma(platasCitation)).toBe(
      'Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717. doi:10.18632/aging.101007',
    )
  })

  it('adds "et al" when the source lists only some of the authors', () => {
    expect(formatAma({ ...paper, authors: [author('Smith', 'J')], moreAuthors: true })).toBe(
      'Smith J, et al. A trial of something. J Test Med. 2020;12(3):45-67.',
    )
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((l) => author(`Name${l}`, l))
    expect(formatAma({ ...paper, authors: six, moreAuthors: true })).toBe(
      'NameA A, NameB B, NameC C, et al. A trial of something. J Test Med. 2020;12(3):45-67.',
    )
  })

  it('omits the parts that are not known, without stray punctuation', () => {
    expect(formatAma({ title: 'Only a title' })).toBe('Only a title.')
    expect(formatAma({ ...paper, authors: [], journal: null })).toBe(
      'A trial of something. 2020;12(3):45-67.',
    )
    expect(formatAma({ ...paper, issue: null })).toBe(
      'A trial of something. J Test Med. 2020;12:45-67.',
    )
    expect(formatAma({ ...paper, volume: null, issue: null })).toBe(
      'A trial of something. J Test Med. 2020:45-67.',
    )
    expect(formatAma({ ...paper, year: null })).toBe(
      'A trial of something. J Test Med. 12(3):45-67.',
    )
    expect(formatAma({ ...paper, volume: null })).toBe(
      'A trial of something. J Test Med. 2020;(3):45-67.',
    )
    expect(formatAma({ title: '' })).toBe('')
    expect(formatAma({ title: '   ', authors: [author('  ')] })).toBe('')
  })

  it('tidies whitespace and keeps initials joined', () => {
    expect(
      formatAma({
        ...paper,
        authors: [author(' Pérez  del Caz ', ' M. D. P. '), author('Lefèvre', 'J-P')],
        title: '  A   trial\nof something ',
        journal: ' J  Test Med ',
        doi: ' 10.1000/abc ',
      }),
    ).toBe(
      'Pérez del Caz MDP, Lefèvre J-P. A trial of something. J Test Med. 2020;12(3):45-67. doi:10.1000/abc',
    )
  })
})
