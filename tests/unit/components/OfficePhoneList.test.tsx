import { render, screen } from '@testing-library/react'

import { OfficePhoneList } from '@/components/OfficePhoneList'

describe('OfficePhoneList', () => {
  it('gives each office a line with a number to tap', () => {
    render(
      <OfficePhoneList
        offices={[
          { id: 1, name: 'Chicagoland Office', phone: '(708) 393-8266' },
          { id: 2, name: 'Southwest Florida Office', phone: '239.303.4069' },
        ]}
      />,
    )
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Chicagoland Office: (708) 393-8266',
      'Southwest Florida Office: 239.303.4069',
    ])
    expect(screen.getByRole('link', { name: '239.303.4069' })).toHaveAttribute(
      'href',
      'tel:+12393034069',
    )
  })

  it('prints a number that cannot be dialled without a link', () => {
    render(
      <OfficePhoneList offices={[{ id: 1, name: 'Pop-up Office', phone: 'ask at reception' }]} />,
    )
    expect(screen.getByText(/Pop-up Office: ask at reception/)).toBeInTheDocument()
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('renders nothing without offices', () => {
    const { container } = render(<OfficePhoneList offices={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
