import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

/**
 * Calls the app's real Next.js route handlers (the ones mounted at /api/[...slug] and
 * /api/graphql) with a Request, as a browser or API client would, without starting a server.
 */

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type ApiResponse<T = any> = { status: number; body: T; headers?: Headers }

type Options = {
  token?: string
  body?: unknown
  /** Extra request headers (e.g. x-forwarded-for); they replace the defaults of the same name. */
  headers?: Record<string, string>
}

const ORIGIN = 'http://localhost:3000'

const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }

const headers = (token?: string): Record<string, string> => ({
  'content-type': 'application/json',
  ...(token ? { Authorization: `JWT ${token}` } : {}),
})

const read = async (response: Response): Promise<ApiResponse> => {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  // Headers are there to read but not enumerable, so `toEqual({ status, body })` still holds.
  return Object.defineProperty({ status: response.status, body }, 'headers', {
    value: response.headers,
    enumerable: false,
  }) as ApiResponse
}

/** `apiPath` is everything after /api/, e.g. `reviews?where[status][equals]=pending`. */
export const rest = async (
  config: Promise<SanitizedConfig>,
  method: Method,
  apiPath: string,
  { token, body, headers: extra }: Options = {},
): Promise<ApiResponse> => {
  const url = new URL(`/api/${apiPath}`, ORIGIN)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)
  const request = new Request(url, {
    method,
    headers: { ...headers(token), ...extra },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handlers[method](config)(request, {
    params: Promise.resolve({ slug }),
  })
  return read(response)
}

export const graphql = async (
  config: Promise<SanitizedConfig>,
  query: string,
  { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<ApiResponse> => {
  const request = new Request(new URL('/api/graphql', ORIGIN), {
    method: 'POST',
    headers: headers(token),
    body: JSON.stringify({ query, variables }),
  })
  const response = await GRAPHQL_POST(config)(request)
  return read(response)
}
