import type { Topic } from '@/payload-types'
import { pathOf } from '@/urls'

type Props = {
  topics: Pick<Topic, 'id' | 'name' | 'slug'>[]
  /** The topic whose page this is: shown without a link. */
  current?: Pick<Topic, 'id' | 'name'>
}

/** "Prolotherapy › Knee": where a page sits among the topics. */
export const TopicTrail = ({ topics, current }: Props) => {
  if (!topics.length && !current) return null
  return (
    <nav aria-label="Topic" className="topic-trail">
      <ol>
        {topics.map((topic) => (
          <li key={topic.id}>
            <a href={pathOf('topics', topic.slug)}>{topic.name}</a>
          </li>
        ))}
        {current ? <li aria-current="page">{current.name}</li> : null}
      </ol>
    </nav>
  )
}
