import type { Topic } from '@/payload-types'

type TopicNode = Pick<Topic, 'id' | 'parent'>

const parentId = (topic: TopicNode): number | string | null =>
  topic.parent && typeof topic.parent === 'object' ? topic.parent.id : (topic.parent ?? null)

/** A topic's id and the ids of every topic below it (children, grandchildren…), without loops. */
export const topicWithDescendants = (topics: TopicNode[], id: number | string): Array<number | string> => {
  const found = new Set<number | string>([id])
  let grew = true
  while (grew) {
    grew = false
    for (const topic of topics) {
      const parent = parentId(topic)
      if (parent !== null && found.has(parent) && !found.has(topic.id)) {
        found.add(topic.id)
        grew = true
      }
    }
  }
  return [...found]
}
