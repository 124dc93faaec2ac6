// Run by Playwright's webServer command before the app starts: every e2e run begins on an
// empty database (which the server migrates and seeds on boot) and an empty media folder.
import { mkdirSync, rmSync } from 'node:fs'

const dir = process.env.E2E_DATA_DIR
if (!dir || !dir.includes('clinic-e2e')) {
  console.error(`Refusing to reset E2E_DATA_DIR=${dir ?? '(unset)'}: not an e2e temp folder`)
  process.exit(1)
}
rmSync(dir, { recursive: true, force: true })
mkdirSync(`${dir}/media`, { recursive: true })
console.log(`[e2e] fresh database at ${dir}/e2e.db`)
