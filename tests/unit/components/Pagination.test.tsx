import { render, screen, within } from '@testing-library/react'

import { Pagination } from '@/components/Pagination'

const nav = () => screen.getByRole('navigation', { name: 'Pagination' })

describe('Pagination', () => {
  it('renders nothing when everything fits on one page', () => {
    const { container } = render(<Pagination page={1} totalPages={1} path="/articles" />)
    expect(container).toBeEmptyDOMElement()
  })

  it('says where the reader is and links the neighbours with rel prev/next', () => {
    render(<Pagination page={2} totalPages={5} path="/articles" params={{ topic: 'knee' }} />)
    expect(within(nav()).getByText('Page 2 of 5')).toBeInTheDocument()
    const previous = within(nav()).getByRole('link', { name: /Previous/ })
    expect(previous).toHaveAttribute('href', '/articles?topic=knee')
    expect(previous).toHaveAttribute('rel', 'prev')
    const next = within(nav()).getByRole('link', { name: /Next/ })
    expect(next).toHaveAttribute('href', '/articles?topic=knee&page=3')
    expect(next).toHaveAttribute('rel', 'next')
    const current = within(nav()).getByRole('link', { name: 'Page 2' })
    expect(current).toHaveAttribute('aria-current', 'page')
    expect(within(nav()).getByRole('link', { name: 'Page 5' })).not.toHaveAttribute('aria-current')
    expect(
      within(nav())
        .getAllByRole('link', { name: /^Page \d$/ })
        .map((link) => link.textContent),
    ).toEqual(['1', '2', '3', '4', '5'])
  })

  it('shows Previous as disabled text on the first page', () => {
    render(<Pagination page={1} totalPages={3} path="/articles" />)
    expect(within(nav()).queryByRole('link', { name: /Previous/ })).not.toBeInTheDocument()
    expect(within(nav()).getByText('Previous').closest('[aria-disabled]')).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(within(nav()).getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      '/articles?page=2',
    )
  })

  it('shows Next as disabled text on the last page, and gaps on long lists', () => {
    render(<Pagination page={20} totalPages={20} path="/articles" />)
    expect(within(nav()).getByText('Page 20 of 20')).toBeInTheDocument()
    expect(within(nav()).queryByRole('link', { name: /Next/ })).not.toBeInTheDocument()
    expect(within(nav()).getByText('Next').closest('[aria-disabled]')).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(within(nav()).getByRole('link', { name: /Previous/ })).toHaveAttribute(
      'href',
      '/articles?page=19',
    )
    // The "…" gap is hidden from screen readers, who hear "Page 19" and "Page 20" instead.
    expect([...nav().querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '← Previous',
      '1',
      '…',
      '19',
      '20',
      'Next →',
    ])
  })
})
