// autocannon ships no types; this is the part of its API bench/lib/load.mjs uses.
declare module 'autocannon' {
  type Histogram = { average: number; total: number; p50: number; p99: number }
  type Options = {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    warmup?: { connections?: number; duration?: number }
  }
  type Result = {
    requests: Histogram
    latency: Histogram
    non2xx: number
    errors: number
    timeouts: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
