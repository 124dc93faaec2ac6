/** The public origin, e.g. https://www.example-clinic.com, without a trailing slash. */
export const serverUrl = (): string =>
  (process.env.NEXT_PUBLIC_SERVER_URL || '').replace(/\/+$/, '')
