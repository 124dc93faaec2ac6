import { render, screen, within } from '@testing-library/react'

import { OfficeDetails } from '@/components/OfficeDetails'
import { OfficeSummary } from '@/components/OfficeSummary'
import type { Office } from '@/payload-types'
import { offices as seedOffices } from '@/seed/content'

const chicago: Office = {
  ...seedOffices[0],
  id: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
}

const ross = {
  id: 7,
  name: 'Ross Hauser',
  credentials: 'MD',
  slug: 'ross-hauser',
  jobTitle: 'Physician, Caring Medical',
}

const MAP =
  'https://www.google.com/maps/search/?api=1&query=715%20Lake%20St.%2C%20Suite%20600%2C%20Oak%20Park%2C%20IL%2060301%2C%20US'

describe('OfficeDetails', () => {
  it('shows the address with a Google Maps link built from it', () => {
    const { container } = render(<OfficeDetails office={chicago} physicians={[ross]} />)
    expect(container.querySelector('address')?.innerHTML).toBe(
      '715 Lake St., Suite 600<br>Oak Park, IL 60301',
    )
    expect(
      screen.getByRole('link', {
        name: 'Get directions to the Chicagoland Office on Google Maps',
      }),
    ).toHaveAttribute('href', MAP)
  })

  it('links phone and fax with tel: in E.164 form, and the email with mailto:', () => {
    render(
      <OfficeDetails office={{ ...chicago, email: 'oakpark@example.org' }} physicians={[ross]} />,
    )
    const contact = within(screen.getByText('Phone').closest('dl')!)
    expect(contact.getByRole('link', { name: '(708) 393-8266' })).toHaveAttribute(
      'href',
      'tel:+17083938266',
    )
    expect(contact.getByRole('link', { name: '(855) 779-1950' })).toHaveAttribute(
      'href',
      'tel:+18557791950',
    )
    expect(contact.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Phone',
      'Fax',
      'Email',
    ])
    expect(contact.getByRole('link', { name: 'oakpark@example.org' })).toHaveAttribute(
      'href',
      'mailto:oakpark@example.org',
    )
  })

  it('leaves out fax and email when there are none; prints an unparseable number unlinked', () => {
    render(
      <OfficeDetails
        office={{ ...chicago, fax: null, email: null, phone: 'ask at reception' }}
        physicians={[]}
      />,
    )
    expect(screen.queryByText('Fax')).not.toBeInTheDocument()
    expect(screen.queryByText('Email')).not.toBeInTheDocument()
    expect(screen.getByText('ask at reception').closest('a')).toBeNull()
    expect(screen.queryAllByRole('link', { name: /^tel/ })).toHaveLength(0)
  })

  it('says "Call for hours" without hours, and shows grouped hours when set', () => {
    const { rerender } = render(
      <OfficeDetails office={{ ...chicago, hours: null }} physicians={[ross]} />,
    )
    const hours = () => screen.getByRole('region', { name: 'Opening hours' })
    expect(within(hours()).getByText('Call for hours')).toBeInTheDocument()
    rerender(
      <OfficeDetails
        office={{
          ...chicago,
          hours: [{ days: ['Monday', 'Tuesday', 'Wednesday'], opens: '08:30', closes: '16:00' }],
        }}
        physicians={[ross]}
      />,
    )
    expect(hours()).toHaveTextContent('Monday–Wednesday8:30 AM – 4:00 PM')
    expect(within(hours()).queryByText('Call for hours')).not.toBeInTheDocument()
  })

  it('shows the network note and whether new patients are welcome', () => {
    const { rerender } = render(<OfficeDetails office={chicago} physicians={[ross]} />)
    expect(screen.getByText('We are an out-of-network provider.')).toBeInTheDocument()
    expect(screen.getByText('Accepting new patients')).toBeInTheDocument()
    rerender(
      <OfficeDetails office={{ ...chicago, acceptingNewPatients: false }} physicians={[ross]} />,
    )
    expect(screen.getByText('Not accepting new patients at the moment')).toBeInTheDocument()
    expect(screen.queryByText('Accepting new patients')).not.toBeInTheDocument()
  })

  it('lists the physicians who practise there, linking their pages', () => {
    render(<OfficeDetails office={chicago} physicians={[ross]} />)
    const region = screen.getByRole('region', { name: 'Physicians at this office' })
    expect(within(region).getByRole('link', { name: 'Ross Hauser, MD' })).toHaveAttribute(
      'href',
      '/physicians/ross-hauser',
    )
    expect(region).toHaveTextContent('Ross Hauser, MD · Physician, Caring Medical')
  })
})

describe('OfficeSummary', () => {
  it('links the office name to its page and shows address, phone and status', () => {
    render(<OfficeSummary office={chicago} />)
    expect(
      screen.getByRole('heading', { level: 2, name: 'Chicagoland Office' }).querySelector('a'),
    ).toHaveAttribute('href', '/offices/chicagoland')
    expect(screen.getByRole('link', { name: '(708) 393-8266' })).toHaveAttribute(
      'href',
      'tel:+17083938266',
    )
    expect(screen.getByRole('link', { name: /Get directions/ })).toHaveAttribute('href', MAP)
    expect(screen.getByText('Accepting new patients')).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Hours, fax and physicians at the Chicagoland Office' }),
    ).toHaveAttribute('href', '/offices/chicagoland')
  })
})
