/**
 * PMID, PMCID and DOI of a printed reference, read from its links first and its text second,
 * with the rules the citation import already uses for pasted identifiers. Nothing is guessed:
 * an identifier is returned only when it is written in the reference and valid.
 */
import { detectIdentifier } from '@/citations/import/detectPaste'
import { normalizeDoi } from '@/citations/import/names'
import { DOI, PMCID, PMID } from '@/citations/import/parseText'
import { checkDoi, checkPmcid, checkPmid } from '@/validation'

export type ReferenceIds = { pmid?: string; pmcid?: string; doi?: string }

const PUBMED_HOST = /^(?:www\.)?(?:ncbi\.nlm\.nih\.gov|pubmed\.ncbi\.nlm\.nih\.gov)$/i

// Old PubMed search links name the article in the query: /pubmed/?term=27490266,
// /entrez/query.fcgi?cmd=Retrieve&list_uids=27490266.
const pmidFromQuery = (href: string): string | undefined => {
  try {
    const url = new URL(href)
    if (!PUBMED_HOST.test(url.hostname)) return undefined
    const value = url.searchParams.get('term') ?? url.searchParams.get('list_uids') ?? ''
    const pmid = /^(\d{1,9})(?:\[(?:uid|pmid)\])?$/i.exec(value.trim())?.[1]
    return pmid && checkPmid(pmid) === true ? pmid : undefined
  } catch {
    return undefined
  }
}

// A DOI printed at the end of a sentence or inside brackets: "(doi:10.1/x)." DOIs may hold
// balanced parentheses, as in 10.1016/S0140-6736(20)30183-5.
const trimDoi = (doi: string): string => {
  let value = normalizeDoi(doi)
  for (;;) {
    const last = value.slice(-1)
    const open = last === ')' ? '(' : last === ']' ? '[' : null
    if (open && value.split(open).length - 1 < value.split(last).length - 1)
      value = value.slice(0, -1)
    else if (/[.,;:]$/.test(value)) value = value.slice(0, -1)
    else return value
  }
}

const fromLink = (href: string, ids: ReferenceIds): void => {
  if (!/^https?:\/\//i.test(href.trim())) return
  let found: ReturnType<typeof detectIdentifier> = null
  try {
    found = detectIdentifier(href)
  } catch {
    // A PubMed search page or a link to something else: not an identifier by itself.
  }
  if (found?.kind === 'pmid') ids.pmid ??= found.value
  else if (found?.kind === 'pmcid') ids.pmcid ??= found.value
  else if (found?.kind === 'doi') ids.doi ??= trimDoi(found.value)
  else {
    const pmid = pmidFromQuery(href)
    if (pmid) ids.pmid ??= pmid
  }
}

const fromText = (text: string, ids: ReferenceIds): void => {
  for (const [, doi] of text.matchAll(DOI)) {
    const value = trimDoi(doi)
    if (checkDoi(value) === true) ids.doi ??= value
  }
  for (const [, pmid] of text.matchAll(PMID)) if (checkPmid(pmid) === true) ids.pmid ??= pmid
  for (const [, labelled, bare] of text.matchAll(PMCID)) {
    const pmcid = (labelled ?? bare).toUpperCase()
    if (checkPmcid(pmcid) === true) ids.pmcid ??= pmcid
  }
}

/** The identifiers written in a reference: its links' first, then its text's. */
export const referenceIds = (links: string[], text: string): ReferenceIds => {
  const ids: ReferenceIds = {}
  for (const href of links) fromLink(href, ids)
  fromText(text, ids)
  return ids
}
