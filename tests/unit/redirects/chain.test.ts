/** @jest-environment node */
import { chainMessage, findChainProblem, MAX_HOPS, type NextRedirect } from '@/redirects/chain'
import { lookupKeys, targetKey } from '@/redirects/normalize'

/** Redirects as from → to, looked up the way the site does (exact query first, then path). */
const redirects = (table: Record<string, string>): NextRedirect => {
  return async (key) => {
    const from = lookupKeys(key).find((candidate) => candidate in table)
    if (!from) return null
    return { from, target: { display: table[from], key: targetKey(table[from]) } }
  }
}

const target = (to: string) => ({ display: to, key: targetKey(to) })

describe('findChainProblem', () => {
  it('accepts a redirect to a page no other redirect starts from', async () => {
    expect(await findChainProblem('/a', target('/b'), redirects({}))).toBeNull()
  })

  it('accepts a chain that ends, and a chain that leaves the site', async () => {
    const table = { '/b': '/c', '/c': 'https://example.org/' }
    expect(await findChainProblem('/a', target('/b'), redirects(table))).toBeNull()
  })

  it('refuses a redirect to its own address, however it is spelled', async () => {
    for (const to of ['/a', '/A/', '/a#top', '/a?utm_source=x', '/a?x=1']) {
      expect(await findChainProblem('/a', target(to), redirects({}))).toEqual({
        kind: 'self',
        chain: ['/a', to],
      })
    }
  })

  it('refuses a loop through other redirects and shows it', async () => {
    const table = { '/b': '/c', '/c': '/a' }
    const problem = await findChainProblem('/a', target('/b'), redirects(table))
    expect(problem).toEqual({ kind: 'loop', chain: ['/a', '/b', '/c', '/a'] })
    expect(chainMessage(problem!)).toBe(
      'This would make a redirect loop: /a → /b → /c → /a. Change where this redirect goes, or the other redirect in the loop.',
    )
  })

  it('refuses leading into a loop that does not pass through this redirect', async () => {
    const table = { '/b': '/c', '/c': '/b' }
    expect(await findChainProblem('/a', target('/b'), redirects(table))).toEqual({
      kind: 'loop',
      chain: ['/a', '/b', '/c', '/b'],
    })
  })

  it('follows the path-only redirect when no redirect matches the query', async () => {
    const table = { '/b': '/a?ref=b' }
    expect(await findChainProblem('/a', target('/b?x=1'), redirects(table))).toEqual({
      kind: 'loop',
      chain: ['/a', '/b?x=1', '/a?ref=b'],
    })
  })

  it('refuses a chain longer than MAX_HOPS, and accepts one of exactly MAX_HOPS', async () => {
    const chainOf = (length: number) =>
      Object.fromEntries(Array.from({ length }, (_, i) => [`/p${i}`, `/p${i + 1}`]))
    expect(await findChainProblem('/start', target('/p0'), redirects(chainOf(MAX_HOPS)))).toBeNull()
    const problem = await findChainProblem(
      '/start',
      target('/p0'),
      redirects(chainOf(MAX_HOPS + 1)),
    )
    expect(problem?.kind).toBe('long')
    expect(chainMessage(problem!)).toMatch(
      /^This redirect leads on through more than 10 other redirects \(\/start → \/p0 → \/p1 → \/p2 → …\)/,
    )
  })

  it('says which page a self-redirect comes back to', () => {
    expect(chainMessage({ kind: 'self', chain: ['/a', '/a/'] })).toBe(
      'This would send visitors back to the address they came from (/a → /a/). Choose a different destination.',
    )
  })
})
