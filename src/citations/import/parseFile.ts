import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'

import { fromCsl, type CslLike } from './fromCsl'
import { tidy } from './names'
import { CitationInputError, type CitationData } from './types'

const single = (items: CslLike[], field: string, kind: string): CslLike => {
  if (items.length === 0) throw new CitationInputError(`The ${kind} holds no reference.`, field)
  if (items.length > 1)
    throw new CitationInputError(
      `The ${kind} holds ${items.length} references. Import one reference at a time.`,
      field,
    )
  return items[0]
}

// forceType keeps citation-js from guessing, which could make it fetch a URL or DOI itself.
const parse = (input: string, type: string, field: string, kind: string): CslLike => {
  let items: CslLike[]
  try {
    items = new Cite(input, { forceType: type }).data as CslLike[]
  } catch (error) {
    throw new CitationInputError(
      `The ${kind} could not be read: ${error instanceof Error ? error.message : String(error)}`,
      field,
    )
  }
  return single(items, field, kind)
}

export const parseRis = (input: string): CitationData => {
  if (!/^TY {2}- /m.test(input))
    throw new CitationInputError(
      'This is not a RIS file: a RIS reference starts with a line like "TY  - JOUR".',
      'ris',
    )
  const item = parse(input, '@ris/file', 'ris', 'RIS file')
  // citation-js reads T2 (the full journal name); AMA wants the abbreviation from J2/JO/JA.
  const abbreviation = /^(?:J2|JO|JA) {2}- (.+)$/m.exec(input)?.[1]
  const pmid = /^AN {2}- (\d{1,9})\s*$/m.exec(input)?.[1]
  return fromCsl(
    { ...item, journalAbbreviation: tidy(abbreviation) || undefined, PMID: item.PMID ?? pmid },
    'ris',
  )
}

export const parseBibtex = (input: string): CitationData => {
  if (!/@\w+\s*[{(]/.test(input))
    throw new CitationInputError(
      'This is not BibTeX: an entry starts like "@article{key, author = {…}, …}".',
      'bibtex',
    )
  return fromCsl(parse(input, '@biblatex/text', 'bibtex', 'BibTeX entry'), 'bibtex')
}
