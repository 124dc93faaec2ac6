// @ts-check
import { randomBytes } from 'node:crypto'

import { BenchError } from './errors.mjs'
import { getOk, json, timedGet } from './http.mjs'
import { sleep } from './processes.mjs'

/**
 * Logs a staff member in over REST, as the admin does; the token for later requests.
 * @param {string} baseUrl
 * @param {{ email: string, password: string }} staff
 * @returns {Promise<string>}
 */
export const logIn = async (baseUrl, { email, password }) => {
  const answer = await json(`${baseUrl}/api/users/login`, {
    method: 'POST',
    body: { email, password },
  })
  if (!answer.token) throw new BenchError('Logging in over REST gave no token.')
  return answer.token
}

/**
 * @typedef {object} PublishTimes
 * @property {number[]} visibleMs from sending the save to the first public page showing it;
 *   Infinity for an edit that was not visible within the time-out
 * @property {number[]} saveMs how long the save itself took (the editor's wait)
 */

/**
 * Publish-to-visible: an editor saves a new title on a published article (PATCH, as the admin's
 * Publish button does), and a visitor reloads the public page every `pollMs` until the new title
 * is there. Before each edit the page is requested once, so whatever cache the site keeps holds
 * the old version. An edit not visible within `timeoutMs` counts as never visible (Infinity).
 * The visitor asks `visitorUrl` (another instance of the site) when given, else `baseUrl`.
 * @param {{ baseUrl: string, visitorUrl?: string, token: string,
 *   article: { id: number | string, slug: string }, edits: number, pollMs?: number,
 *   timeoutMs?: number }} options
 * @returns {Promise<PublishTimes>}
 */
export const measurePublish = async ({
  baseUrl,
  visitorUrl = baseUrl,
  token,
  article,
  edits,
  pollMs = 10,
  timeoutMs = 10_000,
}) => {
  const page = `${visitorUrl}/articles/${article.slug}`
  const run = randomBytes(3).toString('hex')
  /** @type {PublishTimes} */
  const times = { visibleMs: [], saveMs: [] }
  for (let edit = 1; edit <= edits; edit += 1) {
    await getOk(page)
    const title = `Benchmark edit ${run} number ${edit}`
    const started = performance.now()
    await json(`${baseUrl}/api/articles/${article.id}`, {
      method: 'PATCH',
      token,
      body: { title, _status: 'published' },
    })
    times.saveMs.push(performance.now() - started)
    let visible = Number.POSITIVE_INFINITY
    while (performance.now() - started < timeoutMs) {
      const { status, body } = await timedGet(page)
      if (status === 200 && body.includes(title)) {
        visible = performance.now() - started
        break
      }
      await sleep(pollMs)
    }
    times.visibleMs.push(visible)
  }
  return times
}
