import HomePage from '@/app/(frontend)/page'
import { requestPath, type SearchParams } from '@/redirects/normalize'
import { redirectIfMoved } from '@/redirects/redirectOrNotFound'

export { generateMetadata } from '@/app/(frontend)/page'

type Props = { searchParams: Promise<SearchParams> }

/**
 * Old WordPress links to single posts and pages (/?p=123), rewritten here by src/proxy.ts so the
 * home page itself stays static: a redirect if staff made one, else the home page as before.
 */
export default async function WordPressLink({ searchParams }: Props) {
  await redirectIfMoved(requestPath([], await searchParams))
  return <HomePage />
}
