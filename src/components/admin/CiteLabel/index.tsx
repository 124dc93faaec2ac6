import type { UIFieldServerProps } from 'payload'

import { shortCitation } from '@/citations/shortCitation'

// The pill an inline cite shows in the editor: "Platas et al, 2016" instead of just "Citation",
// so writers can see which paper each sentence cites.
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
  return <span title={citation?.title}>{citation ? shortCitation(citation) : 'Citation'}</span>
}
