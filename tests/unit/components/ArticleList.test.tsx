import { render, screen, within } from '@testing-library/react'

import { ArticleList } from '@/components/ArticleList'

type Item = Parameters<typeof ArticleList>[0]['articles'][number]

const healingCycle: Item = {
  id: 10,
  title: 'How stem cells help fix a broken healing cycle',
  slug: 'healing-cycle',
  subtitle: 'What a laboratory study suggests',
  excerpt: 'Inflammation can keep a joint from healing. Here is what the research shows.',
  publishedAt: '2026-11-02T15:00:00.000Z',
}
const kneePain: Item = {
  id: 11,
  title: 'Knee pain after running',
  slug: 'knee-pain-after-running',
  subtitle: null,
  excerpt: null,
  publishedAt: null,
}

const EMPTY = 'No articles on this topic yet.'

describe('ArticleList', () => {
  it('lists each article, in order, with its title linking to the article', () => {
    render(<ArticleList articles={[healingCycle, kneePain]} empty={EMPTY} />)
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(
      screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['How stem cells help fix a broken healing cycle', '/articles/healing-cycle'],
      ['Knee pain after running', '/articles/knee-pain-after-running'],
    ])
    expect(screen.queryByText(EMPTY)).not.toBeInTheDocument()
  })

  it('shows subtitle, excerpt and the publication date', () => {
    render(<ArticleList articles={[healingCycle]} empty={EMPTY} />)
    const item = screen.getByRole('listitem')
    expect(within(item).getByText('What a laboratory study suggests')).toBeInTheDocument()
    expect(
      within(item).getByText(/^Inflammation can keep a joint from healing\./),
    ).toBeInTheDocument()
    const date = within(item).getByText('November 2, 2026')
    expect(date.tagName).toBe('TIME')
    expect(date).toHaveAttribute('dateTime', '2026-11-02T15:00:00.000Z')
  })

  it('titles each article with an h3 by default, or the heading level asked for', () => {
    const { rerender } = render(<ArticleList articles={[healingCycle]} empty={EMPTY} />)
    expect(screen.getByRole('heading', { level: 3, name: healingCycle.title })).toBeInTheDocument()
    rerender(<ArticleList articles={[healingCycle]} empty={EMPTY} headingLevel="h2" />)
    expect(screen.getByRole('heading', { level: 2, name: healingCycle.title })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument()
  })

  it('shows just the linked title when subtitle, excerpt and date are missing', () => {
    render(<ArticleList articles={[kneePain]} empty={EMPTY} />)
    const item = screen.getByRole('listitem')
    expect(item).toHaveTextContent(/^Knee pain after running$/)
    expect(item.querySelector('time')).toBeNull()
    expect(item.querySelectorAll('p')).toHaveLength(0)
  })

  it('leaves out a date that cannot be read rather than printing an empty one', () => {
    render(<ArticleList articles={[{ ...kneePain, publishedAt: 'not a date' }]} empty={EMPTY} />)
    const item = screen.getByRole('listitem')
    expect(item.querySelector('time')).toBeNull()
    expect(item.querySelectorAll('p')).toHaveLength(0)
  })

  it('shows the empty message, and no list, when there are no articles', () => {
    render(<ArticleList articles={[]} empty={EMPTY} />)
    expect(screen.getByText(EMPTY)).toBeInTheDocument()
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})
