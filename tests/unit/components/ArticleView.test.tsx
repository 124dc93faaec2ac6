import { render, screen, within } from '@testing-library/react'

import { ArticleView } from '@/components/ArticleView'
import type { Article, Physician, Topic } from '@/payload-types'
import { document, paragraph } from '@/seed/lexical'

const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }
const doctor: Physician = {
  id: 1,
  name: 'Ross Hauser',
  credentials: 'MD',
  slug: 'ross-hauser',
  ...stamp,
}
const prolotherapy: Topic = { id: 1, name: 'Prolotherapy', slug: 'prolotherapy', ...stamp }
const knee: Topic = { id: 2, name: 'Knee', slug: 'knee', parent: prolotherapy, ...stamp }

const article = (overrides: Partial<Article> = {}): Article => ({
  id: 10,
  title: 'How stem cells help fix a broken healing cycle',
  subtitle: 'What a laboratory study suggests',
  slug: 'healing-cycle',
  author: doctor,
  reviewedBy: doctor,
  topics: [knee],
  publishedAt: '2026-11-02T15:00:00.000Z',
  lastReviewedAt: '2026-11-16T12:00:00.000Z',
  content: document(paragraph('Inflammation keeps the joint from healing.')) as Article['content'],
  _status: 'published',
  ...stamp,
  ...overrides,
})

describe('ArticleView', () => {
  it('shows trail, title, subtitle, byline, dates, medical review and the text', () => {
    render(<ArticleView article={article()} />)
    const trail = screen.getByRole('navigation', { name: 'Topic' })
    expect(
      within(trail)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Prolotherapy', 'Knee'])
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How stem cells help fix')
    expect(screen.getByText('What a laboratory study suggests')).toBeInTheDocument()
    expect(screen.getByText(/Published/)).toHaveTextContent('Published November 2, 2026')
    expect(screen.getByText(/Medically reviewed by/)).toHaveTextContent(
      'Medically reviewed by Ross Hauser, MD on November 16, 2026',
    )
    expect(screen.getByText('Inflammation keeps the joint from healing.')).toBeInTheDocument()
  })

  it('still renders sensibly without author, reviewer, topics or hero image', () => {
    render(
      <ArticleView
        article={article({ author: 1, reviewedBy: null, topics: [], heroImage: null })}
      />,
    )
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Topic' })).not.toBeInTheDocument()
    expect(screen.queryByText(/Medically reviewed by/)).not.toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })

  it('lists published related articles and leaves out ones visitors cannot see', () => {
    const related = article({
      id: 11,
      title: 'Knee pain after running',
      slug: 'knee-pain-after-running',
    })
    render(<ArticleView article={article({ relatedArticles: [related, 99] })} />)
    const section = screen.getByRole('region', { name: 'Related articles' })
    expect(
      within(section)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/articles/knee-pain-after-running'])
  })

  it('has no related section when there is nothing to show', () => {
    render(<ArticleView article={article({ relatedArticles: [99] })} />)
    expect(screen.queryByRole('region', { name: 'Related articles' })).not.toBeInTheDocument()
  })
})
