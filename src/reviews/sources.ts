/** Where a review was first written, as the reviews list says it: "on Facebook". */
export const SOURCE_LABELS: Record<string, string> = {
  facebook: 'Facebook',
  google: 'Google',
  website: 'our website',
  other: 'another site',
}
