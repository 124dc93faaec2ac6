import { render, screen, within } from '@testing-library/react'

import { type ContactBox as Contact, ContactTeaser } from '@/components/ContactTeaser'

const contact: Contact = {
  heading: 'Questions about treatment?',
  body: 'Write to us and a nurse will answer within a day.',
  link: { label: 'Write to us', type: 'custom', url: '/contact' },
}
const offices = [
  { id: 1, name: 'Chicagoland Office', phone: '(708) 393-8266' },
  { id: 2, name: 'Southwest Florida Office', phone: '(239) 303-4069' },
]

describe('ContactTeaser', () => {
  it('is a section named by the staff heading, with their words and a button', () => {
    render(<ContactTeaser contact={contact} offices={offices} />)
    const section = screen.getByRole('region', { name: 'Questions about treatment?' })
    expect(
      within(section).getByRole('heading', { level: 2, name: 'Questions about treatment?' }),
    ).toBeInTheDocument()
    expect(
      within(section).getByText('Write to us and a nurse will answer within a day.'),
    ).toBeInTheDocument()
    expect(within(section).getByRole('link', { name: 'Write to us' })).toHaveAttribute(
      'href',
      '/contact',
    )
  })

  it('uses an h3 when asked', () => {
    render(<ContactTeaser contact={contact} offices={offices} headingLevel="h3" />)
    expect(
      screen.getByRole('heading', { level: 3, name: 'Questions about treatment?' }),
    ).toBeInTheDocument()
  })

  it('asks "How can we help you?" when the heading is missing', () => {
    const { rerender } = render(
      <ContactTeaser contact={{ ...contact, heading: '' }} offices={offices} />,
    )
    expect(screen.getByRole('region', { name: 'How can we help you?' })).toBeInTheDocument()
    // The whole group missing (global never saved) still shows the heading and the phones.
    rerender(<ContactTeaser contact={undefined as unknown as Contact} offices={offices} />)
    expect(
      screen.getByRole('heading', { level: 2, name: 'How can we help you?' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Write to us' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })

  it('leaves out the body when there is none', () => {
    const { container } = render(
      <ContactTeaser contact={{ ...contact, body: null }} offices={[]} />,
    )
    expect(container.querySelectorAll('p')).toHaveLength(1)
    expect(container.querySelector('p')).toHaveTextContent(/^Write to us$/)
  })

  it('lists every office by name with its phone as a tel: link in E.164 form', () => {
    render(<ContactTeaser contact={contact} offices={offices} />)
    const items = screen.getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'Chicagoland Office: (708) 393-8266',
      'Southwest Florida Office: (239) 303-4069',
    ])
    expect(screen.getByRole('link', { name: '(708) 393-8266' })).toHaveAttribute(
      'href',
      'tel:+17083938266',
    )
    expect(screen.getByRole('link', { name: '(239) 303-4069' })).toHaveAttribute(
      'href',
      'tel:+12393034069',
    )
  })

  it('shows a phone it cannot dial as plain text', () => {
    render(
      <ContactTeaser
        contact={contact}
        offices={[{ id: 3, name: 'Annex', phone: 'ask front desk' }]}
      />,
    )
    expect(screen.getByRole('listitem')).toHaveTextContent('Annex: ask front desk')
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/contact',
    ])
  })

  it('shows no empty list when there are no offices', () => {
    render(<ContactTeaser contact={contact} offices={[]} />)
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /^\(/ })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Write to us' })).toBeInTheDocument()
  })

  it('shows no button when the linked page is unpublished or the label is missing', () => {
    const { rerender } = render(
      <ContactTeaser
        contact={{
          ...contact,
          link: {
            label: 'Write to us',
            type: 'internal',
            reference: { relationTo: 'pages', value: 7 },
          },
        }}
        offices={[]}
      />,
    )
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    rerender(
      <ContactTeaser
        contact={{ ...contact, link: { label: '', type: 'custom', url: '/contact' } }}
        offices={[]}
      />,
    )
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})
