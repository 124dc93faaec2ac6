import { render, screen, within } from '@testing-library/react'

import { OfficeSummary } from '@/components/OfficeSummary'
import type { Office } from '@/payload-types'
import { offices as seedOffices } from '@/seed/content'

const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }
const chicago: Office = { ...seedOffices[0], id: 1, ...stamp }
const fortMyers: Office = { ...seedOffices[1], id: 2, ...stamp }

describe('OfficeSummary', () => {
  it('is an article named by the office, whose heading links to the office page', () => {
    render(<OfficeSummary office={chicago} />)
    const card = screen.getByRole('article', { name: 'Chicagoland Office' })
    const heading = within(card).getByRole('heading', { level: 2, name: 'Chicagoland Office' })
    expect(within(heading).getByRole('link')).toHaveAttribute('href', '/offices/chicagoland')
  })

  it('shows the address on two lines with directions, and the phone as a tel: link', () => {
    const { container } = render(<OfficeSummary office={chicago} />)
    expect(container.querySelector('address')?.innerHTML).toBe(
      '715 Lake St., Suite 600<br>Oak Park, IL 60301',
    )
    expect(
      screen.getByRole('link', { name: 'Get directions to the Chicagoland Office on Google Maps' }),
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.google\.com\/maps\/search\//))
    expect(screen.getByText(/^Phone:/)).toHaveTextContent('Phone: (708) 393-8266')
    expect(screen.getByRole('link', { name: '(708) 393-8266' })).toHaveAttribute(
      'href',
      'tel:+17083938266',
    )
  })

  it('leaves the suite out of an address without one', () => {
    const { container } = render(<OfficeSummary office={fortMyers} />)
    expect(container.querySelector('address')?.innerHTML).toBe(
      '9738 Commerce Center Ct.<br>Fort Myers, FL 33908',
    )
  })

  it('names the office in the "more details" link so it makes sense out of context', () => {
    render(<OfficeSummary office={fortMyers} />)
    expect(
      screen.getByRole('link', {
        name: 'Hours, fax and physicians at the Southwest Florida Office',
      }),
    ).toHaveAttribute('href', '/offices/southwest-florida')
  })

  it('says whether the office takes new patients, and nothing when that is unknown', () => {
    const { rerender } = render(<OfficeSummary office={chicago} />)
    expect(screen.getByText('Accepting new patients')).toBeInTheDocument()
    rerender(<OfficeSummary office={{ ...chicago, acceptingNewPatients: false }} />)
    expect(screen.getByText('Not accepting new patients at the moment')).toBeInTheDocument()
    expect(screen.queryByText('Accepting new patients')).not.toBeInTheDocument()
    rerender(<OfficeSummary office={{ ...chicago, acceptingNewPatients: null }} />)
    expect(screen.queryByText(/new patients/)).not.toBeInTheDocument()
  })

  it('prints a phone number that is not valid without a tel: link', () => {
    render(<OfficeSummary office={{ ...chicago, phone: 'call reception' }} />)
    expect(screen.getByText(/^Phone:/)).toHaveTextContent('Phone: call reception')
    expect(screen.getByText(/^Phone:/).querySelector('a')).toBeNull()
    expect(
      screen.getAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('tel:')),
    ).toHaveLength(0)
  })

  it('gives two offices on one page distinct headings to name their articles', () => {
    render(
      <>
        <OfficeSummary office={chicago} />
        <OfficeSummary office={fortMyers} />
      </>,
    )
    expect(
      screen.getAllByRole('article').map((article) => article.getAttribute('aria-labelledby')),
    ).toEqual(['office-1', 'office-2'])
    expect(screen.getByRole('article', { name: 'Southwest Florida Office' })).toBeInTheDocument()
  })
})
