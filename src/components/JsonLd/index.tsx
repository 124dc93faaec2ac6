import { serializeJsonLd } from '@/seo/structuredData'

/** Structured data for search engines. `<` is escaped so staff text cannot close the script. */
export const JsonLd = ({ data }: { data: object }) => (
  <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
)
