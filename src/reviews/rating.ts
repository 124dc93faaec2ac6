/** A rating as people read it, to one decimal: 4.75 → 4.8. Used for the digits and the stars. */
export const roundRating = (value: number): number => Math.round(value * 10) / 10

/** Clamped to 0–5; NaN and other non-numbers count as 0. */
export const clampRating = (value: number): number =>
  Number.isFinite(value) ? Math.max(0, Math.min(5, value)) : 0
