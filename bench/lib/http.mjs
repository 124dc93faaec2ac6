// @ts-check
import { BenchError } from './errors.mjs'

/**
 * fetch, with a network failure or time-out turned into a one-line reason.
 * @param {string} url
 * @param {RequestInit & { timeoutMs?: number }} [init]
 */
export const request = async (url, { timeoutMs = 30_000, ...init } = {}) => {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    const { pathname, host } = new URL(url)
    const what = `${init.method ?? 'GET'} ${pathname} on ${host}`
    // A DOMException, not always an Error instance: compare by name.
    if (/** @type {{ name?: string }} */ (error)?.name === 'TimeoutError')
      throw new BenchError(`${what} got no answer within ${timeoutMs / 1000} s.`)
    const cause = /** @type {{ cause?: { code?: string, message?: string } }} */ (error).cause
    throw new BenchError(
      `${what} failed (${cause?.code ?? cause?.message ?? String(error)}); the server stopped answering.`,
    )
  }
}

/**
 * A GET timed from sending the request to the last byte of the body.
 * @param {string} url
 * @param {{ headers?: Record<string, string>, timeoutMs?: number }} [options]
 */
export const timedGet = async (url, { headers = {}, timeoutMs = 30_000 } = {}) => {
  const started = performance.now()
  const response = await request(url, { headers, redirect: 'manual', timeoutMs })
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
  const response = await request(url, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok)
    throw new BenchError(
      `${method} ${new URL(url).pathname} answered ${response.status}: ${text.slice(0, 200)}`,
    )
  return JSON.parse(text)
}
