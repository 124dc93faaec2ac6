import { formatAma, formatAuthors } from '@/citations/formatAma'
import { platasCitation } from '@/seed/content'

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
  it('formats the seed citation exactly as the reference list prints it', () => {
    expect(formatAma(platasCitation)).toBe(
      'Platas J, Guillén MI, Pérez del Caz MD, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717. doi:10.18632/aging.101007',
    )
  })

  it('lists up to six authors in full', () => {
    const authors = ['A', 'B', 'C', 'D', 'E', 'F'].map((letter) => author(`Name${letter}`, letter))
    expect(formatAma({ ...paper, authors })).toBe(
      'NameA A, NameB B, NameC C, NameD D, NameE E, NameF F. A trial of something. J Test Med. 2020;12(3):45-67.',
    )
  })

  it('shows the first three then "et al" when there are more than six authors', () => {
    const authors = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((l) => author(`Name${l}`, l))
    expect(formatAuthors(authors)).toBe('NameA A, NameB B, NameC C, et al.')
  })

  it('adds "et al" when the source lists only some of the authors', () => {
    expect(formatAuthors([author('Smith', 'J'), author('Doe', 'A')], true)).toBe(
      'Smith J, Doe A, et al.',
    )
    expect(
      formatAuthors(
        ['A', 'B', 'C', 'D'].map((l) => author(`Name${l}`, l)),
        true,
      ),
    ).toBe('NameA A, NameB B, NameC C, et al.')
  })

  it('writes initials without periods or spaces and keeps group authors as they are', () => {
    expect(
      formatAuthors([author('Pérez del Caz', 'M. D.'), author('OARSI Working Group', '')]),
    ).toBe('Pérez del Caz MD, OARSI Working Group.')
  })

  it('omits the parts that are not known', () => {
    expect(formatAma({ title: 'Only a title' })).toBe('Only a title.')
    expect(formatAma({ ...paper, authors: [], journal: null, doi: null })).toBe(
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
    expect(formatAma({ title: '' })).toBe('')
  })

  it('marks a paper published online ahead of print (a year but no volume or pages)', () => {
    expect(
      formatAma({
        authors: [author('Smith', 'J')],
        title: 'Early view',
        journal: 'J Test Med',
        year: 2025,
        doi: '10.1000/xyz',
      }),
    ).toBe('Smith J. Early view. J Test Med. Published online 2025. doi:10.1000/xyz')
  })

  it('does not double the period after a title ending in a question mark', () => {
    expect(formatAma({ ...paper, title: 'Does it work?' })).toBe(
      'Does it work? J Test Med. 2020;12(3):45-67.',
    )
  })

  it('tidies whitespace and turns en dashes in page ranges into hyphens', () => {
    expect(
      formatAma({
        ...paper,
        title: '  A   trial\nof something ',
        journal: ' J  Test Med ',
        pages: '45–67',
        doi: ' 10.1000/abc ',
      }),
    ).toBe('A trial of something. J Test Med. 2020;12(3):45-67. doi:10.1000/abc')
  })
})
