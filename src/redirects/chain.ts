import { lookupKeys } from './normalize'

/** Where a redirect goes: as staff wrote it (for messages), and its key (null: another site). */
export type Target = { display: string; key: string | null }

/** The redirect a request for `key` would meet next, or null when none would. */
export type NextRedirect = (key: string) => Promise<{ from: string; target: Target | null } | null>

export type ChainProblem = { kind: 'self' | 'loop' | 'long'; chain: string[] }

/** More redirects in a row than this is refused: each is a round trip for visitors and crawlers. */
export const MAX_HOPS = 10

/**
 * Follows a redirect from `from` to `target` on through the other redirects, as a visitor's
 * browser would, and reports a return to `from` (or to any address already passed), or a chain
 * longer than `maxHops`. A request also meets the redirect from its path alone when none matches
 * its query, so "/a → /a?x=1" is a loop too.
 */
export const findChainProblem = async (
  from: string,
  target: Target | null,
  next: NextRedirect,
  maxHops = MAX_HOPS,
): Promise<ChainProblem | null> => {
  const chain = [from]
  const passed = new Set([from])
  let current = target
  for (let hops = 0; current?.key; hops++) {
    chain.push(current.display)
    if (lookupKeys(current.key).includes(from))
      return { kind: chain.length === 2 ? 'self' : 'loop', chain }
    const redirect = await next(current.key)
    if (!redirect) return null
    if (hops >= maxHops) return { kind: 'long', chain }
    if (passed.has(redirect.from)) return { kind: 'loop', chain }
    passed.add(redirect.from)
    current = redirect.target
  }
  return null
}

export const chainMessage = ({ kind, chain }: ChainProblem): string => {
  if (kind === 'self')
    return `This would send visitors back to the address they came from (${chain.join(' → ')}). Choose a different destination.`
  if (kind === 'loop')
    return `This would make a redirect loop: ${chain.join(' → ')}. Change where this redirect goes, or the other redirect in the loop.`
  return `This redirect leads on through more than ${MAX_HOPS} other redirects (${chain
    .slice(0, 4)
    .join(' → ')} → …). Point it straight at the final page.`
}
