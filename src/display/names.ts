export const physicianDisplayName = (physician: {
  name: string
  credentials?: string | null
}): string =>
  physician.credentials ? `${physician.name}, ${physician.credentials}` : physician.name
