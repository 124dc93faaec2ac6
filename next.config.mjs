import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { ADMIN_POLICY, API_POLICY, SECURITY_HEADERS, UPLOAD_POLICY } from './src/security/csp.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Dockerfile builds the self-contained server; local `next start` does not need it.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // src/app/global-not-found.tsx: one helpful 404 for any unmatched address.
  experimental: { globalNotFound: true },
  // Tests are type-checked by `npm run typecheck` (part of `npm test`), not by every build.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  images: {
    formats: ['image/avif', 'image/webp'],
  },
  // Next's file-system cache plus a hash-based Content-Security-Policy on every stored page.
  cacheHandler: fileURLToPath(new URL('./src/cache/nextCacheHandler.mjs', import.meta.url)),
  // Sitemap parts live at the root (/sitemap-0.xml): a sitemap may only list addresses under its
  // own folder. Parts are numbered from 0; anything else is no sitemap.
  rewrites: async () => [
    { source: '/sitemap-:part(\\d{1,6}).xml', destination: '/next/sitemap/:part' },
  ],
  // Public pages get their Content-Security-Policy from the cache handler (cached pages) or
  // src/proxy.ts (pages rendered per request), never from here: a second header would apply too.
  headers: async () => [
    { source: '/:path*', headers: SECURITY_HEADERS },
    { source: '/admin', headers: [{ key: 'Content-Security-Policy', value: ADMIN_POLICY }] },
    { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: ADMIN_POLICY }] },
    {
      source: '/api/:path((?!media/file/).*)',
      headers: [{ key: 'Content-Security-Policy', value: API_POLICY }],
    },
    {
      source: '/api/media/file/:path*',
      headers: [{ key: 'Content-Security-Policy', value: UPLOAD_POLICY }],
    },
  ],
}

// Payload asks every route for the colour-scheme client hint with Critical-CH, which makes
// Chrome reload public pages once. Only the admin uses that hint, so keep it there.
const scopeClientHintsToAdmin = (config) => ({
  ...config,
  headers: async () => {
    const rules = (await config.headers?.()) ?? []
    return rules.map((rule) =>
      rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
        ? { ...rule, source: '/admin/:path*' }
        : rule,
    )
  },
})

export default scopeClientHintsToAdmin(withPayload(nextConfig, { devBundleServerPackages: false }))
