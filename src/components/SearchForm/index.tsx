type Props = { query?: string; label?: string }

/** A plain GET form to /search: works without JavaScript, from any page. */
export const SearchForm = ({ query = '', label = 'Search articles' }: Props) => (
  <form className="search-form" action="/search" method="get" role="search">
    <label htmlFor="search-q">{label}</label>
    <div className="search-row">
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={100}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className="button">
        Search
      </button>
    </div>
  </form>
)
