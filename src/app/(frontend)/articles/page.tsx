import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { Pagination } from '@/components/Pagination'
import { SearchForm } from '@/components/SearchForm'
import { getAllTopics, getArticlesPage, getSiteSettings } from '@/data'
import { topicWithDescendants } from '@/data/topicTree'
import { pagedTitle, pageHref, readListingQuery } from '@/display/pagination'
import type { Topic } from '@/payload-types'
import { cardImage } from '@/seo/metaDefaults'
import { listingMetadata } from '@/seo/metadata'
import { pathOf } from '@/urls'

const PER_PAGE = 10

type SearchParams = Promise<{ page?: string | string[]; topic?: string | string[] }>
type Props = { searchParams: SearchParams }

/** What the query asks for: a page number (1 for anything odd) and the topic, if it exists. */
const readQuery = async (searchParams: SearchParams) => {
  const topics = await getAllTopics()
  const { page, slug, chosen } = readListingQuery(await searchParams, 'topic', topics)
  return { page, topicSlug: slug, topic: chosen, topics }
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ page, topic }, settings] = await Promise.all([
    readQuery(searchParams),
    getSiteSettings(),
  ])
  const title = topic ? `Articles about ${topic.name}` : 'Articles'
  return listingMetadata(
    'articles',
    {
      // Each topic and page number is a page of its own; anything else in the query is not.
      path: pageHref('/articles', page, { topic: topic?.slug }),
      title: pagedTitle(title, page),
      description: topic
        ? `Patient-education articles about ${topic.name} from our physicians, newest first.`
        : 'Patient-education articles from our physicians, newest first.',
      image: topic
        ? cardImage('topics', topic.slug, topic.name, settings, topic.updatedAt)
        : undefined,
    },
    settings,
  )
}

export default async function ArticlesPage({ searchParams }: Props) {
  const { page, topicSlug, topic, topics } = await readQuery(searchParams)
  const filter = topic ? topicWithDescendants(topics, topic.id) : undefined
  const result = await getArticlesPage(page, PER_PAGE, filter)
  // A page number past the last page is an address that does not exist.
  if (page > 1 && page > result.totalPages) notFound()
  const params = { topic: topic?.slug }

  return (
    <div className="container narrow">
      <h1>{topic ? `Articles about ${topic.name}` : 'Articles'}</h1>
      <SearchForm />
      {topics.length ? (
        <nav aria-label="Filter by topic" className="topic-filter">
          <ul className="chip-list">
            <li>
              <a href="/articles" aria-current={topic ? undefined : 'page'}>
                All topics
              </a>
            </li>
            {topics.map((candidate: Topic) => (
              <li key={candidate.id}>
                <a
                  href={pageHref('/articles', 1, { topic: candidate.slug })}
                  aria-current={candidate.id === topic?.id ? 'page' : undefined}
                >
                  {candidate.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {topicSlug && !topic ? (
        <p className="notice" role="status">
          We could not find that topic, so all articles are shown.
        </p>
      ) : null}
      {topic ? (
        <p className="muted">
          {result.totalDocs === 1 ? '1 article' : `${result.totalDocs} articles`}, including its
          subtopics. <a href={pathOf('topics', topic.slug)}>About {topic.name}</a>
        </p>
      ) : null}
      <ArticleList
        articles={result.articles}
        headingLevel="h2"
        empty={
          topic
            ? 'No published articles on this topic yet.'
            : 'No articles have been published yet.'
        }
      />
      <Pagination page={page} totalPages={result.totalPages} path="/articles" params={params} />
    </div>
  )
}
