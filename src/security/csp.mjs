// The Content-Security-Policy strings, in one place for the cache handler (hashes), the proxy
// (nonces) and next.config.mjs (admin, uploads). Plain JavaScript: the cache handler and
// next.config.mjs are loaded by Node itself, without a TypeScript step.

/**
 * What every public page may load. Inline *scripts* are what the policy forbids; inline styles
 * stay allowed because next/image and React write style attributes.
 *
 * @param {string[]} scriptSources extra script-src entries: `'sha256-…'` hashes or one `'nonce-…'`
 * @param {{ dev?: boolean }} [options] `next dev` needs eval for its fast refresh
 * @returns {string}
 */
export const publicPolicy = (scriptSources, { dev = false } = {}) =>
  [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptSources, ...(dev ? ["'unsafe-eval'"] : [])].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The spam check (altcha) solves its puzzle in a worker.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The admin's live preview frames the site from the same origin.
    "frame-ancestors 'self'",
  ].join('; ')

/**
 * A policy for a page rendered per request: Next puts this nonce on its own scripts when it
 * finds it in the request's content-security-policy header.
 *
 * @param {string} nonce
 * @param {{ dev?: boolean }} [options]
 */
export const noncePolicy = (nonce, options) => publicPolicy([`'nonce-${nonce}'`], options)

/**
 * A policy for a cached page: the hashes of exactly the inline scripts in its stored HTML.
 *
 * @param {string[]} hashes base64 sha256 digests
 */
export const hashPolicy = (hashes) =>
  publicPolicy([...new Set(hashes)].map((hash) => `'sha256-${hash}'`))

/** A fresh nonce: 128 random bits, base64. */
export const createNonce = () => {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

/** The admin runs Payload's own inline scripts; what it must not be is framed by other sites. */
export const ADMIN_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'"

/** API answers are data, never a document to run. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'self'"

/**
 * Uploaded files are served as they were uploaded: even an image opened on its own (or a file
 * that slipped past the type check) cannot run anything or reach the site's origin.
 */
export const UPLOAD_POLICY =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'"

/** Sent with every response (next.config.mjs). */
export const SECURITY_HEADERS = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  },
]
