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
 * @typedef {{ slug: string, dois: string[] }} SampleArticle an article and the DOIs it cites
 */

/**
 * One render of a never-requested article page, in milliseconds, checked to be the article
 * with its full reference list.
 * @param {string} baseUrl
 * @param {SampleArticle} article
 */
export const measureMiss = async (baseUrl, { slug, dois }) => {
  const { ms, text } = await getOk(`${baseUrl}/articles/${slug}`)
  const problem = referencesProblem(text, dois)
  if (problem) throw new BenchError(`/articles/${slug} does not render its citations: ${problem}.`)
  return ms
}

/**
 * Cache misses on two servers side by side (the small site and the big one), one request at a
 * time, alternating which goes first, so whatever else the machine does slows both alike.
 * @param {{ url: string, articles: SampleArticle[] }} a
 * @param {{ url: string, articles: SampleArticle[] }} b
 * @returns {Promise<[number[], number[]]>}
 */
export const measureMissesSideBySide = async (a, b) => {
  const count = Math.min(a.articles.length, b.articles.length)
  /** @type {[number[], number[]]} */
  const times = [[], []]
  for (let i = 0; i < count; i += 1) {
    if (i % 2 === 0) {
      times[0].push(await measureMiss(a.url, a.articles[i]))
      times[1].push(await measureMiss(b.url, b.articles[i]))
    } else {
      times[1].push(await measureMiss(b.url, b.articles[i]))
      times[0].push(await measureMiss(a.url, a.articles[i]))
    }
  }
  return times
}
