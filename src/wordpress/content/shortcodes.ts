/**
 * WordPress shortcodes, read with the grammar of get_shortcode_regex() and
 * shortcode_parse_atts() (wp-includes/shortcodes.php): `[name attrs]`, `[name attrs /]`,
 * `[name attrs]content[/name]`, and `[[name]]` for a literal `[name]`.
 *
 * WordPress only expands the shortcodes registered on that site; an export does not say which
 * they were. A bracketed word is taken for a shortcode when a handler knows it or when it looks
 * like one: a lower-case name used with a closing tag, a `key=value` attribute, a self-closing
 * slash, or a name with `_` or `-` (`[vc_row]`). So `[1]`, `[Pubmed]`, `[sic]` and `[PMC free
 * article]` stay text.
 */
import type { NameCount } from './blocks'

export type ShortcodeAttrs = { named: Record<string, string>; positional: string[] }

export type Shortcode = {
  name: string
  attrs: ShortcodeAttrs
  /** The enclosed content, or null for `[name]` and `[name /]`. */
  content: string | null
}

export type ShortcodeContext = {
  /** Expands the shortcodes inside a content, as do_shortcode() in a WordPress handler. */
  expand: (html: string) => string
  /** Records a gallery by its attachment ids (as written, e.g. ['12', '15']). */
  gallery: (ids: string[]) => void
}

/** Returns the HTML that replaces the shortcode. */
export type ShortcodeHandler = (shortcode: Shortcode, context: ShortcodeContext) => string

export type ShortcodeResult = {
  html: string
  /** Shortcodes without a handler: removed, their content kept. */
  unknown: NameCount[]
  /** One entry per `[gallery]`: its attachment ids, [] when it shows the post's attachments. */
  galleries: string[][]
}

const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// PHP's stripcslashes(), which WordPress applies to every attribute value.
const stripcslashes = (value: string): string =>
  value.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|[\s\S])/g, (_, escape: string) => {
    if (escape[0] === 'x' && escape.length > 1)
      return String.fromCharCode(parseInt(escape.slice(1), 16))
    if (/^[0-7]/.test(escape)) return String.fromCharCode(parseInt(escape, 8) & 0xff)
    const named: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
    }
    return named[escape] ?? escape
  })

// get_shortcode_atts_regex().
const ATTRS =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g
// An attribute holding an unclosed HTML tag is emptied, as WordPress does.
const BALANCED_TAGS = /^[^<]*(?:<[^>]*>[^<]*)*$/

/** shortcode_parse_atts(): `id="5" align='left' width=300 "positional" bare`. */
export const parseShortcodeAttrs = (text: string): ShortcodeAttrs => {
  const attrs: ShortcodeAttrs = { named: {}, positional: [] }
  const safe = (value: string) => {
    const unescaped = stripcslashes(value)
    return unescaped.includes('<') && !BALANCED_TAGS.test(unescaped) ? '' : unescaped
  }
  for (const m of text.replace(/[\u00a0\u200b]+/g, ' ').matchAll(ATTRS)) {
    if (m[1]) attrs.named[m[1].toLowerCase()] = safe(m[2])
    else if (m[3]) attrs.named[m[3].toLowerCase()] = safe(m[4])
    else if (m[5]) attrs.named[m[5].toLowerCase()] = safe(m[6])
    else if (m[7] !== undefined && m[7] !== '') attrs.positional.push(safe(m[7]))
    else if (m[8] !== undefined && m[8] !== '') attrs.positional.push(safe(m[8]))
    else if (m[9] !== undefined) attrs.positional.push(safe(m[9]))
  }
  return attrs
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * get_shortcode_regex() for these names. Groups: 1 an extra `[` (escaping), 2 the name,
 * 3 the attributes, 4 a self-closing `/`, 5 the content, 6 an extra `]` (escaping).
 */
export const shortcodeRegex = (names: string[]): RegExp =>
  new RegExp(
    `\\[(\\[?)(${names.map(escapeRegExp).join('|')})(?![\\w-])` +
      '([^\\]\\/]*(?:\\/(?!\\])[^\\]\\/]*)*?)' +
      '(?:(\\/)\\]|\\](?:([^\\[]*(?:\\[(?!\\/\\2\\])[^\\[]*)*)\\[\\/\\2\\])?)' +
      '(\\]?)',
    'g',
  )

// do_shortcode()'s candidate names: what follows an opening bracket.
const CANDIDATE = /\[\/?([^<>&/[\]\x00-\x20=]+)/g
const PLUGIN_NAME = /^[a-z][a-z0-9_-]*$/

/** The names in this content that are shortcodes: known ones, and unknown ones that look it. */
export const shortcodeNames = (html: string, known: Iterable<string>): string[] => {
  const knownNames = new Set(known)
  const names = new Set<string>()
  for (const [, name] of html.matchAll(CANDIDATE)) {
    if (names.has(name)) continue
    if (knownNames.has(name)) {
      names.add(name)
      continue
    }
    if (!PLUGIN_NAME.test(name)) continue
    if (/[_-]/.test(name) || html.includes(`[/${name}]`)) {
      names.add(name)
      continue
    }
    const opening = new RegExp(`\\[${escapeRegExp(name)}(?![\\w-])([^\\]]*)\\]`, 'g')
    for (const [, attrs] of html.matchAll(opening)) {
      if (attrs.includes('=') || attrs.trimEnd().endsWith('/')) {
        names.add(name)
        break
      }
    }
  }
  return [...names]
}

const link = (url: string): string => `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`

// img_caption_shortcode(): the caption is an attribute (old style) or the text after the image.
const caption: ShortcodeHandler = ({ attrs, content }, { expand }) => {
  let body = content ?? ''
  let text = attrs.named.caption
  if (text === undefined) {
    const split = /((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*<\/a>)?)(.*)/is.exec(body)
    if (split) {
      body = split[1]
      text = split[2].trim()
    }
  }
  if (!text) return expand(body)
  const id = attrs.named.id
    ? ` id="${escapeHtml(attrs.named.id.replace(/[^A-Za-z0-9_-]/g, ''))}"`
    : ''
  const align = attrs.named.align ? ` ${attrs.named.align.replace(/[^A-Za-z0-9_-]/g, '')}` : ''
  return `<figure${id} class="wp-caption${align}">${expand(body)}<figcaption>${expand(text)}</figcaption></figure>`
}

// WP_Embed::shortcode(): the address is the content, or the src attribute.
const embed: ShortcodeHandler = ({ attrs, content }) => {
  const url = (content ?? '').trim() || attrs.named.src || ''
  return url ? link(url) : ''
}

const VIDEO_KEYS = ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv']
const AUDIO_KEYS = ['src', 'mp3', 'ogg', 'oga', 'wav', 'm4a', 'wma', 'flac']

const media =
  (keys: string[]): ShortcodeHandler =>
  ({ attrs, content }) => {
    const key = keys.find((name) => attrs.named[name])
    const src = key
      ? attrs.named[key]
      : /<source[^>]*\ssrc=["']([^"']+)["']/i.exec(content ?? '')?.[1]
    return src ? link(src) : ''
  }

const gallery: ShortcodeHandler = ({ attrs }, context) => {
  const ids = (attrs.named.ids ?? attrs.named.include ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  context.gallery(ids)
  return ''
}

/** What the import does with WordPress's own shortcodes; everything else is unknown. */
export const defaultHandlers: Record<string, ShortcodeHandler> = {
  caption,
  wp_caption: caption,
  embed,
  video: media(VIDEO_KEYS),
  audio: media(AUDIO_KEYS),
  gallery,
}

/**
 * Replaces shortcodes with what their handlers return. An unknown enclosing shortcode leaves its
 * content (with shortcodes inside expanded); an unknown self-closing one leaves nothing.
 */
export const applyShortcodes = (
  html: string,
  handlers: Record<string, ShortcodeHandler> = defaultHandlers,
): ShortcodeResult => {
  const unknown = new Map<string, number>()
  const galleries: string[][] = []
  // Escaped shortcodes, kept aside so that nothing else touches them.
  const literals: string[] = []

  const expand = (content: string): string => {
    if (!content.includes('[')) return content
    const names = shortcodeNames(content, Object.keys(handlers))
    if (!names.length) return content
    const expanded = content.replace(
      shortcodeRegex(names),
      (
        whole: string,
        open: string,
        name: string,
        attrText: string,
        _selfClosing: string | undefined,
        inner: string | undefined,
        close: string,
      ) => {
        // [[name]] is WordPress's way to print a shortcode literally.
        if (open === '[' && close === ']')
          return `\u0000${literals.push(whole.slice(1, -1)) - 1}\u0000`
        const shortcode = { name, attrs: parseShortcodeAttrs(attrText), content: inner ?? null }
        const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined
        if (handler) return open + handler(shortcode, context) + close
        unknown.set(name, (unknown.get(name) ?? 0) + 1)
        return open + (inner === undefined ? '' : expand(inner)) + close
      },
    )
    // A closing tag whose opening tag was lost (broken page-builder markup) is no text either.
    return expanded
      .replace(new RegExp(`\\[\\/(?:${names.map(escapeRegExp).join('|')})\\]`, 'g'), '')
      .replace(/\u0000(\d+)\u0000/g, (_, index: string) => literals[Number(index)])
  }
  const context: ShortcodeContext = { expand, gallery: (ids) => galleries.push(ids) }

  return {
    html: expand(html),
    unknown: [...unknown].map(([name, count]) => ({ name, count })),
    galleries,
  }
}
