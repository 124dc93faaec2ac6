import type { Citation } from '@/payload-types'

export type CitationLink = { label: string; href: string }

/** Links to where the paper can be read, only for identifiers we actually have. */
export const citationLinks = (
  citation: Pick<Citation, 'pmid' | 'pmcid' | 'doi' | 'url'>,
): CitationLink[] => {
  const links: CitationLink[] = []
  if (citation.pmid)
    links.push({ label: 'PubMed', href: `https://pubmed.ncbi.nlm.nih.gov/${citation.pmid}/` })
  if (citation.pmcid)
    links.push({ label: 'PMC', href: `https://pmc.ncbi.nlm.nih.gov/articles/${citation.pmcid}/` })
  if (citation.doi) links.push({ label: 'DOI', href: `https://doi.org/${citation.doi}` })
  if (!links.length && citation.url) links.push({ label: 'Full text', href: citation.url })
  return links
}
