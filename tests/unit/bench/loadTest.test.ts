/** @jest-environment node */
import {
  keepLoadSection,
  memoryVerdict,
  readLoadOptions,
  replaceLoadSection,
  SECTION_END,
  SECTION_START,
} from '../../../bench/lib/loadTest.mjs'

const MB = 1e6

describe('the load test settings', () => {
  it('defaults to 50 connections for 60 s, and refuses nonsense', () => {
    expect(readLoadOptions({})).toMatchObject({ durationSeconds: 60, connections: 50, port: 3120 })
    expect(readLoadOptions({ LOAD_DURATION: '10' }).durationSeconds).toBe(10)
    expect(() => readLoadOptions({ LOAD_CONNECTIONS: 'lots' })).toThrow(/LOAD_CONNECTIONS/)
  })
})

describe('its section of BENCHMARKS.md', () => {
  const bench = '# Benchmarks\n\n## a. Cached article page\n\nfigures\n'

  it('is appended once, then replaced in place', () => {
    const first = replaceLoadSection(bench, '# Load test\n\nold')
    expect(first).toContain(bench.trim())
    expect(first).toContain(`${SECTION_START}\n\n# Load test\n\nold\n\n${SECTION_END}`)
    const second = replaceLoadSection(`${first}\n## After\n`, '# Load test\n\nnew')
    expect(second).not.toContain('old')
    expect(second.split(SECTION_START)).toHaveLength(2)
    expect(second).toContain('## After')
  })

  it('survives npm run bench rewriting the rest of the file', () => {
    const withLoad = replaceLoadSection(bench, '# Load test\n\nkept')
    const rewritten = keepLoadSection(withLoad, '# Benchmarks\n\nnew figures\n')
    expect(rewritten).toContain('new figures')
    expect(rewritten).toContain('kept')
    expect(keepLoadSection(bench, '# Benchmarks\n')).toBe('# Benchmarks\n')
  })
})

describe('memory verdict', () => {
  const samples = (phases: Array<[string, number]>) =>
    phases.map(([phase, mb]) => ({ phase, bytes: mb * MB }))

  it('compares the end with the first sample after the warm-up', () => {
    const steady = memoryVerdict(
      samples([
        ['start', 300],
        ['warm-up', 380],
        ['article', 400],
        ['home', 430],
        ['accepted', 420],
      ]),
    )
    expect(steady).toMatchObject({ start: 300 * MB, afterWarmUp: 400 * MB, peak: 430 * MB })
    expect(steady.growth).toBeCloseTo(0.05)
    expect(steady.stable).toBe(true)
    const leaking = memoryVerdict(
      samples([
        ['start', 300],
        ['article', 400],
        ['accepted', 480],
      ]),
    )
    expect(leaking.stable).toBe(false)
  })
})
