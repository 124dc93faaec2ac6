// @ts-check
import { BenchError } from './errors.mjs'

/**
 * A GET timed from sending the request to the last byte of the body.
 * @param {string} url
 * @param {{ headers?: Record<string, string>, timeoutMs?: number }} [options]
 */
export const timedGet = async (url, { headers = {}, timeoutMs = 30_000 } = {}) => {
  const started = performance.now()
  const response = await fetch(url, {
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  })
  const body = Buffer.from(await response.arrayBuffer())
  return {
    status: response.status,
    ms: performance.now() - started,
    body,
    headers: response.headers,
  }
}

/**
 * GET that must answer 200; the page's HTML.
 * @param {string} url
 * @param {{ headers?: Record<string, string>, timeoutMs?: number }} [options]
 */
export const getOk = async (url, options) => {
  const result = await timedGet(url, options)
  if (result.status !== 200)
    throw new BenchError(`GET ${new URL(url).pathname} answered ${result.status}, not 200.`)
  return { ...result, text: result.body.toString('utf8') }
}

/**
 * A JSON request (for the REST API); throws with the status and start of the answer otherwise.
 * @param {string} url
 * @param {{ method?: string, body?: unknown, token?: string }} [options]
 */
export const json = async (url, { method = 'GET', body, token } = {}) => {
  const response = await fetch(url, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  if (!response.ok)
    throw new BenchError(
      `${method} ${new URL(url).pathname} answered ${response.status}: ${text.slice(0, 200)}`,
    )
  return JSON.parse(text)
}
