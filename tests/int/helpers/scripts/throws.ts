// Run with `payload run` by tests/int/scripts.test.ts: a script whose work throws.
import { runScript } from '@/cli/runScript'

await runScript('throws', async () => {
  throw new TypeError('the work broke')
})
