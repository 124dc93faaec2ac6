import { render, screen, within } from '@testing-library/react'

import type { CardReview } from '@/components/ReviewCard'
import { ReviewsPanel } from '@/components/ReviewsWidget/ReviewsPanel'
import { EMPTY_SUMMARY } from '@/reviews/summary'

const reviews: CardReview[] = [
  {
    id: 1,
    reviewerName: 'Linda M.',
    rating: 5,
    body: 'After two years of knee pain I can walk my dog again.',
    reviewedAt: '2026-03-10T17:00:00.000Z',
    source: 'google',
  },
  {
    id: 2,
    reviewerName: 'Tom R.',
    recommends: true,
    body: `${'The nurses called me back the same day and explained everything. '.repeat(6)}`,
    reviewedAt: '2026-02-01T17:00:00.000Z',
    source: 'facebook',
    sourceUrl: 'https://www.facebook.com/reviews/2',
  },
]

const summary = {
  total: 38,
  ratingCount: 30,
  average: 4.83,
  recommendCount: 8,
  notRecommendCount: 0,
}

describe('ReviewsPanel (the reviews widget)', () => {
  it('is a section named by its heading, with the figures, the reviews and a link to all', () => {
    render(
      <ReviewsPanel
        heading="Patients in their own words"
        summary={summary}
        reviews={reviews}
        allHref="/reviews"
      />,
    )
    const section = screen.getByRole('region', { name: 'Patients in their own words' })
    expect(within(section).getByRole('img', { name: '4.8 out of 5 stars' })).toBeInTheDocument()
    expect(within(section).getByText('from 30 ratings')).toBeInTheDocument()
    expect(within(section).getByText('8 recommend')).toBeInTheDocument()
    expect(within(section).getAllByRole('figure')).toHaveLength(2)
    expect(within(section).getByRole('link', { name: 'Read all 38 reviews' })).toHaveAttribute(
      'href',
      '/reviews',
    )
  })

  it('keeps the order it is given (featured first, then newest, from the query)', () => {
    const { container } = render(<ReviewsPanel summary={summary} reviews={reviews} />)
    expect(
      Array.from(container.querySelectorAll('.reviewer')).map((name) => name.textContent),
    ).toEqual(['Linda M.', 'Tom R.'])
  })

  it('shortens long reviews behind "Read more"', () => {
    const { container } = render(
      <ReviewsPanel summary={summary} reviews={reviews} excerptLength={80} />,
    )
    expect(container.querySelectorAll('details')).toHaveLength(1)
    expect(screen.getByText('of the review by Tom R.')).toBeInTheDocument()
  })

  it('falls back to "What our patients say" and takes a heading level', () => {
    render(<ReviewsPanel heading="" headingLevel="h3" summary={summary} reviews={reviews} />)
    const heading = screen.getByRole('heading', { name: 'What our patients say' })
    expect(heading.tagName).toBe('H3')
  })

  it('shows the figures without a list when no review passes the filter', () => {
    render(<ReviewsPanel summary={summary} reviews={[]} allHref="/reviews" />)
    expect(screen.getByRole('img', { name: '4.8 out of 5 stars' })).toBeInTheDocument()
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Read all 38 reviews' })).toBeInTheDocument()
  })

  it('says "Read all 1 review" for one', () => {
    render(
      <ReviewsPanel
        summary={{ ...EMPTY_SUMMARY, total: 1, ratingCount: 1, average: 5 }}
        reviews={reviews.slice(0, 1)}
        allHref="/reviews?office=chicagoland"
      />,
    )
    expect(screen.getByRole('link', { name: 'Read all 1 review' })).toHaveAttribute(
      'href',
      '/reviews?office=chicagoland',
    )
  })

  it('renders nothing while there are no approved reviews', () => {
    const { container } = render(
      <ReviewsPanel summary={EMPTY_SUMMARY} reviews={[]} allHref="/reviews" />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
