// @ts-check
import { BenchError } from './errors.mjs'
import { getOk } from './http.mjs'

/**
 * `count` indexes spread evenly over [from, to), e.g. samples across the whole table rather than
 * its newest rows.
 * @param {number} from
 * @param {number} to
 * @param {number} count
 */
export const spread = (from, to, count) => {
  if (to - from < count) throw new RangeError(`cannot take ${count} samples from ${to - from}`)
  const step = (to - from) / count
  return Array.from({ length: count }, (_, i) => from + Math.floor(i * step))
}

/**
 * The reference list of a synthetic article as rendered: one numbered entry per cited paper,
 * each showing its DOI. Returns the problem, or null when it is whole.
 * @param {string} html
 * @param {string[]} dois
 */
export const referencesProblem = (html, dois) => {
  const entries = html.match(/<li id="ref-\d+"/g)?.length ?? 0
  if (entries !== dois.length) return `${entries} references listed, ${dois.length} expected`
  const missing = dois.filter(
    (doi) => !new RegExp(`${doi.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`).test(html),
  )
  return missing.length ? `no reference shows ${missing.join(', ')}` : null
}

/**
 * Renders of never-requested article pages, one after another, in milliseconds. Every page is
 * checked to be the article with its full reference list.
 * @param {string} baseUrl
 * @param {Array<{ slug: string, dois: string[] }>} articles
 */
export const measureMisses = async (baseUrl, articles) => {
  const times = []
  for (const { slug, dois } of articles) {
    const { ms, text } = await getOk(`${baseUrl}/articles/${slug}`)
    const problem = referencesProblem(text, dois)
    if (problem)
      throw new BenchError(`/articles/${slug} does not render its citations: ${problem}.`)
    times.push(ms)
  }
  return times
}
