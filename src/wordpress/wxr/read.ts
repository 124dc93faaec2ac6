import { createReadStream } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'

import { Parser } from 'htmlparser2'

import {
  WxrError,
  type WxrAuthor,
  type WxrItem,
  type WxrItemTerm,
  type WxrPostMeta,
  type WxrSite,
  type WxrTerm,
} from '../types'

export { metaValue } from './meta'

export type WxrEvent =
  | { kind: 'site'; site: WxrSite }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'category'; term: WxrTerm }
  | { kind: 'tag'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem }

export const SUPPORTED_WXR_VERSIONS = ['1.0', '1.1', '1.2']

const HOW_TO_EXPORT =
  'In WordPress, use Tools → Export → All content and import the .xml file it downloads.'
const EXPORT_AGAIN = 'Export it again in WordPress with Tools → Export → All content.'

/** The one-line reasons a file is refused, worded for clinic staff rather than developers. */
export const wxrMessages = {
  notXml: `This file is not an XML file, so it is not a WordPress export. ${HOW_TO_EXPORT}`,
  html: `This file is a web page (HTML), not a WordPress export. ${HOW_TO_EXPORT}`,
  notRss: (root: string) =>
    `This is an XML file but not a WordPress export (it holds <${root}>, not <rss>). ${HOW_TO_EXPORT}`,
  notWxr:
    'This is an RSS feed but not a WordPress export (it has no wp:wxr_version): a feed holds only ' +
    `the latest posts. ${HOW_TO_EXPORT}`,
  version: (version: string) =>
    `This WordPress export is in format version ${version} (wp:wxr_version), which this import ` +
    `cannot read: it reads versions 1.0, 1.1 and 1.2. ${EXPORT_AGAIN}`,
  truncated: (where: string) =>
    `This WordPress export ends early (${where}), so it is probably incomplete, for example cut ` +
    `off during the download. ${EXPORT_AGAIN}`,
  malformed: (element: string, where: string) =>
    `This WordPress export is damaged: the element <${element}> is not closed properly${where}. ` +
    EXPORT_AGAIN,
  unreadable: (path: string, reason: string) => `Cannot read the file ${path}: ${reason}.`,
}

type RecordKind = 'author' | 'category' | 'tag' | 'item'

/** The channel children that become events, by element name. */
const RECORD_TAGS: Record<string, RecordKind> = {
  'wp:author': 'author',
  'wp:category': 'category',
  'wp:tag': 'tag',
  item: 'item',
}

/** Channel children that come after the header: the version must be known when one starts. */
const AFTER_HEADER = new Set([...Object.keys(RECORD_TAGS), 'wp:term'])

const WP_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/?$/

const SITE_FIELDS = new Set([
  'title',
  'link',
  'wp:wxr_version',
  'wp:base_site_url',
  'wp:base_blog_url',
])

/** Values kept byte for byte: classic content relies on its blank lines. */
const VERBATIM = new Set(['content:encoded', 'excerpt:encoded'])

type Fields = Map<string, string>

type OpenRecord = {
  kind: RecordKind
  tag: string
  fields: Fields
  terms: WxrItemTerm[]
  meta: WxrPostMeta[]
}

/** Feeds the parser at most this many characters at a time, so one huge chunk cannot pile up events. */
const PIECE = 64 * 1024

/**
 * Streams a WXR file: memory stays flat however large the file (items are yielded one by one).
 * Throws WxrError, with one line a person can act on, for anything that is not a readable export.
 */
export async function* readWxr(source: AsyncIterable<Buffer | string>): AsyncGenerator<WxrEvent> {
  const reader = new WxrReader()
  const decoder = new StringDecoder('utf8')
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk)
    for (const piece of pieces(text, PIECE)) {
      reader.write(piece)
      yield* reader.take()
    }
  }
  reader.write(decoder.end())
  reader.end()
  yield* reader.take()
}

export const readWxrFile = (path: string) => readWxr(fileChunks(path))

/** The file's bytes; a missing or unreadable file becomes a WxrError rather than a Node error. */
async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of createReadStream(path)) yield chunk as Buffer
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = FS_REASONS[code ?? '']
    if (reason) throw new WxrError(wxrMessages.unreadable(path, reason))
    throw error
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
}

/** Splits a string into pieces of at most `size` characters, never between a surrogate pair. */
function* pieces(text: string, size: number): Generator<string> {
  let start = 0
  while (text.length - start > size) {
    let end = start + size
    if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
    yield text.slice(start, end)
    start = end
  }
  if (start < text.length) yield start === 0 ? text : text.slice(start)
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/** The parser's callbacks as a state machine; events wait in `queue` until `take()`. */
class WxrReader {
  private readonly parser: Parser
  private queue: WxrEvent[] = []
  /** Open elements, innermost last. */
  private readonly stack: string[] = []
  private text = ''
  private sniffed = false
  private root?: string
  /** `<rss xmlns:wp="http://wordpress.org/export/…">`: an export, even if cut before its version. */
  private wpNamespace = false
  private rssClosed = false
  private ending = false
  private readonly site: Fields = new Map()
  private siteSent = false
  private record?: OpenRecord
  private categoryAttribs?: Record<string, string>
  private postmeta?: { key: string; value: string }
  /** The element whose opening tag was the last callback, to tell `<x/>` from an unclosed `<x>`. */
  private justOpened?: { name: string; start: number }
  /** The last complete item, to say where a damaged file goes wrong. */
  private lastItem?: { id: string; title: string }

  constructor() {
    this.parser = new Parser(
      {
        onopentag: (name, attribs) => this.open(name, attribs),
        onclosetag: (name, implied) => this.close(name, implied),
        ontext: (data) => {
          this.justOpened = undefined
          this.text += data
        },
      },
      { xmlMode: true, recognizeCDATA: true, decodeEntities: true },
    )
  }

  write(text: string): void {
    if (!text) return
    if (!this.sniffed) text = this.sniff(text)
    if (text) this.parser.write(text)
  }

  end(): void {
    if (!this.sniffed || !this.root) throw new WxrError(wxrMessages.notXml)
    this.ending = true
    this.parser.end()
    if (!this.rssClosed) throw new WxrError(wxrMessages.truncated('it stops before </rss>'))
    this.sendSite()
  }

  take(): WxrEvent[] {
    const events = this.queue
    this.queue = []
    return events
  }

  /** Refuses files that cannot be XML before the lenient parser makes sense of them. */
  private sniff(text: string): string {
    const start = text.replace(/^[\uFEFF\s]+/, '')
    if (!start) return ''
    this.sniffed = true
    if (!start.startsWith('<')) throw new WxrError(wxrMessages.notXml)
    if (/^<!doctype\s+html|^<html[\s>]/i.test(start)) throw new WxrError(wxrMessages.html)
    return start
  }

  private open(name: string, attribs: Record<string, string>): void {
    if (!this.root) {
      this.root = name
      // htmlparser2 takes "<<<" for a tag; an XML name starts with a letter or underscore.
      if (!/^[A-Za-z_][\w.:-]*$/.test(name)) throw new WxrError(wxrMessages.notXml)
      if (name.toLowerCase() === 'html') throw new WxrError(wxrMessages.html)
      if (name !== 'rss') throw new WxrError(wxrMessages.notRss(name))
      this.wpNamespace = Object.values(attribs).some((value) => WP_NAMESPACE.test(value))
    }
    const parent = this.stack.at(-1)
    this.stack.push(name)
    this.text = ''
    this.justOpened = { name, start: this.parser.startIndex }

    if (parent === 'channel' && AFTER_HEADER.has(name)) {
      this.sendSite()
      const kind = RECORD_TAGS[name]
      if (kind) this.record = { kind, tag: name, fields: new Map(), terms: [], meta: [] }
    } else if (parent === 'item' && this.record?.kind === 'item') {
      if (name === 'category') this.categoryAttribs = attribs
      if (name === 'wp:postmeta') this.postmeta = { key: '', value: '' }
    }
  }

  private close(name: string, implied: boolean): void {
    if (implied && !this.isSelfClosing(name)) this.refuseUnclosed(name)
    this.justOpened = undefined
    this.stack.pop()
    const parent = this.stack.at(-1)
    const value = this.text
    this.text = ''

    if (parent === 'channel') {
      if (SITE_FIELDS.has(name) && !this.site.has(name)) this.site.set(name, value)
      if (this.record && name === this.record.tag) this.finishRecord(this.record)
    } else if (name === 'channel') {
      this.sendSite()
    } else if (name === 'rss' && parent === undefined) {
      this.rssClosed = true
    } else if (this.record) {
      this.addToRecord(this.record, name, parent, value)
    }
  }

  private addToRecord(record: OpenRecord, name: string, parent: string | undefined, value: string) {
    if (parent === record.tag) {
      if (name === 'category' && record.kind === 'item') this.addItemTerm(record, value)
      else if (name === 'wp:postmeta' && this.postmeta) {
        record.meta.push({ key: this.postmeta.key.trim(), value: this.postmeta.value.trim() })
        this.postmeta = undefined
      } else if (!record.fields.has(name)) record.fields.set(name, value)
    } else if (parent === 'wp:postmeta' && this.postmeta && this.stack.at(-2) === record.tag) {
      if (name === 'wp:meta_key') this.postmeta.key = value
      if (name === 'wp:meta_value') this.postmeta.value = value
    }
  }

  private addItemTerm(record: OpenRecord, name: string) {
    const attribs = this.categoryAttribs ?? {}
    this.categoryAttribs = undefined
    // WXR 1.0 repeats each category without domain and nicename; WordPress's importer skips those.
    if (attribs.nicename === undefined) return
    // WXR 1.0 calls tags "tag"; 1.1+ uses the taxonomy's name.
    const domain = attribs.domain === 'tag' ? 'post_tag' : (attribs.domain ?? 'category')
    record.terms.push({ domain, slug: attribs.nicename.trim(), name: name.trim() })
  }

  private finishRecord(record: OpenRecord) {
    this.record = undefined
    const event = toEvent(record)
    if (event) this.queue.push(event)
    if (record.kind === 'item') {
      const get = (name: string) => record.fields.get(name)?.trim() ?? ''
      this.lastItem = { id: get('wp:post_id'), title: get('title') }
    }
  }

  private sendSite() {
    if (this.siteSent) return
    const version = this.site.get('wp:wxr_version')?.trim()
    if (!version) throw new WxrError(wxrMessages.notWxr)
    if (!SUPPORTED_WXR_VERSIONS.includes(version)) throw new WxrError(wxrMessages.version(version))
    this.siteSent = true
    this.queue.push({ kind: 'site', site: toSite(this.site, version) })
  }

  /** htmlparser2 reports `<x/>` as an implied close right after the opening tag, at its start. */
  private isSelfClosing(name: string): boolean {
    const opened = this.justOpened
    return (
      !this.ending &&
      opened !== undefined &&
      opened.name === name &&
      opened.start === this.parser.startIndex
    )
  }

  private refuseUnclosed(name: string): never {
    if (!this.ending) throw new WxrError(wxrMessages.malformed(name, this.whereAmI()))
    // A cut-off feed is still a feed: say what it is rather than that it is incomplete.
    const unknown = !this.siteSent && !this.site.has('wp:wxr_version') && !this.wpNamespace
    if (unknown) throw new WxrError(wxrMessages.notWxr)
    const inItem = this.record?.kind === 'item'
    const stops = inItem ? 'it stops in the middle of an item' : `it stops before </${name}>`
    const last = this.lastItem?.id
      ? `; the last complete item is ${this.lastItem.id}${quoted(this.lastItem.title)}`
      : ''
    throw new WxrError(wxrMessages.truncated(stops + last))
  }

  private whereAmI(): string {
    const fields = this.record?.kind === 'item' ? this.record.fields : undefined
    const id = fields?.get('wp:post_id')?.trim()
    if (id) return ` (in item ${id}${quoted(fields?.get('title'))})`
    const previous = this.lastItem
    return previous?.id ? ` (after item ${previous.id}${quoted(previous.title)})` : ''
  }
}

const quoted = (title: string | undefined) => (title?.trim() ? ` “${title.trim()}”` : '')

/** Channel links end without a slash in WXR 1.1+, with one in 1.0: keep them comparable. */
const withoutFinalSlash = (url: string) => url.replace(/\/+$/, '')

function toSite(fields: Fields, wxrVersion: string): WxrSite {
  const get = (name: string) => fields.get(name)?.trim() ?? ''
  const link = withoutFinalSlash(get('link'))
  const baseSiteUrl = withoutFinalSlash(get('wp:base_site_url')) || link
  const baseBlogUrl = withoutFinalSlash(get('wp:base_blog_url')) || link
  return { wxrVersion, title: get('title'), link, baseSiteUrl, baseBlogUrl }
}

function toEvent(record: OpenRecord): WxrEvent | undefined {
  const get = (name: string) => record.fields.get(name)?.trim() ?? ''
  switch (record.kind) {
    case 'author':
      return {
        kind: 'author',
        author: {
          id: optionalInt(get('wp:author_id')),
          login: get('wp:author_login'),
          email: get('wp:author_email'),
          displayName: get('wp:author_display_name'),
          firstName: get('wp:author_first_name'),
          lastName: get('wp:author_last_name'),
        },
      }
    case 'category':
      return {
        kind: 'category',
        term: {
          id: optionalInt(get('wp:term_id')),
          slug: get('wp:category_nicename'),
          name: get('wp:cat_name'),
          parentSlug: get('wp:category_parent') || undefined,
          description: get('wp:category_description'),
        },
      }
    case 'tag':
      return {
        kind: 'tag',
        term: {
          id: optionalInt(get('wp:term_id')),
          slug: get('wp:tag_slug'),
          name: get('wp:tag_name'),
          description: get('wp:tag_description'),
        },
      }
    case 'item':
      return { kind: 'item', item: toItem(record) }
  }
}

function toItem(record: OpenRecord): WxrItem {
  const get = (name: string) => {
    const value = record.fields.get(name) ?? ''
    return VERBATIM.has(name) ? value : value.trim()
  }
  const attachmentUrl = get('wp:attachment_url')
  return {
    id: optionalInt(get('wp:post_id')) ?? 0,
    title: get('title'),
    link: get('link'),
    guid: get('guid'),
    creator: get('dc:creator'),
    content: get('content:encoded'),
    excerpt: get('excerpt:encoded'),
    dateGmt: isoFromWordPress(get('wp:post_date_gmt')),
    dateLocal: get('wp:post_date') || undefined,
    modifiedGmt: isoFromWordPress(get('wp:post_modified_gmt')),
    slug: get('wp:post_name'),
    status: get('wp:status'),
    postType: get('wp:post_type'),
    parentId: optionalInt(get('wp:post_parent')) ?? 0,
    menuOrder: optionalInt(get('wp:menu_order')) ?? 0,
    password: get('wp:post_password'),
    ...(attachmentUrl ? { attachmentUrl } : {}),
    terms: record.terms,
    meta: record.meta,
  }
}

const optionalInt = (value: string): number | undefined =>
  /^-?\d+$/.test(value) ? Number.parseInt(value, 10) : undefined

/**
 * WordPress's 'YYYY-MM-DD HH:MM:SS' GMT time as ISO 8601; undefined for the zero date WordPress
 * stores for drafts that were never scheduled, and for anything unreadable.
 */
export function isoFromWordPress(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim())
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number)
  if (year === 0 || month === 0 || day === 0) return undefined
  const time = Date.UTC(year, month - 1, day, hour, minute, second)
  const date = new Date(time)
  // Date.UTC rolls 2016-02-30 over to March: refuse rather than shift.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined
  return date.toISOString()
}
