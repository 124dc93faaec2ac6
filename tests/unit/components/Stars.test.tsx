import { render, screen } from '@testing-library/react'

import { Stars } from '@/components/Stars'

// The filled stars are drawn in a nested SVG as wide as the rating; screen readers hear the
// image's name instead.
const filledWidth = (container: HTMLElement) =>
  container.querySelector('svg.stars-filled')?.getAttribute('width')

describe('Stars', () => {
  it('is an image read out as "4 out of 5 stars", with five stars drawn', () => {
    const { container } = render(<Stars rating={4} />)
    expect(screen.getByRole('img', { name: '4 out of 5 stars' })).toBeInTheDocument()
    expect(container.querySelectorAll('.stars-empty path')).toHaveLength(5)
    expect(container.querySelectorAll('.stars-filled path')).toHaveLength(5)
  })

  it('fills as far as the rating: all of 5, a fifth of 1', () => {
    const { container, rerender } = render(<Stars rating={5} />)
    expect(filledWidth(container)).toBe('100%')
    rerender(<Stars rating={1} />)
    expect(filledWidth(container)).toBe('20%')
    expect(screen.getByRole('img', { name: '1 out of 5 stars' })).toBeInTheDocument()
  })

  it('reads an average out to one decimal and fills to the same tenth', () => {
    const { container, rerender } = render(<Stars rating={4.8} />)
    expect(screen.getByRole('img', { name: '4.8 out of 5 stars' })).toBeInTheDocument()
    expect(filledWidth(container)).toBe('96%')
    rerender(<Stars rating={4.24} />)
    expect(screen.getByRole('img', { name: '4.2 out of 5 stars' })).toBeInTheDocument()
    expect(filledWidth(container)).toBe('84%')
    rerender(<Stars rating={4.75} />)
    expect(screen.getByRole('img', { name: '4.8 out of 5 stars' })).toBeInTheDocument()
    rerender(<Stars rating={4.96} />)
    expect(screen.getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument()
  })

  it('clamps a rating above 5 or below 0, in the stars and in what is read out', () => {
    const { container, rerender } = render(<Stars rating={7} />)
    expect(filledWidth(container)).toBe('100%')
    expect(screen.getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument()
    rerender(<Stars rating={-2} />)
    expect(filledWidth(container)).toBe('0%')
    expect(screen.getByRole('img', { name: '0 out of 5 stars' })).toBeInTheDocument()
  })

  it('shows no filled stars, rather than "NaN", for a rating that is not a number', () => {
    const { container } = render(<Stars rating={Number.NaN} />)
    expect(filledWidth(container)).toBe('0%')
    expect(screen.getByRole('img', { name: '0 out of 5 stars' })).toBeInTheDocument()
  })
})
