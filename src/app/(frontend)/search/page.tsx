import type { Metadata } from 'next'

import { Pagination } from '@/components/Pagination'
import { SearchForm } from '@/components/SearchForm'
import { SearchResults } from '@/components/SearchResults'
import { TopicList } from '@/components/TopicList'
import { getTopLevelTopics } from '@/data/navigation'
import { MAX_RANKED, RESULTS_PER_PAGE, searchSite } from '@/data/search'
import { parsePageParam } from '@/display/pagination'
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, normalizeSearchQuery } from '@/search/query'

type SearchParams = Promise<{ q?: string | string[]; page?: string | string[] }>
type Props = { searchParams: SearchParams }

const rawQuery = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { text } = normalizeSearchQuery(rawQuery((await searchParams).q))
  // Result pages are endless and thin: keep them out of search engines.
  return { title: text ? `Search: ${text}` : 'Search', robots: { index: false, follow: true } }
}

const countHeading = (total: number, text: string, capped: boolean) => {
  if (!total) return `No results for “${text}”`
  const count = capped ? `More than ${MAX_RANKED}` : String(total)
  return `${count} ${total === 1 ? 'result' : 'results'} for “${text}”`
}

const BrowseTopics = async ({ heading }: { heading: string }) => {
  const topics = await getTopLevelTopics()
  if (!topics.length) return null
  return (
    <>
      <h2>{heading}</h2>
      <TopicList topics={topics} />
      <p>
        Or <a href="/articles">browse all articles</a>.
      </p>
    </>
  )
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const page = parsePageParam(params.page)
  const result = await searchSite(rawQuery(params.q), page)
  const { query } = result
  const notices: string[] = []
  if (query.shortened) {
    notices.push(
      `Your search was longer than ${MAX_QUERY_LENGTH} characters, so only the beginning was used.`,
    )
  }
  if (query.droppedWords) {
    notices.push(
      `Only the first ${MAX_QUERY_WORDS} words were searched for; ${query.droppedWords} more ${query.droppedWords === 1 ? 'was' : 'were'} left out.`,
    )
  }
  if (result.pageOutOfRange && result.totalPages) {
    notices.push(`There is no page ${page} of results, so the last page is shown.`)
  }
  if (result.capped) {
    notices.push(
      `Only the first ${MAX_RANKED} matches are listed. Add a word to narrow your search.`,
    )
  }

  return (
    <div className="container narrow">
      <h1>Search</h1>
      <SearchForm id="search-page-q" label="Search for" query={query.text} />
      {notices.map((notice) => (
        <p key={notice} className="notice">
          {notice}
        </p>
      ))}
      {!query.text ? (
        <>
          <p className="lead" role="status">
            Type a word or two above, such as a condition (“knee pain”), a treatment or a doctor’s
            name, to search our articles, pages, topics and physicians.
          </p>
          <BrowseTopics heading="Or browse a topic" />
        </>
      ) : !query.terms.length ? (
        <>
          <div role="status">
            <h2>Nothing to search for in “{query.text}”</h2>
          </div>
          <p>
            Search looks for words, and this has no letters or numbers. Try a word such as “knee” or
            “prolotherapy”.
          </p>
          <BrowseTopics heading="Browse a topic instead" />
        </>
      ) : (
        <section aria-labelledby="results-heading">
          {/* A live region around the heading: role="status" is not allowed on the heading itself. */}
          <div role="status">
            <h2 id="results-heading">
              {countHeading(result.totalDocs, query.text, result.capped)}
            </h2>
          </div>
          {result.hits.length ? (
            <>
              <SearchResults
                hits={result.hits}
                words={query.words}
                start={(result.page - 1) * RESULTS_PER_PAGE + 1}
              />
              <Pagination
                page={result.page}
                totalPages={result.totalPages}
                path="/search"
                params={{ q: query.text }}
              />
            </>
          ) : (
            <>
              <p>Some suggestions:</p>
              <ul>
                <li>Check the spelling of each word.</li>
                <li>Use fewer words, or more general ones (“knee” rather than “left knee”).</li>
                <li>Every word must appear in a result, so leave out words that may not.</li>
              </ul>
              <BrowseTopics heading="Browse a topic instead" />
            </>
          )}
        </section>
      )}
    </div>
  )
}
