import type { MetadataRoute } from 'next'

import { sitemapIndexUrl } from '@/seo/urls'

// The origin comes from the environment at run time, not from the build machine.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      // Staff, the API, preview routes (/next/…) and endless search result pages.
      disallow: ['/admin', '/api', '/next/', '/search'],
    },
    // The index lists every sitemap part.
    sitemap: sitemapIndexUrl(),
  }
}
