/** The list's own filter, search and sort, as the export endpoint reads them (CSV). */
export const exportQuery = (listParams: Pick<URLSearchParams, 'forEach'>): URLSearchParams => {
  const query = new URLSearchParams({ format: 'csv' })
  listParams.forEach((value, key) => {
    if (key === 'search' || key === 'sort' || key.startsWith('where[')) query.append(key, value)
  })
  return query
}
