import { render, screen, within } from '@testing-library/react'

import { ReviewsTeaser } from '@/components/ReviewsTeaser'
import type { Review } from '@/payload-types'

const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }
const linda: Review = {
  id: 1,
  status: 'approved',
  featured: true,
  reviewerName: 'Linda M.',
  rating: 5,
  body: 'After two years of knee pain I can walk my dog again.',
  reviewedAt: '2026-03-10T17:00:00.000Z',
  source: 'google',
  ...stamp,
}
const omar: Review = {
  id: 2,
  status: 'approved',
  reviewerName: 'Omar K.',
  recommends: true,
  body: 'Kind staff. '.repeat(40).trim(),
  reviewedAt: '2026-02-01T17:00:00.000Z',
  source: 'facebook',
  ...stamp,
}

describe('ReviewsTeaser', () => {
  it('is a section named by its heading', () => {
    render(<ReviewsTeaser heading="What our patients say" reviews={[linda]} total={1} />)
    const section = screen.getByRole('region', { name: 'What our patients say' })
    expect(
      within(section).getByRole('heading', { level: 2, name: 'What our patients say' }),
    ).toBeInTheDocument()
  })

  it('falls back to "What our patients say" when staff left the heading empty', () => {
    render(<ReviewsTeaser heading="" reviews={[linda]} total={1} />)
    expect(screen.getByRole('heading', { name: 'What our patients say' })).toBeInTheDocument()
  })

  it('uses an h3 when asked', () => {
    render(<ReviewsTeaser heading="Patients say" reviews={[linda]} total={1} headingLevel="h3" />)
    expect(screen.getByRole('heading', { level: 3, name: 'Patients say' })).toBeInTheDocument()
  })

  it('shows one card per review, in the order given, with long reviews shortened', () => {
    const { container } = render(
      <ReviewsTeaser heading="What our patients say" reviews={[linda, omar]} total={12} />,
    )
    const captions = Array.from(container.querySelectorAll('figure figcaption'))
    expect(captions.map((caption) => caption.textContent)).toEqual([
      expect.stringMatching(/^Linda M\. on Google/),
      expect.stringMatching(/^Omar K\. on Facebook/),
    ])
    expect(screen.getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument()
    expect(screen.getByText('Recommends the clinic')).toBeInTheDocument()
    const omarQuote = container.querySelectorAll('blockquote')[1].textContent as string
    expect(omarQuote).toMatch(/…$/)
    expect(omarQuote.length).toBeLessThan(omar.body.length)
  })

  it('links to all reviews with the total count', () => {
    render(<ReviewsTeaser heading="What our patients say" reviews={[linda, omar]} total={12} />)
    expect(screen.getByRole('link', { name: 'Read all 12 reviews' })).toHaveAttribute(
      'href',
      '/reviews',
    )
  })

  it('says "1 review" when there is only one', () => {
    render(<ReviewsTeaser heading="What our patients say" reviews={[linda]} total={1} />)
    expect(screen.getByRole('link', { name: 'Read all 1 review' })).toHaveAttribute(
      'href',
      '/reviews',
    )
    expect(screen.queryByText(/1 reviews/)).not.toBeInTheDocument()
  })

  it('renders nothing, not an empty heading, when there are no reviews', () => {
    const { container, rerender } = render(
      <ReviewsTeaser heading="What our patients say" reviews={[]} total={0} />,
    )
    expect(container).toBeEmptyDOMElement()
    // A stale total with no reviews to show still shows nothing.
    rerender(<ReviewsTeaser heading="What our patients say" reviews={[]} total={3} />)
    expect(container).toBeEmptyDOMElement()
  })
})
