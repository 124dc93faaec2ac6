/** @jest-environment node */
import { createHash } from 'node:crypto'

import { createNonce, hashPolicy, noncePolicy, publicPolicy } from '@/security/csp.mjs'
import { hashPolicyForHtml, inlineScriptHashes } from '@/security/scriptHashes.mjs'

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((part) => {
      const [name, ...values] = part.split(' ')
      return [name, values]
    }),
  )

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script, in order', () => {
    const html =
      '<!DOCTYPE html><html><head><script>(self.__next_f=self.__next_f||[]).push([0])</script></head>' +
      '<body><p>Hi</p><script>self.__next_f.push([1,"a &amp; b \\u003c/script>"])</script></body></html>'
    expect(inlineScriptHashes(html)).toEqual([
      sha('(self.__next_f=self.__next_f||[]).push([0])'),
      sha('self.__next_f.push([1,"a &amp; b \\u003c/script>"])'),
    ])
  })

  it('leaves out external scripts, JSON-LD and other data blocks', () => {
    const html =
      '<script src="/_next/static/chunks/main.js" async=""></script>' +
      '<script type="application/ld+json">{"@type":"Article"}</script>' +
      '<script type="application/json">{"a":1}</script>' +
      '<script type="text/javascript">run()</script>' +
      '<script type="module">go()</script>'
    expect(inlineScriptHashes(html)).toEqual([sha('run()'), sha('go()')])
  })

  it('does not take "<script>" inside a comment or an attribute for a script', () => {
    const html =
      '<!-- <script>evil()</script> --><div title="<script>evil()</script>"></div>' +
      '<script>good()</script>'
    expect(inlineScriptHashes(html)).toEqual([sha('good()')])
  })

  it('hashes an empty inline script (the browser needs its hash too)', () => {
    expect(inlineScriptHashes('<script></script>')).toEqual([sha('')])
  })
})

describe('the policies', () => {
  it('a cached page allows its own scripts by hash and nothing else inline', () => {
    const policy = hashPolicyForHtml('<script>a()</script><script>a()</script><script>b()</script>')
    expect(directives(policy)['script-src']).toEqual([
      "'self'",
      `'sha256-${sha('a()')}'`,
      `'sha256-${sha('b()')}'`,
    ])
  })

  it('a page without inline scripts allows only the site’s own files', () => {
    expect(directives(hashPolicy([]))['script-src']).toEqual(["'self'"])
  })

  it('pages rendered per request allow one nonce', () => {
    const nonce = createNonce()
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(createNonce()).not.toBe(nonce)
    expect(directives(noncePolicy(nonce))['script-src']).toEqual(["'self'", `'nonce-${nonce}'`])
  })

  it('never allows inline scripts or eval outside next dev, and keeps the rest tight', () => {
    const policy = directives(publicPolicy(["'sha256-x'"]))
    expect(policy['script-src']).not.toContain("'unsafe-inline'")
    expect(policy['script-src']).not.toContain("'unsafe-eval'")
    expect(policy).toMatchObject({
      'default-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
    })
    expect(policy).not.toHaveProperty('upgrade-insecure-requests')
    expect(directives(publicPolicy([], { dev: true }))['script-src']).toEqual([
      "'self'",
      "'unsafe-eval'",
    ])
  })
})
