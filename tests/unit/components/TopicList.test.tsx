import { render, screen } from '@testing-library/react'

import { TopicList } from '@/components/TopicList'

describe('TopicList', () => {
  it('lists each topic, in order, as a link to its page', () => {
    render(
      <TopicList
        topics={[
          { id: 1, name: 'Prolotherapy', slug: 'prolotherapy' },
          { id: 3, name: 'Stem cell therapy', slug: 'stem-cell-therapy' },
          { id: 7, name: 'Knee pain', slug: 'knee-pain' },
        ]}
      />,
    )
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
    const links = screen.getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Prolotherapy', '/topics/prolotherapy'],
      ['Stem cell therapy', '/topics/stem-cell-therapy'],
      ['Knee pain', '/topics/knee-pain'],
    ])
  })

  it('shows a topic name with markup as text', () => {
    const { container } = render(
      <TopicList topics={[{ id: 1, name: '<b>Back</b> pain', slug: 'back-pain' }]} />,
    )
    expect(screen.getByRole('link', { name: '<b>Back</b> pain' })).toHaveAttribute(
      'href',
      '/topics/back-pain',
    )
    expect(container.querySelector('b')).not.toBeInTheDocument()
  })

  it('renders nothing, not an empty list, without topics', () => {
    const { container } = render(<TopicList topics={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
