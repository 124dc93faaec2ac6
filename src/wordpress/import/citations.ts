import type { PayloadRequest } from 'payload'

import { findExisting, findByIdentifier, type CitationData } from '@/citations/import'
import { titleKey } from '@/citations/import/names'
import { parseText } from '@/citations/import/parseText'

import type { ExtractedReference } from '../content/references'

export type CitationOutcome =
  { number: number; id: number | string; created: boolean } | { number: number; unparsed: string }

/**
 * A reference from the end of a post as citation data, through the citation import's own
 * parser. Identifiers come only from the reference's text and links.
 */
export const referenceData = (reference: ExtractedReference): CitationData | string => {
  let data: CitationData
  try {
    data = parseText(reference.text)
  } catch (error) {
    return (error as Error).message
  }
  const { pmid, pmcid, doi } = reference.ids
  return {
    ...data,
    pmid: data.pmid ?? pmid,
    pmcid: data.pmcid ?? pmcid,
    doi: data.doi ?? doi,
  }
}

/** What makes two references the same paper, as `findExisting` compares them. */
const paperKeys = (data: CitationData): string[] => [
  ...(data.pmid ? [`pmid:${data.pmid}`] : []),
  ...(data.doi ? [`doi:${data.doi.toLowerCase()}`] : []),
  ...(data.pmcid ? [`pmcid:${data.pmcid}`] : []),
  `title:${titleKey(data.title)}:${data.year ?? ''}`,
]

/**
 * Each reference becomes a citation: the saved one for the same paper (any post, any earlier
 * import) or a new one. `created` lists new ones so a failed post can take them back.
 */
export const saveReferences = async (
  req: PayloadRequest,
  references: ExtractedReference[],
  {
    dryRun,
    wordpressId,
    planned,
  }: {
    dryRun: boolean
    wordpressId: number
    /** A dry run's would-be citations by paper, so a paper cited twice is counted once. */
    planned: Map<string, string>
  },
): Promise<CitationOutcome[]> => {
  const outcomes: CitationOutcome[] = []
  for (const reference of references) {
    const data = referenceData(reference)
    if (typeof data === 'string') {
      outcomes.push({ number: reference.number, unparsed: data })
      continue
    }
    const existing = (await findByIdentifier(req, data)) ?? (await findExisting(req, data))
    if (existing) {
      outcomes.push({ number: reference.number, id: existing.id, created: false })
      continue
    }
    if (dryRun) {
      const keys = paperKeys(data)
      const known = keys.map((key) => planned.get(key)).find(Boolean)
      const id = known ?? `new-${wordpressId}-${reference.number}`
      for (const key of keys) planned.set(key, id)
      outcomes.push({ number: reference.number, id, created: !known })
      continue
    }
    // A web address is kept only for papers that have no PubMed or DOI page, as the import does.
    const { url, ...rest } = data
    const doc = await req.payload.create({
      collection: 'citations',
      data: data.pmid || data.doi ? rest : { ...rest, url },
      depth: 0,
      req,
    })
    outcomes.push({ number: reference.number, id: doc.id, created: true })
  }
  return outcomes
}
