import { median, percentile, ratio } from '../../../bench/lib/stats.mjs'

describe('percentile', () => {
  it('interpolates between the nearest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5)
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5)
    expect(percentile([10, 20, 30], 50)).toBe(20)
    expect(percentile([0, 10], 90)).toBe(9)
    expect(
      percentile(
        Array.from({ length: 101 }, (_, i) => i),
        99,
      ),
    ).toBe(99)
  })

  it('gives the extremes at 0 and 100, and the value itself for one measurement', () => {
    expect(percentile([5, 1, 9], 0)).toBe(1)
    expect(percentile([5, 1, 9], 100)).toBe(9)
    expect(percentile([7], 99)).toBe(7)
  })

  it('leaves out what is not a number, and is NaN when nothing is left', () => {
    expect(percentile([1, Number.NaN, 3], 50)).toBe(2)
    expect(percentile([], 50)).toBeNaN()
    expect(median([Number.NaN])).toBeNaN()
  })

  it('counts Infinity (something that never happened) as the slowest measurement', () => {
    expect(percentile([100, 200, Infinity], 50)).toBe(200)
    expect(percentile([100, Infinity, Infinity], 50)).toBe(Infinity)
    expect(percentile([100, 200, Infinity, Infinity], 50)).toBe(Infinity)
    expect(percentile([100, 200, 300, Infinity], 50)).toBe(250)
  })

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2]
    percentile(values, 50)
    expect(values).toEqual([3, 1, 2])
  })

  it.each([-1, 101, Number.NaN])('refuses the percentile %p', (p) => {
    expect(() => percentile([1], p)).toThrow(RangeError)
  })
})

describe('ratio', () => {
  it('divides, and is NaN when it cannot be measured', () => {
    expect(ratio(1185, 43654)).toBeCloseTo(0.027, 3)
    expect(ratio(1, 0)).toBeNaN()
    expect(ratio(Number.NaN, 2)).toBeNaN()
  })
})
