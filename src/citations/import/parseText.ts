import { normalizeDoi, parseName, tidy, tidyTitle } from './names'
import { parseApa } from './parseApa'
import { CitationInputError, type CitationData } from './types'

type Author = CitationData['authors'][number]
type Source = { year?: number; volume?: string; issue?: string; pages?: string }
type Segment = { text: string; end: string }

const EXAMPLE = 'Smith J, Doe A. Title of the paper. J Abbrev. 2020;12(3):45-67.'

const notAReference = (): CitationInputError =>
  new CitationInputError(
    `This does not look like a journal reference. Paste one reference such as: ${EXAMPLE}`,
    'text',
  )

// Reference lists copied from web pages carry their link buttons along. A generic "[...]" rule
// would also eat NLM's bracketed translated titles ("[Knee pain in adults].").
const LINK_LABEL =
  /\[\s*(?:pubmed|medline|pmc(?: free article)?|europe pmc|google scholar|cross ?ref|free full text|full text|abstract|web of science|scopus|isi|cas|link|doi|epub ahead of print)\s*\]/gi

// "1. ", "[1] ", "(1) ", "1) " or "1 " before the first author. Three digits at most, so a
// reference that begins with a year is left alone.
const LIST_NUMBER = /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]?)\s+/

// Exported for the WordPress import, which reads identifiers from reference lists; use them
// with matchAll() or replace() (they are global).
export const DOI = /(?:\bdoi\s*:?\s*|(?:\bhttps?:\/\/)?(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/\S+)/gi
export const PMID = /\bPMID\s*:?\s*(\d{1,9})\b/gi
export const PMCID = /\bPMCID\s*:?\s*(PMC\d{1,9})\b|\b(PMC\d{4,9})\b/gi
const URL = /\bhttps?:\/\/\S+/gi

// Bounded quantifiers only: these run on whatever was pasted.
const DATE =
  /^(\d{4})[a-z]?(?:\s+[A-Za-z]{3,9}\.?(?:\s*[-/]\s*[A-Za-z]{3,9}\.?)?(?:\s+\d{1,2}(?:\s*-\s*\d{1,2})?)?)?/
const VOLUME_ISSUE_PAGES =
  /^([^\s():;,]{1,12}(?:\s+Suppl(?:\s+[^\s():;,]{1,6})?)?)?\s*(?:\(([^()]{1,40})\))?\s*(?::\s*(.{1,60}))?$/
const PAGE = '[A-Za-z]{0,4}\\d{1,9}[A-Za-z]{0,2}'
const RANGE = `${PAGE}(?:\\s?[-–—]\\s?${PAGE})?`
const PAGES = new RegExp(`^${RANGE}(?:,\\s?${RANGE}){0,5}$`)
const ONLINE =
  /^published online(?:\s+ahead of print)?(?:\s+[A-Za-z]{3,9}\.?)?(?:\s+\d{1,2},?)?(?:\s+(\d{4}))?$/i

const YEAR = (value: string): number | undefined => {
  const year = Number(value)
  return year >= 1600 && year <= 2099 ? year : undefined
}

/** "2016 Aug 3;8(8):1703-17", "2016;9:139-159", "2006", "Published online 2025" — or null. */
const parseSource = (segment: string): Source | null => {
  let rest = segment.trim()
  if (rest.length > 120) return null
  const online = ONLINE.exec(rest)
  if (online) {
    // Ahead of print: a year at most, no volume or pages yet.
    const year = online[1] ? YEAR(online[1]) : undefined
    return year ? { year } : {}
  }

  const date = DATE.exec(rest)
  const year = date ? YEAR(date[1]) : undefined
  if (date && !year) return null
  if (date) {
    rest = rest.slice(date[0].length).trim()
    if (!rest) return { year }
    if (!rest.startsWith(';')) return null
    rest = rest.slice(1).trim()
  }
  const parts = VOLUME_ISSUE_PAGES.exec(rest)
  if (!parts) return null
  const [, volume, issue, pages] = parts
  if (pages !== undefined && !PAGES.test(pages.trim())) return null
  if (volume !== undefined && !/\d/.test(volume)) return null
  // Without a year, "12(3):45-67" is a source only when it has that full shape; otherwise any
  // short title segment would qualify.
  if (!year && !(volume && (issue || pages))) return null
  if (year && !volume && !issue && !pages) return null
  const source: Source = {}
  if (year) source.year = year
  if (volume) source.volume = tidy(volume)
  if (issue) source.issue = tidy(issue)
  if (pages) source.pages = tidy(pages)
  return source
}

/** "Cytotherapy 2006;8(4):315-7" (no period after the journal, as some Vancouver lists do). */
const splitJournalSource = (segment: string): { journal: string; source: Source } | null => {
  const semicolon = segment.lastIndexOf(';')
  if (semicolon < 1 || segment.length - semicolon > 80) return null
  const head = segment.slice(Math.max(0, semicolon - 40), semicolon)
  const date =
    /\s(\d{4}[a-z]?(?:\s+[A-Za-z]{3,9}\.?(?:\s*[-/]\s*[A-Za-z]{3,9}\.?)?(?:\s+\d{1,2})?)?)$/.exec(
      head,
    )
  if (!date) return null
  const cut = semicolon - head.length + date.index
  const journal = tidy(segment.slice(0, cut))
  const source = parseSource(segment.slice(cut))
  return journal && source ? { journal, source } : null
}

const ET_AL = /(?:^|\s)et\.?\s?al\.?$/i

const parseAuthors = (list: string): Pick<CitationData, 'authors' | 'moreAuthors'> => {
  const authors: Author[] = []
  let moreAuthors = false
  for (const raw of list.split(/[,;]/)) {
    let part = raw.trim().replace(/^(?:and|&)\s+/i, '')
    if (ET_AL.test(part)) {
      moreAuthors = true
      part = part.replace(ET_AL, '').trim()
    }
    part = part.replace(/\.$/, '')
    if (part) authors.push(parseName(part))
  }
  return { authors, moreAuthors }
}

const segmentsOf = (text: string): Segment[] => {
  // split() with a capture group alternates text and the punctuation that ended it.
  const pieces = text.split(/([.?!])\s+/)
  const segments: Segment[] = []
  for (let i = 0; i < pieces.length; i += 2) {
    let body = pieces[i].trim()
    let end = pieces[i + 1] ?? ''
    if (!end && /[.?!]$/.test(body)) {
      end = body.slice(-1)
      body = body.slice(0, -1).trim()
    }
    if (body) segments.push({ text: body, end })
  }
  return segments
}

/**
 * One pasted journal reference in AMA, Vancouver or NLM (PubMed "Cite") style:
 * "Authors. Title. Journal. Year;Volume(Issue):Pages." plus any DOI, PMID and PMCID; or in APA
 * style: "Authors (Year). Title. Journal, Volume(Issue), Pages.".
 */
export const parseText = (text: string): CitationData => {
  const raw = typeof text === 'string' ? text : ''
  if (!raw.trim()) {
    throw new CitationInputError(
      `The reference is empty. Paste one reference such as: ${EXAMPLE}`,
      'text',
    )
  }
  // A second PMID or a second numbered line means several references were pasted at once.
  if (
    (raw.match(/\bPMID\s*:?\s*\d/gi) ?? []).length > 1 ||
    /\n\s*(?:\[\d{1,3}\]|\d{1,3}\.)\s+(?!doi\b|pmid\b|pmcid\b|epub\b)\p{L}/iu.test(raw.trim())
  ) {
    throw new CitationInputError(
      'This looks like a list of references. Paste one reference at a time.',
      'text',
    )
  }

  let rest = raw.normalize('NFC').replace(/\s+/g, ' ').trim().replace(LIST_NUMBER, '')
  rest = rest.replace(LINK_LABEL, ' ')

  const found: Partial<Record<'doi' | 'pmid' | 'pmcid' | 'url', string>> = {}
  rest = rest.replace(DOI, (_, doi: string) => {
    found.doi ??= normalizeDoi(doi)
    return ' '
  })
  // Links before the bare identifiers, so a PMC link is not cut in two.
  rest = rest.replace(URL, (link: string) => {
    const url = link.replace(/[.,;]+$/, '')
    const pubmed = /pubmed\.ncbi\.nlm\.nih\.gov\/(\d{1,9})\b/i.exec(url)
    const pmc = /\/(PMC\d{1,9})\b/i.exec(url)
    if (pubmed) found.pmid ??= pubmed[1]
    else if (pmc) found.pmcid ??= pmc[1].toUpperCase()
    else found.url ??= url
    return ' '
  })
  rest = rest.replace(PMID, (_, pmid: string) => {
    found.pmid ??= pmid
    return ' '
  })
  rest = rest.replace(PMCID, (_, labelled?: string, bare?: string) => {
    found.pmcid ??= labelled ?? bare
    return ' '
  })

  if (!rest.replace(/[\s.;,]+/g, '')) {
    if (!Object.keys(found).length) throw notAReference()
    // Only a link or an identifier: the caller has other ways to look those up.
    throw new CitationInputError(
      `This is only a link or an identifier, not a reference. Paste the whole reference, such as: ${EXAMPLE}`,
      'text',
    )
  }

  const ids = (citation: CitationData): CitationData => {
    if (found.pmid) citation.pmid = found.pmid
    if (found.pmcid) citation.pmcid = found.pmcid
    if (found.doi) citation.doi = found.doi
    if (found.url) citation.url = found.url
    return citation
  }
  const apa = parseApa(rest.replace(/\s+/g, ' ').trim())
  if (apa) return ids(apa)

  // PubMed's copy adds the online date after the print source: "Epub 2016 Aug 3."
  const segments = segmentsOf(rest).filter((segment) => !/^Epub\b/i.test(segment.text))

  let journal = ''
  let source: Source | null = null
  let titleEnd = -1
  for (let i = 2; i < segments.length && !source; i++) {
    source = parseSource(segments[i].text)
    if (source) {
      journal = segments[i - 1].text
      titleEnd = i - 1
    }
  }
  for (let i = 2; i < segments.length && !source; i++) {
    const split = splitJournalSource(segments[i].text)
    if (split) {
      ;({ journal, source } = split)
      titleEnd = i
    }
  }

  const title = tidyTitle(
    segments
      .slice(1, Math.max(1, titleEnd))
      .map((segment) => segment.text + segment.end)
      .join(' '),
  )
  if (!source || !title || !journal || !(source.year || source.volume)) throw notAReference()

  const citation: CitationData = {
    ...parseAuthors(segments[0].text),
    title,
    journal: tidy(journal),
    ...source,
  }
  return ids(citation)
}
