import type { FilterOptions } from 'payload'

// Any filterOptions makes Payload check that the chosen documents exist, so a wrong id is a
// 400 naming the field rather than a database error.
export const existingOnly: FilterOptions = () => true
