/** @jest-environment node */
import { memoryVerdict, readLoadOptions } from '../../../bench/lib/loadTest.mjs'

const MB = 1e6

describe('the load test settings', () => {
  it('defaults to 50 connections for 60 s, and refuses nonsense', () => {
    expect(readLoadOptions({})).toMatchObject({ durationSeconds: 60, connections: 50, port: 3120 })
    expect(readLoadOptions({ LOAD_DURATION: '10' }).durationSeconds).toBe(10)
    expect(() => readLoadOptions({ LOAD_CONNECTIONS: 'lots' })).toThrow(/LOAD_CONNECTIONS/)
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
