import type { Metadata } from 'next'

import { ArticleList } from '@/components/ArticleList'
import { SearchForm } from '@/components/SearchForm'
import { TopicList } from '@/components/TopicList'
import { searchArticles } from '@/data'
import { getTopLevelTopics } from '@/data/navigation'
import { firstParam } from '@/format/pagination'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

const readQuery = async (searchParams: Props['searchParams']) =>
  (firstParam((await searchParams).q) ?? '').slice(0, 100)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = await readQuery(searchParams)
  // Result pages are endless and thin: keep them out of search engines.
  return { title: query ? `Search: ${query}` : 'Search', robots: { index: false, follow: true } }
}

export default async function SearchPage({ searchParams }: Props) {
  const query = await readQuery(searchParams)
  const [results, topics] = await Promise.all([searchArticles(query), getTopLevelTopics()])
  return (
    <div className="container narrow">
      <h1>Search</h1>
      <SearchForm query={query} />
      {query ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" role="status">
            {results.length === 0
              ? `No articles found for “${query}”`
              : `${results.length} ${results.length === 1 ? 'article' : 'articles'} found for “${query}”`}
          </h2>
          <ArticleList
            articles={results}
            empty="Try fewer or different words, or browse a topic:"
          />
        </section>
      ) : null}
      {query && !results.length && topics.length ? <TopicList topics={topics} /> : null}
    </div>
  )
}
