import { render, screen, within } from '@testing-library/react'

import { TopicTrail } from '@/components/TopicTrail'

const prolotherapy = { id: 1, name: 'Prolotherapy', slug: 'prolotherapy' }
const knee = { id: 2, name: 'Knee', slug: 'knee' }

describe('TopicTrail', () => {
  it('links each topic, in order, to its page inside a "Topic" navigation', () => {
    render(<TopicTrail topics={[prolotherapy, knee]} />)
    const trail = screen.getByRole('navigation', { name: 'Topic' })
    const items = within(trail).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(['Prolotherapy', 'Knee'])
    expect(
      within(trail)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Prolotherapy', '/topics/prolotherapy'],
      ['Knee', '/topics/knee'],
    ])
    expect(trail.querySelector('[aria-current]')).toBeNull()
  })

  it('ends with the current topic, unlinked and marked as the current page', () => {
    render(<TopicTrail topics={[prolotherapy]} current={{ id: 2, name: 'Knee' }} />)
    const trail = screen.getByRole('navigation', { name: 'Topic' })
    const items = within(trail).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(['Prolotherapy', 'Knee'])
    expect(items[1]).toHaveAttribute('aria-current', 'page')
    expect(within(items[1]).queryByRole('link')).not.toBeInTheDocument()
    expect(within(trail).getAllByRole('link')).toHaveLength(1)
  })

  it('shows just the current topic on a top-level topic page', () => {
    render(<TopicTrail topics={[]} current={{ id: 1, name: 'Prolotherapy' }} />)
    const trail = screen.getByRole('navigation', { name: 'Topic' })
    expect(within(trail).getByRole('listitem')).toHaveTextContent('Prolotherapy')
    expect(within(trail).queryByRole('link')).not.toBeInTheDocument()
  })

  it('renders nothing when there are no topics and no current topic', () => {
    const { container } = render(<TopicTrail topics={[]} />)
    expect(container).toBeEmptyDOMElement()
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
  })
})
