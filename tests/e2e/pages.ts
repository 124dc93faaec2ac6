/** Every public page type, with an address of the seeded demo clinic that shows it. */
export const PAGE_TYPES = [
  { name: 'home', url: '/' },
  { name: 'article', url: '/articles/how-stem-cells-help-fix-a-broken-healing-cycle' },
  { name: 'article list', url: '/articles' },
  { name: 'article list by topic', url: '/articles?topic=knee' },
  { name: 'topic', url: '/topics/prolotherapy' },
  { name: 'physician', url: '/physicians/ross-hauser' },
  { name: 'office list', url: '/offices' },
  { name: 'office', url: '/offices/chicagoland' },
  { name: 'standalone page', url: '/disclaimer' },
  { name: 'new patients page', url: '/new-patients' },
  { name: 'reviews', url: '/reviews' },
  { name: 'contact', url: '/contact' },
  { name: 'search prompt', url: '/search' },
  { name: 'search results', url: '/search?q=stem+cells' },
  { name: 'search without results', url: '/search?q=zebra' },
  { name: 'not found', url: '/no-such-page', status: 404 },
] as const
