import type { Metadata } from 'next'

import * as movedOrMissing from '@/app/(frontend)/[...path]/page'
import * as standalone from '@/app/(frontend)/[slug]/page'
import * as article from '@/app/(frontend)/articles/[slug]/page'
import * as articles from '@/app/(frontend)/articles/page'
import * as contact from '@/app/(frontend)/contact/page'
import * as office from '@/app/(frontend)/offices/[slug]/page'
import * as offices from '@/app/(frontend)/offices/page'
import * as home from '@/app/(frontend)/page'
import * as physician from '@/app/(frontend)/physicians/[slug]/page'
import * as reviews from '@/app/(frontend)/reviews/page'
import * as search from '@/app/(frontend)/search/page'
import * as topic from '@/app/(frontend)/topics/[slug]/page'
import { type DraftPage, matchDraftRoute } from '@/preview/draftRoutes'
import type { SearchParams } from '@/redirects/normalize'

type Props = { params: Promise<{ path?: string[] }>; searchParams: Promise<SearchParams> }

type PageModule = {
  default: (props: any) => Promise<React.ReactNode> | React.ReactNode
  generateMetadata?: (props: any) => Promise<Metadata>
}

// Each draft address is rendered by the public page it previews (src/preview/draftRoutes.ts).
const PAGES: Record<DraftPage, PageModule> = {
  home,
  articles,
  offices,
  reviews,
  search,
  contact,
  article,
  topic,
  physician,
  office,
  standalone,
  movedOrMissing,
}

// Drafts are read per request for the signed-in editor and never cached.
export const dynamic = 'force-dynamic'

const resolve = async ({ params, searchParams }: Props) => {
  const route = matchDraftRoute((await params).path ?? [])
  return {
    page: PAGES[route.page],
    props: { params: Promise.resolve(route.params), searchParams },
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page, props: pageProps } = await resolve(props)
  return page.generateMetadata ? page.generateMetadata(pageProps) : {}
}

export default async function DraftPage(props: Props) {
  const { page, props: pageProps } = await resolve(props)
  const Page = page.default
  return <Page {...pageProps} />
}
