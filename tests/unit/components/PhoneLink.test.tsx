import { render, screen } from '@testing-library/react'

import { PhoneLink } from '@/components/PhoneLink'

describe('PhoneLink', () => {
  it('shows a US number as printed and dials it in E.164 form', () => {
    render(<PhoneLink number="(708) 393-8266" />)
    expect(screen.getByRole('link', { name: '(708) 393-8266' })).toHaveAttribute(
      'href',
      'tel:+17083938266',
    )
  })

  it.each([
    ['708.393.8266', 'tel:+17083938266'],
    ['1-855-779-1950', 'tel:+18557791950'],
    ['+1 (239) 303-4069', 'tel:+12393034069'],
    ['+44 20 7946 0958', 'tel:+442079460958'],
  ])('links %s however staff typed it, as %s', (number, href) => {
    render(<PhoneLink number={number} />)
    expect(screen.getByRole('link', { name: number })).toHaveAttribute('href', href)
  })

  it('ignores stray spaces around the number when dialling', () => {
    render(<PhoneLink number=" (239) 303-4069 " />)
    expect(screen.getByRole('link')).toHaveAttribute('href', 'tel:+12393034069')
  })

  it('shows an extension as printed and dials the main number', () => {
    render(<PhoneLink number="(708) 393-8266 ext. 12" />)
    expect(screen.getByRole('link', { name: '(708) 393-8266 ext. 12' })).toHaveAttribute(
      'href',
      'tel:+17083938266',
    )
  })

  it.each(['ask at reception', '555-0100', '(123) 456-7890'])(
    'prints %s without a link when it is not a valid number',
    (number) => {
      const { container } = render(<PhoneLink number={number} />)
      expect(container).toHaveTextContent(number)
      expect(screen.queryByRole('link')).not.toBeInTheDocument()
    },
  )

  it('renders nothing for an empty number', () => {
    const { container } = render(<PhoneLink number="" />)
    expect(container).toBeEmptyDOMElement()
  })
})
