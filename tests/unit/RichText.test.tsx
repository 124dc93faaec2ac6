import { render, screen } from '@testing-library/react'

import { numberReferences } from '@/citations/numberReferences'
import { RichText } from '@/components/RichText'
import { cite, document, paragraph } from '@/seed/lexical'

// The markers in the text and the entries of <References> must point at each other.
describe('RichText citation markers', () => {
  const content = document(
    paragraph('Stem cells calm inflamed cartilage.', cite(30)),
    paragraph('Platelets help too.', cite(10), ' As noted before.', cite(30)),
  )

  it('renders each cite as a superscript link to its numbered reference', () => {
    render(<RichText data={content as never} numbering={numberReferences(content as never)} />)
    const markers = screen.getAllByRole('link', { name: /^Reference \d$/ })
    expect(
      markers.map((link) => [
        link.textContent,
        link.id,
        link.getAttribute('href'),
        link.parentElement?.tagName,
      ]),
    ).toEqual([
      ['1', 'cite-1-1', '#ref-1', 'SUP'],
      ['2', 'cite-2-1', '#ref-2', 'SUP'],
      ['1', 'cite-1-2', '#ref-1', 'SUP'],
    ])
  })

  it('drops markers for papers it cannot number', () => {
    render(<RichText data={content as never} />)
    expect(screen.queryAllByRole('link')).toHaveLength(0)
    expect(screen.getByText('Platelets help too.', { exact: false })).toBeInTheDocument()
  })
})
