import { topicWithDescendants } from '@/data/topicTree'

describe('topicWithDescendants', () => {
  const topics = [
    { id: 1, parent: null },
    { id: 2, parent: 1 },
    { id: 3, parent: { id: 2 } as never },
    { id: 4, parent: null },
    // A loop made by mistake must not hang.
    { id: 5, parent: 6 },
    { id: 6, parent: 5 },
  ]

  it('includes children and grandchildren, not unrelated topics', () => {
    expect(topicWithDescendants(topics, 1).sort()).toEqual([1, 2, 3])
    expect(topicWithDescendants(topics, 2).sort()).toEqual([2, 3])
    expect(topicWithDescendants(topics, 4)).toEqual([4])
    expect(topicWithDescendants(topics, 5).sort()).toEqual([5, 6])
  })
})
