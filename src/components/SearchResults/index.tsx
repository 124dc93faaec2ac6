import type { SearchHit } from '@/data/search'
import { formatLongDate } from '@/display/date'
import { highlightMatches, type SnippetSegment } from '@/search/snippet'

/** Text with the searched words in <mark>; always rendered as text, never as HTML. */
export const Highlighted = ({ segments }: { segments: SnippetSegment[] }) => (
  <>
    {segments.map((segment, index) =>
      segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
    )}
  </>
)

type Props = { hits: SearchHit[]; words: string[]; start: number }

/** One page of search results: what each one is, its title as a link, and where it matched. */
export const SearchResults = ({ hits, words, start }: Props) => (
  <ol className="search-results" start={start}>
    {hits.map((hit) => {
      const date = hit.type === 'articles' ? formatLongDate(hit.date) : undefined
      return (
        <li key={`${hit.type}:${hit.id}`} className="search-result">
          <p className="search-result-type">{hit.typeLabel}</p>
          <h3>
            <a href={hit.href}>
              <Highlighted segments={highlightMatches(hit.title, words)} />
            </a>
          </h3>
          {hit.snippet.length ? (
            <p className="search-snippet">
              <Highlighted segments={hit.snippet} />
            </p>
          ) : null}
          {date && hit.date ? (
            <p className="meta">
              <time dateTime={hit.date}>{date}</time>
            </p>
          ) : null}
        </li>
      )
    })}
  </ol>
)
