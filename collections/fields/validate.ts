import type { Check } from '@/validation'

// A custom validate replaces Payload's built-in one, so `required` is checked here too.
export const validateWith =
  (check: (value: unknown) => Check) =>
  (value: unknown, options?: { required?: boolean }): true | string => {
    const blank = value === undefined || value === null || value === ''
    if (blank && options?.required) return 'This field is required.'
    return check(value)
  }
