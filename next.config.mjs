import { withPayload } from '@payloadcms/next/withPayload'

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
