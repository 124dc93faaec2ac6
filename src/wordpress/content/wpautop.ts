/**
 * WordPress's wpautop() (wp-includes/formatting.php, WordPress 6.x) in TypeScript, step for step,
 * with its default $br = true. Classic-editor content is stored without <p> tags; WordPress adds
 * them with this function whenever it renders a post, so an import must do the same to see the
 * paragraphs the readers saw.
 *
 * PCRE and JavaScript differ in three places, handled below: PHP's `\s` is ASCII whitespace only
 * (JavaScript's includes U+00A0, which WordPress content is full of), PHP's `$` also matches
 * before a final newline, and JavaScript has no conditional groups or possessive quantifiers.
 */

// PCRE's \s without the u flag: space, \t, \n, \v, \f, \r. Never the no-break space.
const WS = ' \\t\\n\\x0B\\f\\r'
const S = `[${WS}]`

const ALL_BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)'

const re = (source: string, flags = 'g'): RegExp => new RegExp(source, flags)

// get_html_split_regex(): an element, a comment or a CDATA section, each possibly unterminated
// (then it runs to the end of the input). PCRE's (?(?=…)yes|no) becomes two guarded branches.
const COMMENT = '!(?:-(?!->)[^-]*)*(?:-->)?'
const CDATA = '!\\[CDATA\\[[^\\]]*(?:\\](?!\\]>)[^\\]]*)*(?:\\]\\]>)?'
const HTML_SPLIT = new RegExp(
  `(<(?:(?=!--|!\\[CDATA\\[)(?:(?=!-)${COMMENT}|(?!!-)${CDATA})|(?!!--|!\\[CDATA\\[)[^>]*>?))`,
)

/** wp_html_split(): text and markup alternate; odd indexes are elements, comments, CDATA. */
export const htmlSplit = (input: string): string[] => input.split(HTML_SPLIT)

/** wp_replace_in_html_tags(): replaces only inside tags and comments, never in text. */
export const replaceInHtmlTags = (haystack: string, pairs: Record<string, string>): string => {
  const parts = htmlSplit(haystack)
  const needles = Object.keys(pairs)
  let changed = false
  for (let i = 1; i < parts.length; i += 2) {
    if (!needles.some((needle) => parts[i].includes(needle))) continue
    // strtr(): longest needle first, each position replaced once.
    const sorted = [...needles].sort((a, b) => b.length - a.length)
    const pattern = new RegExp(
      sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
      'g',
    )
    parts[i] = parts[i].replace(pattern, (found) => pairs[found])
    changed = true
  }
  return changed ? parts.join('') : haystack
}

// PHP's trim(): only these characters, never Unicode spaces.
const phpTrim = (value: string, chars = ' \\t\\n\\r\\0\\x0B'): string =>
  value.replace(new RegExp(`^[${chars}]+|[${chars}]+$`, 'g'), '')

/** Replaces double line breaks with paragraphs and single ones with <br />, as WordPress does. */
export const wpautop = (input: string): string => {
  if (phpTrim(input) === '') return ''

  // Just to make things a little easier, pad the end.
  let text = `${input}\n`

  // <pre> is left alone: swapped for placeholders and put back at the end.
  const preTags = new Map<string, string>()
  if (text.includes('<pre')) {
    const parts = text.split('</pre>')
    const last = parts.pop() ?? ''
    text = ''
    let i = 0
    for (const part of parts) {
      const start = part.indexOf('<pre')
      // Malformed HTML?
      if (start === -1) {
        text += part
        continue
      }
      const name = `<pre wp-pre-tag-${i}></pre>`
      preTags.set(name, `${part.slice(start)}</pre>`)
      text += part.slice(0, start) + name
      i++
    }
    text += last
  }

  // Change multiple <br>s into two line breaks, which will turn into paragraphs.
  text = text.replace(re(`<br${S}*/?>${S}*<br${S}*/?>`), '\n\n')

  // A double line break above block-level opening tags and below closing ones, and after <hr>.
  text = text.replace(re(`(<${ALL_BLOCKS}[${WS}/>])`), '\n\n$1')
  text = text.replace(re(`(</${ALL_BLOCKS}>)`), '$1\n\n')
  text = text.replace(re(`(<hr${S}*?/?>)`), '$1\n\n')

  // Standardize newline characters to "\n".
  text = text.replace(/\r\n|\r/g, '\n')

  // Newlines inside tags and comments are not line breaks: placeholders until the end.
  text = replaceInHtmlTags(text, { '\n': ' <!-- wpnl --> ' })

  // Collapse line breaks before and after <option> elements so they don't get autop'd.
  if (text.includes('<option')) {
    text = text.replace(re(`${S}*<option`), '<option')
    text = text.replace(re(`</option>${S}*`), '</option>')
  }

  // Collapse line breaks inside <object>, before <param> and <embed>.
  if (text.includes('</object>')) {
    text = text.replace(re(`(<object[^>]*>)${S}*`), '$1')
    text = text.replace(re(`${S}*</object>`), '</object>')
    text = text.replace(re(`${S}*(</?(?:param|embed)[^>]*>)${S}*`), '$1')
  }

  // Collapse line breaks inside <audio> and <video>, around <source> and <track>.
  if (text.includes('<source') || text.includes('<track')) {
    text = text.replace(re(`([<\\[](?:audio|video)[^>\\]]*[>\\]])${S}*`), '$1')
    text = text.replace(re(`${S}*([<\\[]/(?:audio|video)[>\\]])`), '$1')
    text = text.replace(re(`${S}*(<(?:source|track)[^>]*>)${S}*`), '$1')
  }

  // Collapse line breaks before and after <figcaption> elements.
  if (text.includes('<figcaption')) {
    text = text.replace(re(`${S}*(<figcaption[^>]*>)`), '$1')
    text = text.replace(re(`</figcaption>${S}*`), '</figcaption>')
  }

  // Remove more than two contiguous line breaks.
  text = text.replace(/\n\n+/g, '\n\n')

  // Every run between double line breaks becomes a paragraph.
  const paragraphs = text.split(re(`\\n${S}*\\n`)).filter((part) => part !== '')
  text = paragraphs.map((part) => `<p>${phpTrim(part, '\\n')}</p>\n`).join('')

  // Under certain strange conditions it could create a P of entirely whitespace.
  text = text.replace(re(`<p>${S}*</p>`), '')

  // Add a closing <p> inside <div>, <address>, or <form> tag if missing.
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>')

  // If an opening or closing block element tag is wrapped in a <p>, unwrap it.
  text = text.replace(re(`<p>${S}*(</?${ALL_BLOCKS}[^>]*>)${S}*</p>`), '$1')

  // In some cases <li> may get wrapped in <p>, fix them.
  text = text.replace(/<p>(<li.+?)<\/p>/g, '$1')

  // If a <blockquote> is wrapped with a <p>, move it inside the <blockquote>.
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>')
  text = text.replaceAll('</blockquote></p>', '</p></blockquote>')

  // An opening <p> before a block tag, or a closing </p> after one, goes.
  text = text.replace(re(`<p>${S}*(</?${ALL_BLOCKS}[^>]*>)`), '$1')
  text = text.replace(re(`(</?${ALL_BLOCKS}[^>]*>)${S}*</p>`), '$1')

  // Remaining newlines become <br />, except inside <script>, <style>, <svg> and <math>.
  text = text.replace(/<(script|style|svg|math).*?<\/\1>/gs, (match) =>
    match.replaceAll('\n', '<WPPreserveNewline />'),
  )
  text = text.replaceAll('<br>', '<br />').replaceAll('<br/>', '<br />')
  text = text.replace(re(`(?<!<br />)${S}*\\n`), '<br />\n')
  text = text.replaceAll('<WPPreserveNewline />', '\n')

  // No <br /> right after a block tag, nor right before some of them.
  text = text.replace(re(`(</?${ALL_BLOCKS}[^>]*>)${S}*<br />`), '$1')
  text = text.replace(re(`<br />(${S}*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)`), '$1')
  // PHP's `$` also matches before a final newline.
  text = text.replace(/\n<\/p>(?=\n?$)/, '</p>')

  // Put the <pre> elements back.
  for (const [name, pre] of preTags) text = text.replaceAll(name, () => pre)

  // Restore newlines in all elements.
  if (text.includes('<!-- wpnl -->')) {
    text = text.replaceAll(' <!-- wpnl --> ', '\n').replaceAll('<!-- wpnl -->', '\n')
  }

  return text
}
