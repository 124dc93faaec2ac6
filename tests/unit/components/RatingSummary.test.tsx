import { render, screen } from '@testing-library/react'

import { RatingSummary } from '@/components/RatingSummary'
import { EMPTY_SUMMARY, type ReviewSummary } from '@/reviews/summary'

const summary = (overrides: Partial<ReviewSummary>): ReviewSummary => ({
  ...EMPTY_SUMMARY,
  ...overrides,
})

describe('RatingSummary', () => {
  it('shows the average to one decimal, the stars read out the same, and how many ratings', () => {
    const { container } = render(
      <RatingSummary summary={summary({ total: 37, ratingCount: 37, average: 4.783 })} />,
    )
    expect(container.querySelector('.rating-average')).toHaveTextContent(/^4\.8 from 37 ratings$/)
    expect(screen.getByRole('img', { name: '4.8 out of 5 stars' })).toBeInTheDocument()
    expect(container.querySelector('.rating-recommend')).not.toBeInTheDocument()
  })

  it.each([
    [4.75, '4.8'],
    [4.749, '4.7'],
    [5, '5.0'],
    [1, '1.0'],
    [3.05, '3.1'],
  ])('rounds an average of %p to %s', (average, shown) => {
    const { container } = render(
      <RatingSummary summary={summary({ total: 2, ratingCount: 2, average })} />,
    )
    expect(container.querySelector('.rating-number')).toHaveTextContent(shown)
    expect(screen.getByRole('img', { name: `${Number(shown)} out of 5 stars` })).toBeInTheDocument()
  })

  it('says "1 rating" for one', () => {
    render(<RatingSummary summary={summary({ total: 1, ratingCount: 1, average: 5 })} />)
    expect(screen.getByText('from 1 rating')).toBeInTheDocument()
  })

  it('counts Facebook recommendations apart from stars', () => {
    const { container } = render(
      <RatingSummary
        summary={summary({
          total: 60,
          ratingCount: 40,
          average: 4.9,
          recommendCount: 19,
          notRecommendCount: 1,
        })}
      />,
    )
    expect(container.querySelector('.rating-recommend')).toHaveTextContent(
      /^19 recommend · 1 does not recommend$/,
    )
  })

  it('shows recommendations alone when no review has stars', () => {
    const { container } = render(
      <RatingSummary summary={summary({ total: 12, recommendCount: 12 })} />,
    )
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(container).toHaveTextContent(/^12 recommend$/)
  })

  it('writes large counts with separators', () => {
    render(<RatingSummary summary={summary({ total: 20000, ratingCount: 12345, average: 4.61 })} />)
    expect(screen.getByText('from 12,345 ratings')).toBeInTheDocument()
  })

  it('shows nothing at all when there are no ratings or recommendations', () => {
    const { container } = render(<RatingSummary summary={EMPTY_SUMMARY} />)
    expect(container).toBeEmptyDOMElement()
  })
})
