/** Where a review was first written, as a badge says it. */
export const SOURCE_BADGES: Record<string, string> = {
  facebook: 'Facebook',
  google: 'Google',
  website: 'Our website',
  other: 'Other site',
}

/** The same, after "on": "Read the original on Facebook". */
export const SOURCE_LABELS: Record<string, string> = {
  facebook: 'Facebook',
  google: 'Google',
  website: 'our website',
  other: 'another site',
}

export const sourceKey = (source: string | null | undefined): string =>
  source && source in SOURCE_BADGES ? source : 'other'
