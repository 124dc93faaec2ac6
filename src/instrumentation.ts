// Next calls register() once per server start, in each runtime. Only the Node.js server starts
// Payload; written as this condition so Next drops the import from its Edge build (which would
// otherwise warn about the Node.js APIs in it).
export async function register() {
  if (
    process.env.NEXT_RUNTIME === 'nodejs' &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    const { startServer } = await import('./startup/startServer')
    await startServer()
  }
}
