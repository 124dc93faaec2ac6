import type { FieldHook } from 'payload'

import { normalizeTimeOfDay } from '@/validation'

// Runs before validation, so "1pm" is stored as "13:00" and only what cannot be read is refused.
export const normalizeTimeField: FieldHook = ({ value }) => normalizeTimeOfDay(value)
