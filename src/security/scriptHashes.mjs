import { createHash } from 'node:crypto'

import { Parser } from 'htmlparser2'

import { hashPolicy } from './csp.mjs'

// Types a browser executes (or, for import maps and speculation rules, governs by script-src).
// Anything else, e.g. JSON-LD's application/ld+json, is data and needs no hash.
const EXECUTED_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/jscript',
])

/**
 * The base64 sha256 of every inline script the browser would run, in document order, from a
 * real HTML tokenizer: the hash must cover the script's exact text, and a regex cannot tell a
 * script from `<script` inside a comment or an attribute.
 *
 * @param {string} html
 * @returns {string[]}
 */
export const inlineScriptHashes = (html) => {
  /** @type {string[]} */
  const hashes = []
  /** @type {string[] | null} */
  let text = null
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'script') return
        const type = (attributes.type ?? '').trim().toLowerCase()
        text = attributes.src === undefined && EXECUTED_TYPES.has(type) ? [] : null
      },
      ontext(chunk) {
        text?.push(chunk)
      },
      onclosetag(name) {
        if (name !== 'script' || !text) return
        hashes.push(createHash('sha256').update(text.join(''), 'utf8').digest('base64'))
        text = null
      },
    },
    // Script text is raw: no entity decoding, exactly the bytes the browser hashes.
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(html)
  return hashes
}

/**
 * The policy for a stored page: its own inline scripts by hash, nothing else inline.
 *
 * @param {string} html
 */
export const hashPolicyForHtml = (html) => hashPolicy(inlineScriptHashes(html))
