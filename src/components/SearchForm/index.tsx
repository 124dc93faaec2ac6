import { MAX_QUERY_LENGTH } from '@/search/query'

type Props = {
  query?: string
  label?: string
  /** The input's id; each form on a page needs its own (the header has one too). */
  id?: string
}

/** A plain GET form to /search: works without JavaScript, from any page. */
export const SearchForm = ({ query = '', label = 'Search our site', id = 'search-q' }: Props) => (
  <form className="search-form" action="/search" method="get" role="search" aria-label={label}>
    <label htmlFor={id}>{label}</label>
    <div className="search-row">
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className="button">
        Search
      </button>
    </div>
  </form>
)
