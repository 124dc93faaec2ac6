/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

// Edited: oversize bodies answer 413 before Payload reads them (src/http/bodyLimit.ts).
import { withBodyLimit } from '@/http/bodyLimit'

export const POST = withBodyLimit(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
