// Next calls register() once per server start, in each runtime. Only the Node.js server starts
// Payload; written as this condition so Next drops the import from its Edge build (which would
// otherwise warn about the Node.js APIs in it).
export async function register() {
  if (
    process.env.NEXT_RUNTIME === 'nodejs' &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    const [{ startServer }, { registerHtmlForVisitors }, { registerFrontCache }] =
      await Promise.all([
        import('./startup/startServer'),
        import('./hydration/runtime.mjs'),
        import('./cache/frontCache.mjs'),
      ])
    // `next dev` keeps its runtime everywhere: fast refresh and the error overlay live in it.
    if (process.env.NODE_ENV === 'production') {
      registerHtmlForVisitors()
      // One process's pages only: with REDIS_URL another instance can expire them.
      if (!process.env.REDIS_URL?.trim() && process.env.FRONT_CACHE !== 'off') registerFrontCache()
    }
    await startServer()
  }
}
