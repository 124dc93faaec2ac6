/** @jest-environment node */
import { detectIdentifier, detectPaste } from '@/citations/import/detectPaste'
import { CitationInputError } from '@/citations/import/types'

const AMA =
  'Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717. doi:10.18632/aging.101007'
const VANCOUVER =
  'Kellgren JH, Lawrence JS. Radiological assessment of osteo-arthrosis. Ann Rheum Dis 1957;16(4):494-502.'
const APA =
  'Moher, D., Liberati, A., Tetzlaff, J., & Altman, D. G. (2009). Preferred reporting items for systematic reviews and meta-analyses: The PRISMA statement. PLoS Medicine, 6(7), e1000097. https://doi.org/10.1371/journal.pmed.1000097'

const refusal = (paste: string): CitationInputError => {
  try {
    detectPaste(paste)
  } catch (error) {
    expect(error).toBeInstanceOf(CitationInputError)
    expect((error as CitationInputError).field).toBe('paste')
    return error as CitationInputError
  }
  throw new Error(`"${paste.slice(0, 40)}" was accepted`)
}

describe('detectIdentifier', () => {
  it.each([
    ['16923606', { kind: 'pmid', value: '16923606' }],
    ['PMID: 16923606', { kind: 'pmid', value: '16923606' }],
    [' pmid 16923606. ', { kind: 'pmid', value: '16923606' }],
    ['https://pubmed.ncbi.nlm.nih.gov/16923606/', { kind: 'pmid', value: '16923606' }],
    ['https://www.ncbi.nlm.nih.gov/pubmed/16923606', { kind: 'pmid', value: '16923606' }],
    ['10.1371/journal.pmed.1000097', { kind: 'doi', value: '10.1371/journal.pmed.1000097' }],
    ['doi: 10.1371/journal.pmed.1000097.', { kind: 'doi', value: '10.1371/journal.pmed.1000097' }],
    [
      'https://doi.org/10.1016/S0140-6736(19)30417-1',
      { kind: 'doi', value: '10.1016/S0140-6736(19)30417-1' },
    ],
    ['https://dx.doi.org/10.1000%2Fxyz123', { kind: 'doi', value: '10.1000/xyz123' }],
    ['PMC5047731', { kind: 'pmcid', value: 'PMC5047731' }],
    ['PMCID: PMC5047731', { kind: 'pmcid', value: 'PMC5047731' }],
    [
      'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5047731/',
      { kind: 'pmcid', value: 'PMC5047731' },
    ],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC5047731/', { kind: 'pmcid', value: 'PMC5047731' }],
    ['<https://pmc.ncbi.nlm.nih.gov/articles/pmc5047731>', { kind: 'pmcid', value: 'PMC5047731' }],
  ])('%s', (text, expected) => {
    expect(detectIdentifier(text)).toEqual(expected)
  })

  it('leaves a reference alone', () => {
    expect(detectIdentifier(AMA)).toBeNull()
  })

  it.each([
    ['0123', /PubMed ID/],
    ['1234567890', /PubMed ID/],
    ['https://pubmed.ncbi.nlm.nih.gov/abc/', /PubMed ID/],
    ['https://pubmed.ncbi.nlm.nih.gov/', /names no article/],
    ['10.abc/xyz', /A DOI starts with 10\./],
    ['https://doi.org/not-a-doi', /A DOI starts with 10\./],
    ['PMCabc', /PubMed Central ID/],
    ['https://pmc.ncbi.nlm.nih.gov/articles/', /PubMed Central ID/],
    ['https://example.org/paper.pdf', /not a PubMed, PubMed Central or doi\.org link/],
  ])('refuses %s', (text, message) => {
    expect(() => detectIdentifier(text)).toThrow(message)
  })
})

describe('detectPaste', () => {
  it('reads one reference in AMA, Vancouver or APA style as text', () => {
    for (const reference of [AMA, VANCOUVER, APA])
      expect(detectPaste(reference)).toEqual([{ kind: 'text', value: reference }])
  })

  it('joins one reference wrapped across lines, as copied from a PDF', () => {
    const wrapped =
      'Kellgren JH, Lawrence JS. Radiological assessment of\nosteo-arthrosis. Ann Rheum Dis\n1957;16(4):494-502.'
    expect(detectPaste(wrapped)).toEqual([{ kind: 'text', value: wrapped.replace(/\n/g, ' ') }])
  })

  it('splits a numbered list, keeping continuation lines with their entry', () => {
    const list = `1. ${AMA}\n2. ${VANCOUVER}\n   PMID: 13498604\n[3] 16923606`
    expect(detectPaste(list)).toEqual([
      { kind: 'text', value: `1. ${AMA}` },
      { kind: 'text', value: `2. ${VANCOUVER} PMID: 13498604` },
      { kind: 'pmid', value: '16923606' },
    ])
  })

  it('splits lines that each read as a reference or an identifier', () => {
    expect(detectPaste(`${VANCOUVER}\r\n\r\n10.1371/journal.pmed.1000097\n16923606`)).toEqual([
      { kind: 'text', value: VANCOUVER },
      { kind: 'doi', value: '10.1371/journal.pmed.1000097' },
      { kind: 'pmid', value: '16923606' },
    ])
  })

  it('says which reference of a list is wrong', () => {
    expect(refusal('16923606\n10.abc/x').message).toMatch(
      /^Reference 2 of 2: A DOI starts with 10\./,
    )
  })

  it('refuses an empty paste and a whole bibliography', () => {
    expect(refusal(' \n\t ').message).toMatch(/Nothing was pasted/)
    const many = Array.from({ length: 21 }, (_, i) => `${i + 1}. ${VANCOUVER}`).join('\n')
    expect(refusal(many).message).toMatch(/holds 21 references; paste at most 20/)
  })
})
