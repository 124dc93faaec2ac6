import { BenchError } from '../../../bench/lib/errors.mjs'
import { ISSUE_SIZES, readBenchOptions, sizeDeviations } from '../../../bench/lib/options.mjs'

describe('readBenchOptions', () => {
  it('defaults to the sizes and settings issue 8 asks for', () => {
    const options = readBenchOptions({})
    expect(options).toMatchObject({
      articles: 10_000,
      citations: 50_000,
      reviews: 20_000,
      smallArticles: 100,
      port: 3100,
      missSamples: 30,
      edits: 20,
      skipBuild: false,
      lighthouse: true,
      lighthouseRuns: 3,
      output: 'BENCHMARKS.md',
      durationSeconds: 10,
      wrkThreads: 2,
      wrkConnections: 64,
    })
    expect(sizeDeviations(options)).toEqual([])
  })

  it('takes smaller sizes for a quick run, and says how they differ from the issue', () => {
    const options = readBenchOptions({
      BENCH_ARTICLES: '2_000',
      BENCH_REVIEWS: '500',
      BENCH_LIGHTHOUSE: 'false',
      BENCH_SKIP_BUILD: '1',
    })
    expect(options).toMatchObject({
      articles: 2000,
      reviews: 500,
      lighthouse: false,
      skipBuild: true,
    })
    expect(sizeDeviations(options)).toEqual([
      'articles 2,000 (issue: 10,000)',
      'reviews 500 (issue: 20,000)',
    ])
    expect(ISSUE_SIZES.articles).toBe(10_000)
  })

  it('takes wrk’s threads and connections', () => {
    expect(
      readBenchOptions({ BENCH_WRK_THREADS: '4', BENCH_WRK_CONNECTIONS: '256' }),
    ).toMatchObject({ wrkThreads: 4, wrkConnections: 256 })
  })

  it.each([
    [
      { BENCH_WRK_CONNECTIONS: '0' },
      'BENCH_WRK_CONNECTIONS must be a whole number from 1 to 5,000, not "0".',
    ],
    [
      { BENCH_WRK_THREADS: '100' },
      'BENCH_WRK_THREADS must be a whole number from 1 to 64, not "100".',
    ],
    [
      { BENCH_WRK_THREADS: '8', BENCH_WRK_CONNECTIONS: '4' },
      'BENCH_WRK_CONNECTIONS (4) must be at least BENCH_WRK_THREADS (8): wrk gives each thread its own connections.',
    ],
    [
      { BENCH_ARTICLES: 'lots' },
      'BENCH_ARTICLES must be a whole number from 50 to 1,000,000, not "lots".',
    ],
    [
      { BENCH_ARTICLES: '1.5' },
      'BENCH_ARTICLES must be a whole number from 50 to 1,000,000, not "1.5".',
    ],
    [{ BENCH_PORT: '80' }, 'BENCH_PORT must be a whole number from 1,024 to 65,535, not "80".'],
    [{ BENCH_DURATION: '0' }, 'BENCH_DURATION must be a whole number from 1 to 600, not "0".'],
    [{ BENCH_LIGHTHOUSE: 'maybe' }, 'BENCH_LIGHTHOUSE must be true or false, not "maybe".'],
    [
      { BENCH_LIGHTHOUSE_RUNS: '0' },
      'BENCH_LIGHTHOUSE_RUNS must be a whole number from 1 to 9, not "0".',
    ],
    [
      { BENCH_SMALL_ARTICLES: '20' },
      'BENCH_SMALL_ARTICLES (20) must be at least BENCH_MISS_SAMPLES + 10 (40).',
    ],
    [
      { BENCH_ARTICLES: '120', BENCH_SMALL_ARTICLES: '100' },
      'BENCH_ARTICLES (120) must exceed BENCH_SMALL_ARTICLES (100) by at least BENCH_MISS_SAMPLES + 10 (40).',
    ],
  ])('refuses %p in one line', (env, message) => {
    expect(() => readBenchOptions(env)).toThrow(new BenchError(message))
    expect(() => readBenchOptions(env)).toThrow(BenchError)
  })
})
