import { render, screen, within } from '@testing-library/react'

import { ReviewCard } from '@/components/ReviewCard'
import type { Review } from '@/payload-types'

type CardReview = Parameters<typeof ReviewCard>[0]['review']

const review = (overrides: Partial<CardReview> = {}): CardReview => ({
  id: 1,
  reviewerName: 'Linda M.',
  rating: 5,
  recommends: null,
  body: 'After two years of knee pain I can walk my dog again.',
  // Midday in every US time zone, so the date does not depend on SITE_TIME_ZONE.
  reviewedAt: '2026-03-10T17:00:00.000Z',
  source: 'google',
  sourceUrl: 'https://maps.google.com/review/123',
  ...overrides,
})

const caption = (container: HTMLElement) => container.querySelector('figcaption') as HTMLElement

describe('ReviewCard', () => {
  it('shows the stars, the words as a quote, the reviewer, where and when', () => {
    const { container } = render(<ReviewCard review={review({ rating: 4 })} />)
    expect(screen.getByRole('img', { name: '4 out of 5 stars' })).toBeInTheDocument()
    expect(screen.queryByText('Recommends the clinic')).not.toBeInTheDocument()
    expect(container.querySelector('blockquote')).toHaveTextContent(
      /^After two years of knee pain I can walk my dog again\.$/,
    )
    expect(caption(container)).toHaveTextContent(
      /^Linda M\. on Google, March 10, 2026 · Original review by Linda M\. \(opens in a new tab\)$/,
    )
    expect(within(caption(container)).getByText('March 10, 2026')).toHaveAttribute(
      'datetime',
      '2026-03-10T17:00:00.000Z',
    )
  })

  it('says "Recommends the clinic" for a recommendation without stars', () => {
    render(<ReviewCard review={review({ rating: null, recommends: true, source: 'facebook' })} />)
    expect(screen.getByText('Recommends the clinic')).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByText(/on Facebook/)).toBeInTheDocument()
  })

  it('shows the stars, not "recommends", when a review has both', () => {
    render(<ReviewCard review={review({ rating: 5, recommends: true })} />)
    expect(screen.getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument()
    expect(screen.queryByText('Recommends the clinic')).not.toBeInTheDocument()
  })

  it('shows neither stars nor "recommends" when the review has no rating', () => {
    const { container } = render(
      <ReviewCard review={review({ rating: null, recommends: false })} />,
    )
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.queryByText('Recommends the clinic')).not.toBeInTheDocument()
    expect(container.querySelector('figure')?.firstElementChild?.tagName).toBe('BLOCKQUOTE')
  })

  it('shortens the words at a word boundary and ends them with an ellipsis', () => {
    const body =
      'I had tried everything for my shoulder before coming here, and the staff were wonderful.'
    const { container } = render(<ReviewCard review={review({ body })} maxLength={40} />)
    const quote = container.querySelector('blockquote') as HTMLElement
    expect(quote).toHaveTextContent(/^I had tried everything for my shoulder…$/)
    const shown = quote.textContent as string
    expect(shown.length).toBeLessThanOrEqual(41)
    // The last word before the ellipsis is a whole word of the review.
    expect(body.split(' ')).toContain(shown.slice(0, -1).split(' ').at(-1))
  })

  it('drops trailing punctuation before the ellipsis', () => {
    const body = 'Wonderful staff, truly. The doctors listened and explained every single step.'
    const { container } = render(<ReviewCard review={review({ body })} maxLength={24} />)
    expect(container.querySelector('blockquote')).toHaveTextContent(/^Wonderful staff, truly…$/)
  })

  it('shows short words whole, without an ellipsis, even with a maximum length', () => {
    const { container } = render(
      <ReviewCard review={review({ body: 'Great care.' })} maxLength={40} />,
    )
    expect(container.querySelector('blockquote')).toHaveTextContent(/^Great care\.$/)
  })

  it('shows the whole review without a maximum length', () => {
    const body = 'word '.repeat(100).trim()
    const { container } = render(<ReviewCard review={review({ body })} />)
    expect(container.querySelector('blockquote')?.textContent).toBe(body)
  })

  it('links to the original review in a new tab, named for the reviewer', () => {
    render(<ReviewCard review={review()} />)
    const link = screen.getByRole('link', {
      name: 'Original review by Linda M. (opens in a new tab)',
    })
    expect(link).toHaveAttribute('href', 'https://maps.google.com/review/123')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link.getAttribute('rel')?.split(' ')).toEqual(
      expect.arrayContaining(['nofollow', 'noopener']),
    )
  })

  it('has no link, and no dangling separator, when there is no original to link to', () => {
    const { container } = render(<ReviewCard review={review({ sourceUrl: null })} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(caption(container)).toHaveTextContent(/^Linda M\. on Google, March 10, 2026$/)
  })

  it('names each source in words, and an unknown one as "another site"', () => {
    const { container, rerender } = render(<ReviewCard review={review({ source: 'website' })} />)
    expect(caption(container)).toHaveTextContent(/^Linda M\. on our website, March 10, 2026/)
    rerender(<ReviewCard review={review({ source: 'yelp' as Review['source'] })} />)
    expect(caption(container)).toHaveTextContent(/^Linda M\. on another site, March 10, 2026/)
  })

  it('leaves out a date it cannot read instead of printing "Invalid Date"', () => {
    const { container } = render(
      <ReviewCard review={review({ reviewedAt: 'not a date', sourceUrl: null })} />,
    )
    expect(caption(container)).toHaveTextContent(/^Linda M\. on Google$/)
    expect(container.querySelector('time')).not.toBeInTheDocument()
  })

  it('shows markup in the review or the name as text, never as HTML', () => {
    const body = '<img src=x onerror="alert(1)"> <b>Best</b> clinic'
    const reviewerName = '<script>alert("x")</script>'
    const { container } = render(<ReviewCard review={review({ body, reviewerName })} />)
    expect(container.querySelector('blockquote')?.textContent).toBe(body)
    expect(caption(container)).toHaveTextContent(reviewerName, { normalizeWhitespace: false })
    expect(container.querySelector('img, b, script')).not.toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: `Original review by ${reviewerName} (opens in a new tab)` }),
    ).toBeInTheDocument()
  })
})
