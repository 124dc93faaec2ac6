import type { MetadataRoute } from 'next'

import { sitemapIndexUrl } from '@/urls'

// The origin comes from the environment at run time, not from the build machine.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      // Uploaded images stay reachable under the API: they are what shared pages show, and
      // Twitter and others do not fetch an image robots.txt forbids (the longer rule wins).
      allow: ['/', '/api/media/file/'],
      // Staff, the API, preview routes (/next/…) and endless search result pages.
      disallow: ['/admin', '/api', '/next/', '/search'],
    },
    // The index lists every sitemap part.
    sitemap: sitemapIndexUrl(),
  }
}
