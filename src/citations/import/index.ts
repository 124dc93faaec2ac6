import { type PayloadRequest, ValidationError, type Where } from 'payload'

import type { Citation } from '@/payload-types'
import { checkDoi, checkPmid } from '@/validation'

import { lookupDoi, lookupPmid } from './lookup'
import { normalizeDoi, titleKey } from './names'
import { parseBibtex, parseRis } from './parseFile'
import { parseNbib } from './parseNbib'
import { parseText } from './parseText'
import { CitationInputError, type CitationData } from './types'

export { CitationInputError } from './types'
export type { CitationData } from './types'

export const IMPORT_FORMATS = {
  text: 'pasted reference',
  ris: 'RIS file',
  bibtex: 'BibTeX entry',
  nbib: 'PubMed (.nbib) record',
  pmid: 'PubMed ID',
  doi: 'DOI',
} as const

export type ImportFormat = keyof typeof IMPORT_FORMATS

/** One reference is a few hundred characters; a long .nbib record about 10,000. */
export const MAX_IMPORT_CHARS = 100_000

const FORMAT_LIST = 'text, ris, bibtex, nbib, pmid or doi'

export const readImportRequest = (body: unknown): { format: ImportFormat; value: string } => {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new CitationInputError(
      `Send a JSON object with one of ${FORMAT_LIST}, e.g. { "pmid": "16923606" }.`,
      'body',
    )
  const keys = Object.keys(body).filter((key) => key in IMPORT_FORMATS) as ImportFormat[]
  const unknown = Object.keys(body).filter((key) => !(key in IMPORT_FORMATS))
  if (keys.length !== 1 || unknown.length)
    throw new CitationInputError(
      keys.length > 1
        ? `Send only one of ${FORMAT_LIST}; this request has ${keys.join(' and ')}.`
        : unknown.length
          ? `Unknown field ${unknown.map((key) => `"${key}"`).join(', ')}. Send one of ${FORMAT_LIST}.`
          : `Send one of ${FORMAT_LIST}.`,
      unknown.length ? unknown[0] : 'body',
    )
  const format = keys[0]
  const raw = (body as Record<string, unknown>)[format]
  const value =
    typeof raw === 'number' && format === 'pmid'
      ? String(raw)
      : typeof raw === 'string'
        ? raw
        : null
  if (value === null)
    throw new CitationInputError(`The ${IMPORT_FORMATS[format]} must be text.`, format)
  if (!value.trim()) throw new CitationInputError(`The ${IMPORT_FORMATS[format]} is empty.`, format)
  if (value.length > MAX_IMPORT_CHARS)
    throw new CitationInputError(
      `The ${IMPORT_FORMATS[format]} is ${value.length.toLocaleString('en-US')} characters long; the limit is ${MAX_IMPORT_CHARS.toLocaleString('en-US')}. Import one reference at a time.`,
      format,
    )
  return { format, value: value.replace(/^\uFEFF/, '') }
}

/** Parses offline formats here; PMIDs and DOIs are looked up at PubMed and Crossref. */
export const readCitation = async ({
  format,
  value,
}: {
  format: ImportFormat
  value: string
}): Promise<CitationData> => {
  switch (format) {
    case 'pmid': {
      const pmid = value.trim().replace(/^PMID:?\s*/i, '')
      const check = checkPmid(pmid)
      if (check !== true) throw new CitationInputError(check, 'pmid')
      return lookupPmid(pmid)
    }
    case 'doi': {
      const doi = normalizeDoi(value)
      const check = checkDoi(doi)
      if (check !== true) throw new CitationInputError(check, 'doi')
      return lookupDoi(doi)
    }
    case 'text':
      return parseText(value)
    case 'nbib':
      return parseNbib(value)
    case 'ris':
      return parseRis(value)
    case 'bibtex':
      return parseBibtex(value)
  }
}

/** The same paper: same PMID, same DOI (any case), or the same title and year. */
export const findExisting = async (
  req: PayloadRequest,
  data: CitationData,
): Promise<Citation | null> => {
  const same: Where[] = []
  if (data.pmid) same.push({ pmid: { equals: data.pmid } })
  if (data.doi) same.push({ doiKey: { equals: data.doi.toLowerCase() } })
  const key = titleKey(data.title)
  if (key)
    same.push({
      and: [
        { titleKey: { equals: key } },
        data.year ? { year: { equals: data.year } } : { year: { exists: false } },
      ],
    })
  const { docs } = await req.payload.find({
    collection: 'citations',
    where: { or: same },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

export type ImportResult = { created: boolean; doc: Citation; message: string }

export const importCitation = async (req: PayloadRequest, body: unknown): Promise<ImportResult> => {
  const data = await readCitation(readImportRequest(body))
  const existing = await findExisting(req, data)
  if (existing)
    return {
      created: false,
      doc: existing,
      message: `This paper is already saved as citation ${existing.id}: "${existing.title}". Nothing was added.`,
    }
  // A web address is kept only for papers that have no PubMed or DOI page.
  const { url, ...rest } = data
  const doc = await req.payload.create({
    collection: 'citations',
    data: data.pmid || data.doi ? rest : { ...rest, url },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return { created: true, doc, message: `Citation added: "${doc.title}".` }
}

/** Payload's own validation errors (a bad year, an http-less URL) as `{ field, message }`. */
export const validationMessages = (error: unknown): Array<{ field: string; message: string }> =>
  error instanceof ValidationError
    ? (error.data?.errors ?? []).map(({ path, message }) => ({ field: path, message }))
    : []
