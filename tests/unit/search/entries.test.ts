import { buildSearchEntry } from '@/search/entries'
import { document, paragraph } from '@/seed/lexical'

const base = { id: 3, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' }

describe('buildSearchEntry', () => {
  it('indexes an article by its title, with subtitle, excerpt and content as text', () => {
    const entry = buildSearchEntry('articles', {
      ...base,
      title: 'Knee Pain Explained',
      slug: 'knee-pain-explained',
      subtitle: 'What helps',
      excerpt: 'A short summary.',
      content: document(paragraph('Prolotherapy strengthens ligaments.')) as never,
      author: 1,
      publishedAt: '2026-01-05T10:00:00.000Z',
    })
    expect(entry).toEqual({
      title: 'Knee Pain Explained',
      priority: 10,
      doc: { relationTo: 'articles', value: 3 },
      slug: 'knee-pain-explained',
      text: 'What helps\nA short summary.\nProlotherapy strengthens ligaments.',
      date: '2026-01-05T10:00:00.000Z',
      searchText:
        'knee pain explained\nwhat helps\na short summary.\nprolotherapy strengthens ligaments.',
    })
  })

  it('indexes pages, topics and physicians with their own text and dates', () => {
    const page = buildSearchEntry('pages', {
      ...base,
      title: 'Disclaimer',
      slug: 'disclaimer',
      content: document(paragraph('Not medical advice.')) as never,
      publishedAt: '2026-01-02T00:00:00.000Z',
    })
    expect(page).toMatchObject({ title: 'Disclaimer', text: 'Not medical advice.', priority: 20 })
    expect(page.date).toBe('2026-01-02T00:00:00.000Z')

    const topic = buildSearchEntry('topics', {
      ...base,
      name: 'Épaule',
      slug: 'epaule',
      description: 'Shoulder problems.',
    })
    expect(topic).toMatchObject({ title: 'Épaule', text: 'Shoulder problems.', priority: 40 })
    expect(topic.searchText).toBe('epaule\nshoulder problems.')
    expect(topic.date).toBe(base.updatedAt)

    const physician = buildSearchEntry('physicians', {
      ...base,
      name: 'Ross Hauser',
      credentials: 'MD',
      slug: 'ross-hauser',
      jobTitle: 'Medical Director',
      bio: document(paragraph('Trained in Chicago.')) as never,
    })
    expect(physician).toMatchObject({
      title: 'Ross Hauser, MD',
      text: 'Medical Director\nTrained in Chicago.',
      priority: 30,
    })
  })
})
