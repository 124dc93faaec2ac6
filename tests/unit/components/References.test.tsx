import { render, screen, within } from '@testing-library/react'

import type { NumberedReference } from '@/citations/numberReferences'
import { References } from '@/components/References'
import type { Citation } from '@/payload-types'

const citation = (id: number, extra: Partial<Citation>): Citation => ({
  id,
  title: `Paper ${id}`,
  formatted: `Author A. Paper ${id}. J Test. 2020;1:1-2.`,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...extra,
})

const references: NumberedReference[] = [
  { number: 1, citation: citation(11, { doi: '10.18632/aging.101007' }), occurrences: 2 },
  {
    number: 2,
    citation: citation(12, { pmid: '27470464', pmcid: 'PMC5047731', doi: '10.1000/two' }),
    occurrences: 1,
  },
  { number: 3, citation: citation(13, { url: 'https://example.org/three' }), occurrences: 1 },
]

const entry = (number: number) => document.getElementById(`ref-${number}`)!

describe('References', () => {
  it('is a labelled "References" section with one numbered entry per paper', () => {
    render(<References references={references} />)
    const section = screen.getByRole('region', { name: 'References' })
    const items = within(section).getAllByRole('listitem')
    expect(items.map((item) => item.id)).toEqual(['ref-1', 'ref-2', 'ref-3'])
    expect(section.querySelector('ol')).not.toBeNull()
  })

  it('prints the formatted reference text', () => {
    render(<References references={references} />)
    expect(
      within(entry(1)).getByText('Author A. Paper 11. J Test. 2020;1:1-2.'),
    ).toBeInTheDocument()
  })

  it('links only the identifiers each paper has', () => {
    render(<References references={references} />)
    const links = (number: number) =>
      within(entry(number))
        .getAllByRole('link')
        .filter((link) => !link.classList.contains('backlink'))
        .map((link) => [link.textContent, link.getAttribute('href')])
    expect(links(1)).toEqual([['[DOI]', 'https://doi.org/10.18632/aging.101007']])
    expect(links(2)).toEqual([
      ['[PubMed]', 'https://pubmed.ncbi.nlm.nih.gov/27470464/'],
      ['[PMC]', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5047731/'],
      ['[DOI]', 'https://doi.org/10.1000/two'],
    ])
    expect(links(3)).toEqual([['[Full text]', 'https://example.org/three']])
    expect(within(entry(1)).queryByRole('link', { name: '[PubMed]' })).not.toBeInTheDocument()
  })

  it('links an entry cited once back to its marker in the text, with a spoken name', () => {
    render(<References references={references} />)
    for (const number of [2, 3]) {
      const back = within(entry(number)).getByRole('link', {
        name: `Back to where reference ${number} is cited`,
      })
      expect(back).toHaveAttribute('href', `#cite-${number}-1`)
    }
  })

  it('links an entry cited several times back to each place, lettered a, b…', () => {
    render(<References references={references} />)
    const back = within(entry(1))
      .getAllByRole('link')
      .filter((link) => link.classList.contains('backlink'))
    expect(back.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['a', '#cite-1-1'],
      ['b', '#cite-1-2'],
    ])
    expect(back[1]).toHaveAccessibleName('Back to where reference 1 is cited, 2 of 2')
  })

  it('renders nothing without references, and skips papers that were not loaded', () => {
    const { container } = render(<References references={[]} />)
    expect(container).toBeEmptyDOMElement()
    render(<References references={[{ number: 1, citation: 11, occurrences: 1 }]} />)
    expect(screen.queryAllByRole('listitem')).toHaveLength(0)
  })
})
