import { MAX_QUERY_LENGTH } from '@/search/query'

/**
 * The compact search box in the header of every page: a plain GET form to /search, so it works
 * without JavaScript. Its label is read out but not shown; the button says what it does.
 */
export const HeaderSearch = () => (
  <form className="header-search" action="/search" method="get" role="search" aria-label="Site">
    <label htmlFor="header-search-q" className="visually-hidden">
      Search the site
    </label>
    <input
      id="header-search-q"
      name="q"
      type="search"
      placeholder="Search the site"
      maxLength={MAX_QUERY_LENGTH}
      autoComplete="off"
      enterKeyHint="search"
    />
    <button type="submit">Search</button>
  </form>
)
