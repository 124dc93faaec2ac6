// Run with `payload run` by tests/int/scripts.test.ts: a script that forgets to await its work, so
// Payload's bin calls process.exit(0) as soon as the module has been evaluated.
import { runScript } from '@/cli/runScript'

void runScript('not-awaited', () => new Promise((resolve) => setTimeout(resolve, 30_000)))
