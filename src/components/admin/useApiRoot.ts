'use client'
import { useConfig } from '@payloadcms/ui'

/** Where this Payload's REST API answers, e.g. https://clinic.example/api: `${root}/citations`. */
export const useApiRoot = (): string => {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  return `${serverURL}${api}`
}

/** The admin panel's path, e.g. /admin: `${root}/collections/reviews/1`. */
export const useAdminRoot = (): string => useConfig().config.routes.admin
