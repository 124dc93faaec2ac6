/**
 * A relationship as Payload returns it: the related document when the read populated it,
 * otherwise its id (or nothing). These give the document, or undefined / only the documents.
 */
export function populated<T extends object>(
  value: T | number | string | null | undefined,
): T | undefined
export function populated<T extends object>(value: unknown): T | undefined
export function populated(value: unknown) {
  return value && typeof value === 'object' ? value : undefined
}

export function populatedAll<T extends object>(
  values: (T | number | string)[] | null | undefined,
): T[]
export function populatedAll<T extends object>(values: unknown): T[]
export function populatedAll(values: unknown) {
  return Array.isArray(values) ? values.filter((value) => populated(value) !== undefined) : []
}
