import { citationLinks } from '@/citations/links'
import type { NumberedReference } from '@/citations/numberReferences'

type Props = { references: NumberedReference[] }

const letter = (index: number) => String.fromCharCode(97 + (index % 26))

// One way back per place the paper is cited, lettered a, b, c… as in printed journals.
const Backlinks = ({ number, occurrences }: { number: number; occurrences: number }) => {
  if (occurrences <= 1)
    return (
      <a
        href={`#cite-${number}-1`}
        className="backlink"
        aria-label={`Back to where reference ${number} is cited`}
      >
        ↩
      </a>
    )
  return (
    <span className="backlinks">
      <span aria-hidden="true">↩</span>
      {Array.from({ length: occurrences }, (_, index) => (
        <a
          key={index}
          href={`#cite-${number}-${index + 1}`}
          className="backlink"
          aria-label={`Back to where reference ${number} is cited, ${index + 1} of ${occurrences}`}
        >
          {letter(index)}
        </a>
      ))}
    </span>
  )
}

export const References = ({ references }: Props) => {
  if (!references.length) return null
  return (
    <section className="references" aria-labelledby="references-heading">
      <h2 id="references-heading">References</h2>
      <ol>
        {references.map(({ number, citation, occurrences }) => {
          if (typeof citation !== 'object') return null
          return (
            <li key={number} id={`ref-${number}`}>
              <span className="reference-text">{citation.formatted}</span>{' '}
              {citationLinks(citation).map((link) => (
                <a key={link.href} href={link.href} className="reference-link" rel="noopener">
                  [{link.label}]
                </a>
              ))}{' '}
              <Backlinks number={number} occurrences={occurrences} />
            </li>
          )
        })}
      </ol>
    </section>
  )
}
