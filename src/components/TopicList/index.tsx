import type { Topic } from '@/payload-types'
import { pathOf } from '@/urls'

type Props = { topics: Pick<Topic, 'id' | 'name' | 'slug'>[] }

/** Topics as large tappable links to their pages. */
export const TopicList = ({ topics }: Props) =>
  topics.length ? (
    <ul className="chip-list">
      {topics.map((topic) => (
        <li key={topic.id}>
          <a href={pathOf('topics', topic.slug)}>{topic.name}</a>
        </li>
      ))}
    </ul>
  ) : null
