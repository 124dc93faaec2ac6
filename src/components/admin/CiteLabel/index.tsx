import type { UIFieldServerProps } from 'payload'

import { shortCitation } from '@/citations/shortCitation'

import './styles.css'

// The pill an inline cite shows in the editor: "Platas et al, 2016" instead of just "Citation",
// so writers can see which paper each sentence cites. A marker without its paper shows as an
// error right where it sits, because publishing refuses it.
export const CiteLabel = async ({ siblingData, payload }: UIFieldServerProps) => {
  const value = siblingData?.citation as number | string | { id: number | string } | undefined
  const id = value && typeof value === 'object' ? value.id : value
  const citation = id
    ? await payload.findByID({
        collection: 'citations',
        id,
        depth: 0,
        disableErrors: true,
        select: { authors: true, year: true, title: true },
      })
    : null
  if (!citation)
    return (
      <span
        className="cite-label cite-label--missing"
        title={
          id
            ? 'The paper of this citation was deleted from Citations. Choose another, or remove the marker.'
            : 'This citation has no paper yet. Choose one, or remove the marker.'
        }
      >
        {id ? 'Citation: paper deleted' : 'Citation: no paper'}
      </span>
    )
  return (
    <span className="cite-label" title={citation.title}>
      {shortCitation(citation)}
    </span>
  )
}
