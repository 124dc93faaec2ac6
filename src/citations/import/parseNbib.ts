import { normalizeDoi, parseName, tidy, tidyTitle, toInitials } from './names'
import { CitationInputError, type CitationData } from './types'

type Author = CitationData['authors'][number]
type Field = { tag: string; value: string }

const notMedline = (reason: string): CitationInputError =>
  new CitationInputError(
    `This is not a PubMed (MEDLINE/.nbib) record: ${reason} On PubMed, use "Send to" → "Citation manager" to download one.`,
    'nbib',
  )

// "AU  - Platas J": a tag of up to four characters padded to four, then "- ".
const TAG_LINE = /^([A-Z][A-Z0-9]{0,3}) {0,3}- ?(.*)$/

const fieldsOf = (lines: string[]): Field[] => {
  const fields: Field[] = []
  for (const line of lines) {
    const tagged = TAG_LINE.exec(line)
    if (tagged) fields.push({ tag: tagged[1], value: tagged[2] })
    // Long values wrap onto lines indented by six spaces.
    else if (line.startsWith('      ') && fields.length) {
      fields[fields.length - 1].value += ' ' + line
    }
  }
  return fields.map(({ tag, value }) => ({ tag, value: tidy(value) }))
}

// FAU spells the given name out ("Platas, Javier").
const fromFau = (value: string): Author => {
  const cut = value.indexOf(',')
  if (cut < 0) return { family: value, given: '' }
  return { family: tidy(value.slice(0, cut)), given: toInitials(value.slice(cut + 1)) }
}

/** One PubMed record in MEDLINE format, as downloaded from PubMed (.nbib) or NCBI's efetch. */
export const parseNbib = (text: string): CitationData => {
  const raw = (typeof text === 'string' ? text : '').replace(/^\uFEFF/, '')
  if (!raw.trim()) throw notMedline('the file is empty.')
  const lines = raw.split(/\r\n|\r|\n/)

  const records = lines.filter((line) => line.startsWith('PMID-')).length
  if (records > 1) {
    throw new CitationInputError(
      `This file holds ${records} references. Import one reference at a time.`,
      'nbib',
    )
  }

  const fields = fieldsOf(lines)
  const first = (tag: string): string | undefined =>
    fields.find((field) => field.tag === tag && field.value)?.value

  const pmid = first('PMID')
  if (!pmid) throw notMedline('it has no "PMID-" line.')
  const title = tidyTitle(first('TI'))
  if (!title) throw notMedline('it has no title ("TI  -" line).')

  // CN (collective name) sits among the personal names in printed order.
  const hasAu = fields.some((field) => field.tag === 'AU')
  const authors: Author[] = []
  for (const { tag, value } of fields) {
    if (!value) continue
    if (tag === 'CN') authors.push({ family: value, given: '' })
    else if (tag === (hasAu ? 'AU' : 'FAU')) authors.push(hasAu ? parseName(value) : fromFau(value))
  }

  const citation: CitationData = { authors, moreAuthors: false, title, pmid }
  const journal = first('TA') ?? first('JT')
  if (journal) citation.journal = journal
  const year = /^\d{4}/.exec(first('DP') ?? '')
  if (year) citation.year = Number(year[0])
  const volume = first('VI')
  if (volume) citation.volume = volume
  const issue = first('IP')
  if (issue) citation.issue = issue
  const pages = first('PG')
  if (pages) citation.pages = pages
  // LID and AID both carry "<id> [doi]" or "<id> [pii]"; only the DOI is of use.
  const doi = fields.find(
    (field) => (field.tag === 'LID' || field.tag === 'AID') && field.value.endsWith(' [doi]'),
  )
  if (doi) citation.doi = normalizeDoi(doi.value.slice(0, -' [doi]'.length))
  const pmcid = first('PMC')
  if (pmcid) citation.pmcid = pmcid
  return citation
}
