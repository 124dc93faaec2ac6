// Start Payload when the server boots rather than on the first request: migrations and
// first-start seeding happen up front, and the job queue (scheduled publishing) runs even
// if nobody opens the admin panel.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  // A missing or weak secret would otherwise leave a server that answers every request with 500.
  const { payloadSecret } = await import('./db/secret')
  try {
    payloadSecret()
  } catch (error) {
    console.error(`The server did not start: ${(error as Error).message}`)
    process.exit(1)
  }
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
