// Run with `payload run` by tests/int/scripts.test.ts: a script whose work waits on a promise that
// never settles, so the event loop runs dry before it has finished (as when an import stalls).
import { runScript } from '@/cli/runScript'

await runScript('stalls', async ({ loadPayload }) => {
  if (process.env.STALL_AFTER_LOADING === 'true') await loadPayload()
  await new Promise(() => {})
})
