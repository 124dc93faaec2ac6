// Start Payload when the server boots rather than on the first request: migrations and
// first-start seeding happen up front, and the job queue (scheduled publishing) runs even
// if nobody opens the admin panel.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { getPayloadClient } = await import('./data/client')
  await getPayloadClient()
  // Pages `next build` prerendered (from whatever database the build saw, often an empty one)
  // and cache entries from before this start may not match the database now: expire them all
  // once, so every page is rendered fresh on its first request and cached from then on.
  const [{ revalidateTags }, { tags }] = await Promise.all([
    import('./data/revalidate'),
    import('./data/tags'),
  ])
  await revalidateTags([tags.site])
}
