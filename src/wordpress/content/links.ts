/**
 * Links between imported posts: the importer knows, once the articles exist, where an old
 * permalink or `?p=123` now lives. Every other href is left as written.
 */
import { findAll, parseHtml, renderHtml } from './dom'

/** Rewrites each `<a href>` for which `resolve` returns a new address. */
export const rewriteLinks = (html: string, resolve: (href: string) => string | null): string => {
  const doc = parseHtml(html)
  let changed = false
  for (const a of findAll(doc, 'a')) {
    const href = a.attribs.href
    if (href === undefined) continue
    const next = resolve(href)
    if (next === null || next === href) continue
    a.attribs.href = next
    changed = true
  }
  return changed ? renderHtml(doc) : html
}
