import { render, screen, within } from '@testing-library/react'

import { ArticleSidebar } from '@/components/ArticleSidebar'
import { ReviewsPanel } from '@/components/ReviewsWidget/ReviewsPanel'
import type { CallsToAction, Review, Topic } from '@/payload-types'
import { EMPTY_SUMMARY } from '@/reviews/summary'

const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }
const kneePain: Topic = { id: 5, name: 'Knee pain', slug: 'knee-pain', ...stamp }

const callsToAction: CallsToAction = {
  id: 1,
  sidebar: [
    {
      id: 'a',
      heading: 'Were you recommended surgery?',
      body: 'Ask us for a second opinion first.',
      link: { label: 'Ask for a second opinion', type: 'custom', url: '/contact' },
    },
    {
      id: 'b',
      heading: 'Living with knee pain?',
      link: {
        label: 'Knee treatments',
        type: 'internal',
        reference: { relationTo: 'topics', value: kneePain },
      },
    },
  ],
  reviewsHeading: 'Patients in their own words',
  reviewsCount: 3,
  contactHeading: 'Talk to a nurse',
  contactLink: { label: 'Write to us', type: 'custom', url: '/contact' },
}
const reviews: Review[] = [
  {
    id: 1,
    status: 'approved',
    reviewerName: 'Linda M.',
    rating: 5,
    body: 'After two years of knee pain I can walk my dog again.',
    reviewedAt: '2026-03-10T17:00:00.000Z',
    source: 'google',
    ...stamp,
  },
]
const widget = (total: number) => (
  <ReviewsPanel
    heading={callsToAction.reviewsHeading}
    summary={{ ...EMPTY_SUMMARY, total, ratingCount: total, average: 5 }}
    reviews={total ? reviews : []}
    allHref="/reviews"
  />
)
const offices = [{ id: 1, name: 'Chicagoland Office', phone: '(708) 393-8266' }]

const headings = () =>
  within(screen.getByRole('complementary', { name: 'Get help' }))
    .getAllByRole('heading')
    .map((heading) => `${heading.tagName} ${heading.textContent}`)

describe('ArticleSidebar', () => {
  it('is a complementary landmark named "Get help"', () => {
    render(<ArticleSidebar callsToAction={callsToAction} reviews={widget(8)} offices={offices} />)
    expect(screen.getByRole('complementary', { name: 'Get help' })).toBeInTheDocument()
  })

  it('shows the calls to action in the staff order, then reviews, then how to reach us', () => {
    render(<ArticleSidebar callsToAction={callsToAction} reviews={widget(8)} offices={offices} />)
    expect(headings()).toEqual([
      'H2 Were you recommended surgery?',
      'H2 Living with knee pain?',
      'H2 Patients in their own words',
      'H2 Talk to a nurse',
    ])
    const links = within(screen.getByRole('complementary')).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Ask for a second opinion', '/contact'],
      ['Knee treatments', '/topics/knee-pain'],
      ['Read all 8 reviews', '/reviews'],
      ['Write to us', '/contact'],
      ['(708) 393-8266', 'tel:+17083938266'],
    ])
    expect(screen.getByText('Ask us for a second opinion first.')).toBeInTheDocument()
    expect(screen.getAllByRole('img', { name: '5 out of 5 stars' })).toHaveLength(2)
  })

  it('still shows reviews and contact when staff left the calls to action empty', () => {
    const { rerender } = render(
      <ArticleSidebar
        callsToAction={{ ...callsToAction, sidebar: [] }}
        reviews={widget(1)}
        offices={offices}
      />,
    )
    expect(headings()).toEqual(['H2 Patients in their own words', 'H2 Talk to a nurse'])
    rerender(
      <ArticleSidebar
        callsToAction={{ ...callsToAction, sidebar: null }}
        reviews={widget(1)}
        offices={offices}
      />,
    )
    expect(headings()).toEqual(['H2 Patients in their own words', 'H2 Talk to a nurse'])
  })

  it('leaves out the reviews when there are none approved', () => {
    render(
      <ArticleSidebar
        callsToAction={{ ...callsToAction, sidebar: [] }}
        reviews={widget(0)}
        offices={offices}
      />,
    )
    expect(headings()).toEqual(['H2 Talk to a nurse'])
    expect(screen.queryByRole('link', { name: /Read all/ })).not.toBeInTheDocument()
  })
})
