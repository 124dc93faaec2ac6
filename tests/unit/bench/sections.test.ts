/** @jest-environment node */
import { keepSections, replaceSection } from '../../../bench/lib/sections.mjs'

const START = '<!-- npm run load: start -->'
const END = '<!-- npm run load: end -->'

describe('the sections of BENCHMARKS.md that other commands own', () => {
  const bench = '# Benchmarks\n\n## a. Cached article page\n\nfigures\n'

  it('are appended once, then replaced in place', () => {
    const first = replaceSection(bench, 'load', '# Load test\n\nold')
    expect(first).toContain(bench.trim())
    expect(first).toContain(`${START}\n\n# Load test\n\nold\n\n${END}`)
    const second = replaceSection(`${first}\n## After\n`, 'load', '# Load test\n\nnew')
    expect(second).not.toContain('old')
    expect(second.split(START)).toHaveLength(2)
    expect(second).toContain('## After')
  })

  it('survive npm run bench rewriting the rest of the file', () => {
    const withBoth = replaceSection(
      replaceSection(bench, 'load', '# Load test\n\nkept'),
      'bench:wordpress',
      '# WordPress import\n\nalso kept',
    )
    const rewritten = keepSections(withBoth, '# Benchmarks\n\nnew figures\n', [
      'load',
      'bench:wordpress',
    ])
    expect(rewritten).toContain('new figures')
    expect(rewritten).toContain('kept')
    expect(rewritten).toContain('also kept')
    expect(rewritten).not.toContain('## a. Cached')
    expect(keepSections(bench, '# Benchmarks\n', ['load'])).toBe('# Benchmarks\n')
  })
})
