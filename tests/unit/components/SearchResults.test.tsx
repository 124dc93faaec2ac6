import { render, screen, within } from '@testing-library/react'

import { SearchResults } from '@/components/SearchResults'
import { SearchForm } from '@/components/SearchForm'
import type { SearchHit } from '@/data/search'
import { makeSnippet } from '@/search/snippet'

const hit = (overrides: Partial<SearchHit>): SearchHit => ({
  id: 1,
  type: 'articles',
  typeLabel: 'Article',
  title: 'Knee pain explained',
  href: '/articles/knee-pain-explained',
  snippet: makeSnippet('Most knee pain comes from ligaments.', ['knee']),
  date: '2026-01-05T10:00:00.000Z',
  ...overrides,
})

describe('SearchResults', () => {
  it('labels each result with its type and links its title', () => {
    render(
      <SearchResults
        words={['knee']}
        start={1}
        hits={[
          hit({}),
          hit({ id: 2, type: 'topics', typeLabel: 'Topic', title: 'Knee', href: '/topics/knee' }),
          hit({
            id: 3,
            type: 'physicians',
            typeLabel: 'Physician',
            title: 'Ross Hauser, MD',
            href: '/physicians/ross-hauser',
            snippet: [],
          }),
          hit({ id: 4, type: 'pages', typeLabel: 'Page', title: 'Knees', href: '/knees' }),
        ]}
      />,
    )
    const items = screen.getAllByRole('listitem')
    expect(items.map((item) => item.querySelector('.search-result-type')?.textContent)).toEqual([
      'Article',
      'Topic',
      'Physician',
      'Page',
    ])
    expect(items.map((item) => within(item).getByRole('link').getAttribute('href'))).toEqual([
      '/articles/knee-pain-explained',
      '/topics/knee',
      '/physicians/ross-hauser',
      '/knees',
    ])
    expect(within(items[0]).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Knee pain explained',
    )
  })

  it('marks the matches in the title and the snippet', () => {
    const { container } = render(<SearchResults words={['knee']} start={1} hits={[hit({})]} />)
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Knee',
      'knee',
    ])
    expect(container.querySelector('.search-snippet')).toHaveTextContent(
      'Most knee pain comes from ligaments.',
    )
  })

  it('shows an article’s date, not a topic’s', () => {
    render(
      <SearchResults
        words={['knee']}
        start={1}
        hits={[hit({}), hit({ id: 2, type: 'topics', typeLabel: 'Topic', href: '/topics/knee' })]}
      />,
    )
    const times = document.querySelectorAll('time')
    expect(times).toHaveLength(1)
    expect(times[0]).toHaveAttribute('dateTime', '2026-01-05T10:00:00.000Z')
  })

  it('renders markup in titles and snippets as text, never as HTML', () => {
    const { container } = render(
      <SearchResults
        words={['<script>']}
        start={11}
        hits={[
          hit({
            title: 'About <script>alert(1)</script>',
            snippet: makeSnippet('Text with <img src=x onerror=alert(1)> and <script>', [
              '<script>',
            ]),
          }),
        ]}
      />,
    )
    expect(container.querySelector('script, img')).toBeNull()
    expect(screen.getByRole('link')).toHaveTextContent('About <script>alert(1)</script>')
    expect(container.querySelector('ol')).toHaveAttribute('start', '11')
  })
})

describe('SearchForm', () => {
  it('is a labelled GET form to /search that keeps the query', () => {
    render(<SearchForm id="search-page-q" label="Search for" query="knee pain" />)
    const form = screen.getByRole('search', { name: 'Search for' })
    expect(form).toHaveAttribute('action', '/search')
    const box = within(form).getByRole('searchbox', { name: 'Search for' })
    expect(box).toHaveValue('knee pain')
    expect(box.id).toBe('search-page-q')
  })
})
