import { LexicalDiffComponent } from '@payloadcms/richtext-lexical/rsc'
import type { FieldDiffServerProps, RichTextField, RichTextFieldClient } from 'payload'

import { citedIds, citeMarkersAsText, type LexicalContent } from '@/citations/citeMarkersAsText'
import { shortCitation } from '@/citations/shortCitation'
import type { Citation } from '@/payload-types'

type DiffArgs = FieldDiffServerProps<RichTextField, RichTextFieldClient>

/**
 * The version comparison of rich text, with each cite marker read as its paper's short name
 * ("[Platas et al, 2016]") instead of Payload's generic "cite InlineBlock"; the diff itself is
 * Payload's own.
 */
export const ContentDiff = async (args: DiffArgs) => {
  const from = args.comparisonValue as LexicalContent
  const to = args.versionValue as LexicalContent
  const ids = [...new Set([...citedIds(from), ...citedIds(to)].map(String))]
  const { docs } = ids.length
    ? await args.req.payload.find({
        collection: 'citations',
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
        req: args.req,
        overrideAccess: false,
      })
    : { docs: [] as Citation[] }
  const names = new Map(docs.map((doc) => [String(doc.id), shortCitation(doc)]))
  const nameOf = (citation: Citation | number | string | null | undefined) =>
    typeof citation === 'object' && citation
      ? shortCitation(citation)
      : (names.get(String(citation)) ?? 'missing paper')
  return (
    <LexicalDiffComponent
      {...args}
      comparisonValue={citeMarkersAsText(from, nameOf)}
      versionValue={citeMarkersAsText(to, nameOf)}
    />
  )
}
