import type { Metadata } from 'next'

import { ArticleList } from '@/components/ArticleList'
import { JsonLd } from '@/components/JsonLd'
import { TopicList } from '@/components/TopicList'
import { TopicTrail } from '@/components/TopicTrail'
import { getAllTopics, getArticlesWhere, getSiteSettings, getTopic } from '@/data'
import { topicWithDescendants } from '@/data/topicTree'
import type { Topic } from '@/payload-types'
import { documentMetadata } from '@/seo/metadata'
import { topicGraph } from '@/seo/structuredData'
import { requestPath } from '@/redirects/normalize'
import { redirectOrNotFound } from '@/redirects/redirectOrNotFound'
import { getStaticSlugs } from '@/data/static'

type Props = { params: Promise<{ slug: string }> }

// A bounded set is rendered at build; the rest on first request, then served from the cache
// until an edit expires it (see docs/architecture.md, Caching).
export const dynamicParams = true

export const generateStaticParams = () => getStaticSlugs('topics')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [topic, settings] = await Promise.all([getTopic((await params).slug), getSiteSettings()])
  return topic ? documentMetadata('topics', topic, settings) : {}
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params
  const topic = await getTopic(slug)
  if (!topic) return redirectOrNotFound(requestPath(['topics', slug]))
  const allTopics = await getAllTopics()
  const subtopics = allTopics.filter((t) => t.parent === topic.id)
  // A topic page also lists what is filed anywhere below it, as /articles?topic= does.
  const articles = await getArticlesWhere({ topics: topicWithDescendants(allTopics, topic.id) })
  const parent = typeof topic.parent === 'object' ? (topic.parent as Topic | null) : null
  return (
    <div className="container narrow">
      <JsonLd data={topicGraph(topic, allTopics)} />
      {parent ? <TopicTrail topics={[parent]} current={topic} /> : null}
      <h1>{topic.name}</h1>
      {topic.description ? <p className="lead">{topic.description}</p> : null}
      {subtopics.length ? (
        <nav aria-label="Subtopics">
          <TopicList topics={subtopics} />
        </nav>
      ) : null}
      <h2>Articles</h2>
      <ArticleList articles={articles} empty="No published articles on this topic yet." />
    </div>
  )
}
