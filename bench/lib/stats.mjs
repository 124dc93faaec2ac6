// @ts-check
/**
 * The p-th percentile (0–100) of some measurements, interpolating linearly between the two
 * nearest ranks (numpy's default), so p50 of [1, 2, 3, 4] is 2.5. NaN when there are none.
 * Infinity counts as a measurement (something that never happened, like a timed-out edit).
 * @param {readonly number[]} values
 * @param {number} p
 * @returns {number}
 */
export const percentile = (values, p) => {
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`percentile ${p} is not 0–100`)
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b)
  if (!sorted.length) return Number.NaN
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  if (low === high || !Number.isFinite(sorted[high])) return sorted[high]
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low)
}

/** @param {readonly number[]} values */
export const median = (values) => percentile(values, 50)

/**
 * a / b, or NaN when either is missing or b is 0 (a ratio we could not measure).
 * @param {number} a
 * @param {number} b
 */
export const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN
