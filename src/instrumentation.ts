// Start Payload when the server boots rather than on the first request: migrations and
// first-start seeding happen up front, and the job queue (scheduled publishing) runs even
// if nobody opens the admin panel.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { getPayloadClient } = await import('./data/client')
  await getPayloadClient()
}
