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
const quote = (container: HTMLElement) => container.querySelector('blockquote') as HTMLElement

describe('ReviewCard', () => {
  it('shows the stars, a source badge, the words as a quote, the reviewer and when', () => {
    const { container } = render(<ReviewCard review={review({ rating: 4 })} />)
    expect(screen.getByRole('img', { name: '4 out of 5 stars' })).toBeInTheDocument()
    expect(container.querySelector('.source-badge')).toHaveTextContent(/^Google$/)
    expect(screen.queryByText('Recommends the clinic')).not.toBeInTheDocument()
    expect(quote(container)).toHaveTextContent(
      /^After two years of knee pain I can walk my dog again\.$/,
    )
    expect(caption(container)).toHaveTextContent(
      /^Linda M\., March 10, 2026 · Read the original on Google \(review by Linda M\., opens in a new tab\)$/,
    )
    expect(within(caption(container)).getByText('March 10, 2026')).toHaveAttribute(
      'datetime',
      '2026-03-10T17:00:00.000Z',
    )
  })

  it('says "Recommends the clinic" for a recommendation without stars', () => {
    const { container } = render(
      <ReviewCard review={review({ rating: null, recommends: true, source: 'facebook' })} />,
    )
    expect(screen.getByText('Recommends the clinic')).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(container.querySelector('.source-badge')).toHaveTextContent(/^Facebook$/)
    expect(screen.getByRole('link', { name: /^Read the original on Facebook/ })).toBeInTheDocument()
  })

  it('says so when a Facebook reviewer does not recommend the clinic', () => {
    render(<ReviewCard review={review({ rating: null, recommends: false })} />)
    expect(screen.getByText('Does not recommend the clinic')).toBeInTheDocument()
    expect(screen.queryByText('Recommends the clinic')).not.toBeInTheDocument()
  })

  it('shows the stars, not "recommends", when a review has both', () => {
    render(<ReviewCard review={review({ rating: 5, recommends: true })} />)
    expect(screen.getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument()
    expect(screen.queryByText('Recommends the clinic')).not.toBeInTheDocument()
  })

  it('shows neither stars nor a verdict when the review has neither', () => {
    render(<ReviewCard review={review({ rating: null, recommends: null })} />)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.queryByText(/recommend/)).not.toBeInTheDocument()
  })

  describe('a long review with a maximum length', () => {
    const body =
      'I had tried everything for my shoulder before coming here, and the staff were wonderful.'

    it('opens with whole words and an ellipsis, and "Read more" holds the whole text', () => {
      const { container } = render(<ReviewCard review={review({ body })} maxLength={40} />)
      const excerpt = container.querySelector('.review-excerpt') as HTMLElement
      expect(excerpt).toHaveTextContent(/^I had tried everything for my shoulder…$/)
      const shown = excerpt.textContent as string
      expect(shown.length).toBeLessThanOrEqual(41)
      expect(body.split(' ')).toContain(shown.slice(0, -1).split(' ').at(-1))
      // A native disclosure: it opens without JavaScript and is announced as a button.
      const details = container.querySelector('details') as HTMLDetailsElement
      expect(details.open).toBe(false)
      expect(details.querySelector('summary')).toHaveTextContent(
        'Read moreShow less of the review by Linda M.',
      )
      expect(details.querySelector('.review-body')?.textContent).toBe(body)
    })

    it('drops trailing punctuation before the ellipsis', () => {
      const words = 'Wonderful staff, truly. The doctors listened and explained every single step.'
      const { container } = render(<ReviewCard review={review({ body: words })} maxLength={24} />)
      expect(container.querySelector('.review-excerpt')).toHaveTextContent(
        /^Wonderful staff, truly…$/,
      )
    })
  })

  it('shows short words whole, with no "Read more", even with a maximum length', () => {
    const { container } = render(
      <ReviewCard review={review({ body: 'Great care.' })} maxLength={40} />,
    )
    expect(quote(container)).toHaveTextContent(/^Great care\.$/)
    expect(container.querySelector('details')).not.toBeInTheDocument()
  })

  it('shows the whole review without a maximum length', () => {
    const body = 'word '.repeat(100).trim()
    const { container } = render(<ReviewCard review={review({ body })} />)
    expect(quote(container).textContent).toBe(body)
    expect(container.querySelector('details')).not.toBeInTheDocument()
  })

  it('links to the original review in a new tab, named for the reviewer', () => {
    render(<ReviewCard review={review()} />)
    const link = screen.getByRole('link', {
      name: 'Read the original on Google (review by Linda M., opens in a new tab)',
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
    expect(caption(container)).toHaveTextContent(/^Linda M\., March 10, 2026$/)
  })

  it('names each source on its badge, and an unknown one as "Other site"', () => {
    const { container, rerender } = render(<ReviewCard review={review({ source: 'website' })} />)
    expect(container.querySelector('.source-badge')).toHaveTextContent(/^Our website$/)
    rerender(<ReviewCard review={review({ source: 'yelp' as Review['source'] })} />)
    expect(container.querySelector('.source-badge')).toHaveTextContent(/^Other site$/)
    expect(screen.getByRole('link', { name: /^Read the original on another site/ })).toBeVisible()
  })

  it('leaves out a date it cannot read instead of printing "Invalid Date"', () => {
    const { container } = render(
      <ReviewCard review={review({ reviewedAt: 'not a date', sourceUrl: null })} />,
    )
    expect(caption(container)).toHaveTextContent(/^Linda M\.$/)
    expect(container.querySelector('time')).not.toBeInTheDocument()
  })

  it('shows markup in the review or the name as text, never as HTML', () => {
    const body = '<img src=x onerror="alert(1)"> <b>Best</b> clinic <script>alert(2)</script>'
    const reviewerName = '<script>alert("x")</script>'
    const { container } = render(
      <ReviewCard review={review({ body: body.repeat(5), reviewerName })} maxLength={60} />,
    )
    expect(container.querySelector('.review-body')?.textContent).toBe(body.repeat(5))
    expect(caption(container)).toHaveTextContent(reviewerName, { normalizeWhitespace: false })
    expect(container.querySelector('img, b, script')).not.toBeInTheDocument()
  })
})
