import { requestPath, type SearchParams } from '@/redirects/normalize'
import { redirectOrNotFound } from '@/redirects/redirectOrNotFound'

type Props = { params: Promise<{ path: string[] }>; searchParams: Promise<SearchParams> }

// Addresses no other route matches, such as the old site's /2019/05/knee-pain or /blog/x: a
// redirect if staff made one, else the helpful 404. More specific routes, /[slug] among them,
// still win (Next matches a catch-all last).
export default async function MovedOrMissing({ params, searchParams }: Props) {
  const [{ path }, query] = await Promise.all([params, searchParams])
  return redirectOrNotFound(requestPath(path, query))
}
