import { type PayloadRequest, ValidationError, type Where } from 'payload'

import type { Citation } from '@/payload-types'
import { checkDoi, checkPmid } from '@/validation'

import { detectPaste, type PastedItem } from './detectPaste'
import { convertPmcid, lookupDoi, lookupPmid } from './lookup'
import { normalizeDoi, titleKey } from './names'
import { parseBibtex, parseRis } from './parseFile'
import { parseNbib } from './parseNbib'
import { parseText } from './parseText'
import { CitationInputError, type CitationData } from './types'

export { CitationInputError } from './types'
export type { CitationData } from './types'

export const IMPORT_FORMATS = {
  paste: 'pasted text',
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

const FORMAT_LIST = 'paste, text, ris, bibtex, nbib, pmid or doi'

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
      `The ${IMPORT_FORMATS[format]} is ${value.length.toLocaleString('en-US')} characters long; the limit is ${MAX_IMPORT_CHARS.toLocaleString('en-US')}. ${format === 'paste' ? 'Paste one reference, or a short list, at a time.' : 'Import one reference at a time.'}`,
      format,
    )
  return { format, value: value.replace(/^\uFEFF/, '') }
}

/** A PMID or DOI as sent, tidied and checked. */
const identifier = (format: 'pmid' | 'doi', value: string): string => {
  const id = format === 'pmid' ? value.trim().replace(/^PMID:?\s*/i, '') : normalizeDoi(value)
  const check = format === 'pmid' ? checkPmid(id) : checkDoi(id)
  if (check !== true) throw new CitationInputError(check, format)
  return id
}

/** Parses offline formats here; PMIDs and DOIs are looked up at PubMed and Crossref. */
export const readCitation = async ({
  format,
  value,
}: {
  format: Exclude<ImportFormat, 'paste'>
  value: string
}): Promise<CitationData> => {
  switch (format) {
    case 'pmid':
      return lookupPmid(identifier('pmid', value))
    case 'doi':
      return lookupDoi(identifier('doi', value))
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

/** The first saved citation matching any of these conditions (trash excluded, as Payload does). */
const firstCitation = async (req: PayloadRequest, same: Where[]): Promise<Citation | null> => {
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
  return firstCitation(req, same)
}

/** The saved paper with this PMID, DOI or PMCID: asked before any look-up, which may be offline. */
export const findByIdentifier = async (
  req: PayloadRequest,
  ids: { pmid?: string; doi?: string; pmcid?: string },
): Promise<Citation | null> => {
  const same: Where[] = []
  if (ids.pmid) same.push({ pmid: { equals: ids.pmid } })
  if (ids.doi) same.push({ doiKey: { equals: ids.doi.toLowerCase() } })
  if (ids.pmcid) same.push({ pmcid: { equals: ids.pmcid } })
  if (!same.length) return null
  return firstCitation(req, same)
}

export type ImportResult = {
  created: boolean
  /** The first (usually the only) paper. */
  doc: Citation
  /** Every paper of the request, in the order pasted. */
  docs: Citation[]
  message: string
}

const alreadySaved = (doc: Citation): ImportResult => ({
  created: false,
  doc,
  docs: [doc],
  message: `This paper is already saved as citation ${doc.id}: "${doc.title}". Nothing was added.`,
})

/** Finds the same paper, or creates it with the editor's own access. */
const save = async (req: PayloadRequest, data: CitationData): Promise<ImportResult> => {
  const existing = await findExisting(req, data)
  if (existing) return alreadySaved(existing)
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
  return { created: true, doc, docs: [doc], message: `Citation added: "${doc.title}".` }
}

type Read = { saved: Citation } | { data: CitationData }

/** One pasted item: the library first, then PubMed, PubMed Central or Crossref. */
const readPasted = async (req: PayloadRequest, item: PastedItem): Promise<Read> => {
  if (item.kind === 'text') return { data: parseText(item.value) }
  const saved = await findByIdentifier(req, { [item.kind]: item.value })
  if (saved) return { saved }
  if (item.kind === 'pmid') return { data: await lookupPmid(item.value) }
  if (item.kind === 'doi') return { data: await lookupDoi(item.value) }
  const ids = await convertPmcid(item.value)
  const known = await findByIdentifier(req, ids)
  if (known) return { saved: known }
  if (!ids.pmid && !ids.doi)
    throw new CitationInputError(
      `PubMed Central lists ${item.value} without a PubMed ID or DOI. Paste the whole reference instead.`,
      'pmcid',
      404,
    )
  const data = ids.pmid ? await lookupPmid(ids.pmid) : await lookupDoi(ids.doi!)
  return { data: { ...data, pmcid: item.value } }
}

/** Any failure of one pasted item as a message for the paste box, saying which item it was. */
const pasteError = (error: unknown, prefix: string): unknown => {
  if (error instanceof CitationInputError)
    return new CitationInputError(prefix + error.message, 'paste', error.status)
  const invalid = validationMessages(error)
  if (invalid.length)
    return new CitationInputError(
      prefix + invalid.map(({ field, message }) => `${field}: ${message}`).join(' '),
      'paste',
    )
  return error
}

/**
 * What the citation picker sends: one or several references, each a PMID, DOI, PMCID, link or
 * printed reference. All are read before any is saved, and a failed save removes the papers this
 * paste created, so a bad paste leaves the library as it was.
 */
export const importPaste = async (req: PayloadRequest, paste: string): Promise<ImportResult> => {
  const items = detectPaste(paste)
  const prefix = (index: number) =>
    items.length > 1 ? `Reference ${index + 1} of ${items.length}: ` : ''
  const reads: Read[] = []
  for (const [index, item] of items.entries()) {
    try {
      reads.push(await readPasted(req, item))
    } catch (error) {
      throw pasteError(error, prefix(index))
    }
  }
  const results: ImportResult[] = []
  try {
    for (const read of reads)
      results.push('saved' in read ? alreadySaved(read.saved) : await save(req, read.data))
  } catch (error) {
    for (const { created, doc } of results)
      if (created)
        await req.payload.delete({ collection: 'citations', id: doc.id, overrideAccess: true, req })
    throw pasteError(error, prefix(results.length))
  }
  if (results.length === 1) return results[0]
  const added = results.filter(({ created }) => created).length
  return {
    created: added > 0,
    doc: results[0].doc,
    docs: results.map(({ doc }) => doc),
    message: `${results.length} references: ${added} added, ${results.length - added} already saved.`,
  }
}

export const importCitation = async (req: PayloadRequest, body: unknown): Promise<ImportResult> => {
  const request = readImportRequest(body)
  if (request.format === 'paste') return importPaste(req, request.value)
  const { format, value } = request
  if (format === 'pmid' || format === 'doi') {
    const id = identifier(format, value)
    const saved = await findByIdentifier(req, { [format]: id })
    if (saved) return alreadySaved(saved)
    return save(req, format === 'pmid' ? await lookupPmid(id) : await lookupDoi(id))
  }
  return save(req, await readCitation({ format, value }))
}
/** Payload's own validation errors (a bad year, an http-less URL) as `{ field, message }`. */
export const validationMessages = (error: unknown): Array<{ field: string; message: string }> =>
  error instanceof ValidationError
    ? (error.data?.errors ?? []).map(({ path, message }) => ({ field: path, message }))
    : []
