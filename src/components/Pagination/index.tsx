import { pageHref, pageWindow } from '@/display/pagination'

type Props = {
  page: number
  totalPages: number
  /** The listing's path, e.g. /articles. */
  path: string
  /** Query parameters every page link keeps, e.g. the topic filter. */
  params?: Record<string, string | undefined>
}

/** Previous, numbered pages and Next; "Page 2 of 5". Nothing when everything fits on one page. */
export const Pagination = ({ page, totalPages, path, params = {} }: Props) => {
  if (totalPages <= 1) return null
  const href = (target: number) => pageHref(path, target, params)
  return (
    <nav aria-label="Pagination" className="pagination">
      <p className="pagination-status">
        Page {page} of {totalPages}
      </p>
      <ul>
        <li>
          {page > 1 ? (
            <a href={href(page - 1)} rel="prev">
              <span aria-hidden="true">← </span>Previous
            </a>
          ) : (
            <span className="disabled" aria-disabled="true">
              <span aria-hidden="true">← </span>Previous
            </span>
          )}
        </li>
        {pageWindow(page, totalPages).map((target, index) =>
          target === null ? (
            <li key={`gap-${index}`} className="gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={target}>
              <a
                href={href(target)}
                aria-current={target === page ? 'page' : undefined}
                aria-label={`Page ${target}`}
              >
                {target}
              </a>
            </li>
          ),
        )}
        <li>
          {page < totalPages ? (
            <a href={href(page + 1)} rel="next">
              Next<span aria-hidden="true"> →</span>
            </a>
          ) : (
            <span className="disabled" aria-disabled="true">
              Next<span aria-hidden="true"> →</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  )
}
