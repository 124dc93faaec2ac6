import { citationLinks } from '@/citations/links'

describe('citationLinks', () => {
  it('links to PubMed, PMC and the DOI resolver for the identifiers we have, in that order', () => {
    expect(
      citationLinks({ pmid: '27470464', pmcid: 'PMC5047731', doi: '10.18632/aging.101007' }),
    ).toEqual([
      { label: 'PubMed', href: 'https://pubmed.ncbi.nlm.nih.gov/27470464/' },
      { label: 'PMC', href: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5047731/' },
      { label: 'DOI', href: 'https://doi.org/10.18632/aging.101007' },
    ])
  })

  it('never invents an identifier: the seed paper has a DOI and no PMID', () => {
    expect(citationLinks({ doi: '10.18632/aging.101007', pmid: null, pmcid: null })).toEqual([
      { label: 'DOI', href: 'https://doi.org/10.18632/aging.101007' },
    ])
    expect(citationLinks({ pmid: '123' })).toEqual([
      { label: 'PubMed', href: 'https://pubmed.ncbi.nlm.nih.gov/123/' },
    ])
  })

  it('falls back to the web address only when there is no identifier', () => {
    expect(citationLinks({ url: 'https://example.org/paper' })).toEqual([
      { label: 'Full text', href: 'https://example.org/paper' },
    ])
    expect(citationLinks({ doi: '10.1000/x', url: 'https://example.org/paper' })).toEqual([
      { label: 'DOI', href: 'https://doi.org/10.1000/x' },
    ])
  })

  it('gives no links at all for a citation without identifiers or address', () => {
    expect(citationLinks({})).toEqual([])
    expect(citationLinks({ pmid: '', pmcid: null, doi: undefined, url: '' })).toEqual([])
  })
})
