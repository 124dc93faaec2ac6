import { citationLinks } from '@/citations/links'
import type { NumberedReference } from '@/citations/numberReferences'

type Props = { references: NumberedReference[] }

export const References = ({ references }: Props) => {
  if (!references.length) return null
  return (
    <section className="references" aria-labelledby="references-heading">
      <h2 id="references-heading">References</h2>
      <ol>
        {references.map(({ number, citation }) => {
          if (typeof citation !== 'object') return null
          return (
            <li key={number} id={`ref-${number}`}>
              <span className="reference-text">{citation.formatted}</span>{' '}
              {citationLinks(citation).map((link) => (
                <a key={link.href} href={link.href} className="reference-link" rel="noopener">
                  [{link.label}]
                </a>
              ))}{' '}
              <a
                href={`#cite-${number}-1`}
                className="backlink"
                aria-label={`Back to where reference ${number} is cited`}
              >
                ↩
              </a>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
