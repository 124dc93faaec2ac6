import { checkDoi, checkPmcid, checkPmid } from '@/validation'

import { normalizeDoi } from './names'
import { parseText } from './parseText'
import { CitationInputError } from './types'

/** One thing an editor pasted: an identifier to look up, or a printed reference to read. */
export type PastedItem =
  | { kind: 'pmid'; value: string }
  | { kind: 'doi'; value: string }
  | { kind: 'pmcid'; value: string }
  | { kind: 'text'; value: string }

/** A reference list is pasted to cite a paragraph's sources; more is a whole bibliography. */
export const MAX_PASTED_REFERENCES = 20

const PUBMED_URL =
  /^https?:\/\/(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/([^/?#\s]*)/i
const PMC_URL =
  /^https?:\/\/(?:www\.)?(?:ncbi\.nlm\.nih\.gov\/pmc\/articles|pmc\.ncbi\.nlm\.nih\.gov\/articles|europepmc\.org\/(?:abstract\/PMC|article\/PMC))\/([^/?#\s]*)/i
const DOI_URL = /^https?:\/\/(?:dx\.)?doi\.org\//i
const ANY_URL = /^https?:\/\/\S+$/i
// A numbered entry of a reference list: "1. ", "[1] ", "(1) ", "1) ".
const NUMBERED = /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s+\S/

const fail = (message: string) => new CitationInputError(message, 'paste')

const checked = (item: PastedItem, check: (value: unknown) => true | string): PastedItem => {
  const result = check(item.value)
  if (result !== true) throw fail(result)
  return item
}

const decode = (value: string): string => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * A PMID, DOI, PMCID or a PubMed / PubMed Central / doi.org address, or null when the line is
 * something else (a reference). Malformed identifiers are refused with the rule they break.
 */
export const detectIdentifier = (line: string): PastedItem | null => {
  const text = line
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .replace(/[.,;]+$/, '')
  if (/^(?:PMID\s*:?\s*)?\d+$/i.test(text))
    return checked({ kind: 'pmid', value: text.replace(/^PMID\s*:?\s*/i, '') }, checkPmid)
  const pubmed = PUBMED_URL.exec(text)
  if (pubmed) {
    if (!pubmed[1])
      throw fail('This PubMed address names no article. Open the article and copy its address.')
    return checked({ kind: 'pmid', value: pubmed[1] }, checkPmid)
  }
  const pmc = PMC_URL.exec(text)
  if (pmc) {
    const id = pmc[1].toUpperCase()
    return checked({ kind: 'pmcid', value: id.startsWith('PMC') ? id : `PMC${id}` }, checkPmcid)
  }
  if (/^PMCID\s*:?\s*PMC\w*$|^PMC\w*$/i.test(text))
    return checked(
      { kind: 'pmcid', value: text.replace(/^PMCID\s*:?\s*/i, '').toUpperCase() },
      checkPmcid,
    )
  if (DOI_URL.test(text) || /^doi\s*:?\s*\S+$/i.test(text) || /^10\.\S*$/.test(text))
    return checked({ kind: 'doi', value: normalizeDoi(decode(text)) }, checkDoi)
  if (ANY_URL.test(text))
    throw fail(
      'This web address is not a PubMed, PubMed Central or doi.org link. Paste the PMID, the DOI or the whole reference instead.',
    )
  return null
}

const NUMBER = /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s+/

// "2. https://doi.org/…" in a numbered list is an identifier; parseText drops numbers itself.
const item = (text: string): PastedItem =>
  detectIdentifier(text.replace(NUMBER, '')) ?? { kind: 'text', value: text }

// An identifier-shaped line stands alone even when malformed: it is refused with its own rule.
const standsAlone = (line: string): boolean => {
  try {
    if (detectIdentifier(line.replace(NUMBER, ''))) return true
  } catch {
    return true
  }
  try {
    return Boolean(parseText(line))
  } catch {
    return false
  }
}

/**
 * What was pasted, as the references it holds, in order. Lines are one reference each when the
 * list is numbered or every line reads on its own; otherwise they are one reference wrapped
 * across lines (as copied from a PDF).
 */
export const detectPaste = (paste: string): PastedItem[] => {
  const lines = paste
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (!lines.length) throw fail('Nothing was pasted. Paste a PMID, a DOI, a link or a reference.')

  let references: string[]
  if (lines.length === 1) references = lines
  else if (lines.filter((line) => NUMBERED.test(line)).length > 1) {
    // A wrapped line, or a "doi:"/"PMID:" line, belongs to the numbered entry above it.
    references = []
    for (const line of lines) {
      if (NUMBERED.test(line) || !references.length) references.push(line)
      else references[references.length - 1] += ` ${line}`
    }
  } else if (lines.every(standsAlone)) references = lines
  else references = [lines.join(' ')]

  if (references.length > MAX_PASTED_REFERENCES)
    throw fail(
      `This paste holds ${references.length} references; paste at most ${MAX_PASTED_REFERENCES} at a time.`,
    )
  return references.map((reference, index) => {
    try {
      return item(reference)
    } catch (error) {
      if (error instanceof CitationInputError && references.length > 1)
        throw fail(`Reference ${index + 1} of ${references.length}: ${error.message}`)
      throw error
    }
  })
}
