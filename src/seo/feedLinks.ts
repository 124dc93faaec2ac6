/** The feeds, announced in every page's head; a page that sets its own `alternates` repeats them. */
export const FEED_LINKS = {
  'application/rss+xml': '/feed.xml',
  'application/atom+xml': '/feed.atom',
}
