import { render, screen } from '@testing-library/react'

import { Stars } from '@/components/Stars'

// The stars are drawn twice: filled ones, then the rest in a muted colour. Both are hidden from
// screen readers, which hear the image's name instead.
const drawn = (container: HTMLElement) => {
  const [filled, empty] = Array.from(container.querySelectorAll('[aria-hidden="true"]'))
  return { filled: filled.textContent, empty: empty.textContent }
}

describe('Stars', () => {
  it('is an image read out as "4 out of 5 stars"', () => {
    render(<Stars rating={4} />)
    expect(screen.getByRole('img', { name: '4 out of 5 stars' })).toBeInTheDocument()
  })

  it('fills as many stars as the rating and leaves the rest empty', () => {
    const { container } = render(<Stars rating={4} />)
    expect(drawn(container)).toEqual({ filled: '★★★★', empty: '★' })
    expect(container.querySelector('.stars-empty')).toHaveTextContent(/^★$/)
  })

  it('draws five filled stars for 5 and one for 1', () => {
    const { container, rerender } = render(<Stars rating={5} />)
    expect(drawn(container)).toEqual({ filled: '★★★★★', empty: '' })
    rerender(<Stars rating={1} />)
    expect(drawn(container)).toEqual({ filled: '★', empty: '★★★★' })
    expect(screen.getByRole('img', { name: '1 out of 5 stars' })).toBeInTheDocument()
  })

  it('clamps a rating above 5 or below 0, in the stars and in what is read out', () => {
    const { container, rerender } = render(<Stars rating={7} />)
    expect(drawn(container)).toEqual({ filled: '★★★★★', empty: '' })
    expect(screen.getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument()
    rerender(<Stars rating={-2} />)
    expect(drawn(container)).toEqual({ filled: '', empty: '★★★★★' })
    expect(screen.getByRole('img', { name: '0 out of 5 stars' })).toBeInTheDocument()
  })

  it('shows no filled stars, rather than "NaN", for a rating that is not a number', () => {
    const { container } = render(<Stars rating={Number.NaN} />)
    expect(drawn(container)).toEqual({ filled: '', empty: '★★★★★' })
    expect(screen.getByRole('img', { name: '0 out of 5 stars' })).toBeInTheDocument()
  })

  it('reads an average out to one decimal and draws it to the nearest whole star', () => {
    const { container, rerender } = render(<Stars rating={4.8} />)
    expect(drawn(container)).toEqual({ filled: '★★★★★', empty: '' })
    expect(screen.getByRole('img', { name: '4.8 out of 5 stars' })).toBeInTheDocument()
    rerender(<Stars rating={4.24} />)
    expect(drawn(container)).toEqual({ filled: '★★★★', empty: '★' })
    expect(screen.getByRole('img', { name: '4.2 out of 5 stars' })).toBeInTheDocument()
  })
})
