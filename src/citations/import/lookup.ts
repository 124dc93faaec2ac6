import { fromCsl, type CslLike } from './fromCsl'
import { parseNbib } from './parseNbib'
import { CitationInputError, type CitationData } from './types'

// Base URLs come from the environment so tests (and a proxying deployment) can point elsewhere.
const eutilsUrl = () =>
  (process.env.NCBI_EUTILS_URL || 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils').replace(
    /\/+$/,
    '',
  )
const crossrefUrl = () =>
  (process.env.CROSSREF_API_URL || 'https://api.crossref.org').replace(/\/+$/, '')
const timeoutMs = () => Number(process.env.CITATION_LOOKUP_TIMEOUT_MS) || 10_000
// Crossref and NCBI ask API clients to identify themselves with a contact address.
const contact = () => process.env.CITATION_LOOKUP_EMAIL || ''

const fetchText = async (url: string, service: string, field: string): Promise<Response> => {
  const email = contact()
  try {
    return await fetch(url, {
      headers: {
        accept: 'application/json, text/plain',
        'user-agent': `clinic-site citation import${email ? ` (mailto:${email})` : ''}`,
      },
      signal: AbortSignal.timeout(timeoutMs()),
      redirect: 'follow',
    })
  } catch (error) {
    // A DOMException from another realm under test runners: compare by name.
    const timedOut = (error as { name?: string } | null)?.name === 'TimeoutError'
    throw new CitationInputError(
      timedOut
        ? `${service} did not answer within ${Math.round(timeoutMs() / 1000)} seconds. Try again in a minute, or paste the reference instead.`
        : `${service} could not be reached. Try again in a minute, or paste the reference instead.`,
      field,
      timedOut ? 504 : 502,
    )
  }
}

const remoteError = (service: string, status: number, field: string) =>
  new CitationInputError(
    `${service} answered with an error (HTTP ${status}). Try again in a minute, or paste the reference instead.`,
    field,
    502,
  )

/** PubMed record by PMID, read from E-utilities in MEDLINE format (the .nbib format). */
export const lookupPmid = async (pmid: string): Promise<CitationData> => {
  const params = new URLSearchParams({
    db: 'pubmed',
    id: pmid,
    rettype: 'medline',
    retmode: 'text',
  })
  if (contact()) params.set('email', contact())
  if (process.env.NCBI_API_KEY) params.set('api_key', process.env.NCBI_API_KEY)
  const response = await fetchText(`${eutilsUrl()}/efetch.fcgi?${params}`, 'PubMed', 'pmid')
  if (!response.ok && response.status !== 400 && response.status !== 404)
    throw remoteError('PubMed', response.status, 'pmid')
  const body = response.ok ? await response.text() : ''
  // E-utilities answers an unknown PMID with an empty record or an error message.
  if (!new RegExp(`^PMID- ${pmid}\\s*$`, 'm').test(body))
    throw new CitationInputError(
      `PubMed has no paper with PMID ${pmid}. Check the number.`,
      'pmid',
      404,
    )
  return { ...parseNbib(body), pmid }
}

/** Crossref metadata by DOI; Crossref's work record is close to CSL-JSON. */
export const lookupDoi = async (doi: string): Promise<CitationData> => {
  const response = await fetchText(
    `${crossrefUrl()}/works/${encodeURIComponent(doi)}`,
    'Crossref',
    'doi',
  )
  if (response.status === 404)
    throw new CitationInputError(`Crossref has no record of DOI ${doi}. Check the DOI.`, 'doi', 404)
  if (!response.ok) throw remoteError('Crossref', response.status, 'doi')
  let message: CslLike
  try {
    message = ((await response.json()) as { message: CslLike }).message
  } catch {
    throw new CitationInputError('Crossref sent an answer that could not be read.', 'doi', 502)
  }
  if (!message || typeof message !== 'object')
    throw new CitationInputError('Crossref sent an answer that could not be read.', 'doi', 502)
  return { ...fromCsl(message, 'doi'), doi }
}

type PmcSummary = {
  result?: Record<string, { error?: string; articleids?: { idtype?: string; value?: string }[] }>
}

/** A PubMed Central article's PMID and DOI, from E-utilities' summary of it (db=pmc). */
export const convertPmcid = async (pmcid: string): Promise<{ pmid?: string; doi?: string }> => {
  const uid = pmcid.replace(/^PMC/i, '')
  const params = new URLSearchParams({ db: 'pmc', id: uid, retmode: 'json' })
  if (contact()) params.set('email', contact())
  if (process.env.NCBI_API_KEY) params.set('api_key', process.env.NCBI_API_KEY)
  const response = await fetchText(
    `${eutilsUrl()}/esummary.fcgi?${params}`,
    'PubMed Central',
    'pmcid',
  )
  if (!response.ok && response.status !== 400 && response.status !== 404)
    throw remoteError('PubMed Central', response.status, 'pmcid')
  let summary: PmcSummary = {}
  try {
    if (response.ok) summary = (await response.json()) as PmcSummary
  } catch {
    throw new CitationInputError(
      'PubMed Central sent an answer that could not be read.',
      'pmcid',
      502,
    )
  }
  const record = summary?.result?.[uid]
  const ids = Array.isArray(record?.articleids) ? record.articleids : []
  const id = (type: string) => ids.find((entry) => entry?.idtype === type)?.value?.trim()
  if (!record || record.error || !ids.length)
    throw new CitationInputError(
      `PubMed Central has no article ${pmcid}. Check the number.`,
      'pmcid',
      404,
    )
  // PMC lists "0" or nothing for articles PubMed does not index.
  const pmid = id('pmid')
  const doi = id('doi')
  return {
    ...(pmid && /^[1-9]\d{0,8}$/.test(pmid) ? { pmid } : {}),
    ...(doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? { doi } : {}),
  }
}
