// autocannon ships no types; this is the part of its API bench/lib/load.mjs and
// bench/lib/loadTest.mjs use.
declare module 'autocannon' {
  type Histogram = { average: number; total: number; p50: number; p99: number }
  type Request = {
    method?: string
    path?: string
    body?: string
    headers?: Record<string, string>
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request
  }
  type Client = { setHeaders: (headers: Record<string, string>) => void }
  type Options = {
    url: string
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    method?: string
    body?: string
    headers?: Record<string, string>
    requests?: Request[]
    setupClient?: (client: Client) => void
    warmup?: { connections?: number; duration?: number }
  }
  type Result = {
    requests: Histogram
    latency: Histogram
    non2xx: number
    errors: number
    timeouts: number
    '1xx': number
    '2xx': number
    '3xx': number
    '4xx': number
    '5xx': number
    statusCodeStats?: Record<string, { count: number }>
  }
  export default function autocannon(options: Options): Promise<Result>
}
