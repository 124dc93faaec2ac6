import os from 'node:os'
import path from 'node:path'

import { defineConfig, devices } from '@playwright/test'

import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from './bench/lib/chromium.mjs'

const PORT = Number(process.env.E2E_PORT || 3100)
const baseURL = `http://localhost:${PORT}`
// A fixed folder under the OS temp dir, wiped by tests/e2e/fresh-database.mjs on every run.
const dataDir = path.join(os.tmpdir(), `clinic-e2e-${PORT}`)
// Local iteration only: E2E_SKIP_BUILD=1 reuses the last `next build`. CI always builds, as the
// Dockerfile does, without NEXT_PUBLIC_SERVER_URL: Next would inline it into the server, and the
// build must serve whatever address each server is given (the several-instances suite starts
// more servers of this build at addresses of their own).
const build =
  process.env.E2E_SKIP_BUILD === '1' && !process.env.CI
    ? ''
    : 'env -u NEXT_PUBLIC_SERVER_URL npm run build && '

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/output',
  // One server and one database shared by every test: run them one after another.
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // 'github' adds annotations on GitHub Actions; elsewhere the list and its summary line only.
  reporter: process.env.GITHUB_ACTIONS ? [['list'], ['github']] : [['list']],
  use: {
    baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Payload accepts a session cookie only from the site's own origin (csrf). Browsers say where a
    // request comes from (Origin, Sec-Fetch-Site); Playwright's API client sends neither, so its
    // cookie-authenticated calls (page.request, the request fixture) say it here.
    extraHTTPHeaders: { Origin: baseURL },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [
    // Creates the first admin through /admin/create-first-user, then an editor account.
    { name: 'setup', testMatch: /staff\.setup\.ts/ },
    // What a visitor sees on the freshly seeded site. No dependency, so it runs in the first
    // phase, before the staff tests add articles (the screenshots show the demo content only).
    {
      name: 'visitor',
      testMatch:
        /(visitor|walk|listing-pages|review-widget|screenshots|accessibility|structured-data|seo-files|search|seo-meta|security-headers|start-up|not-found|html-validity|weight-budgets)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'] },
    },
    // Two more instances of this build on a database, Redis and bucket of their own (issue 20).
    { name: 'cluster', testMatch: /several-instances\.spec\.ts/ },
    // Files run in name order: wordpress-import, which imports a whole export, runs last.
    {
      name: 'staff',
      testMatch:
        /(staff-flow|staff-words|editors-desk|cache|citations|drafts|leaks|preview|resilience|scheduled-publish|publish-status|versions|reviews-moderation|office-hours|contact-form|search-admin|seo-admin|redirects|security-preview|faults|exports|wordpress-cli|wordpress-import)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'] },
      dependencies: ['setup'],
    },
  ],
  webServer: {
    command: `node tests/e2e/fresh-database.mjs && ${build}npm start`,
    url: `${baseURL}/`,
    timeout: 300_000,
    // Local iteration only: E2E_REUSE_SERVER=1 talks to a server you started yourself.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1' && !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      PORT: String(PORT),
      E2E_DATA_DIR: dataDir,
      DATABASE_URI: `file:${dataDir}/e2e.db`,
      MEDIA_DIR: `${dataDir}/media`,
      EXPORTS_DIR: `${dataDir}/exports`,
      PAYLOAD_SECRET: 'e2e-only-secret-3f9c1a7b52d84e06a1c2',
      // The production setting: CORS and CSRF limited to this origin (payload.config.ts).
      NEXT_PUBLIC_SERVER_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
      // Six fields: the scheduled-publishing queue runs every 2 seconds during the tests.
      JOBS_CRON: '*/2 * * * * *',
      // An easier spam check, so solving 100 of them in the tests stays quick.
      ALTCHA_MAX_NUMBER: '10000',
      SEED: 'true',
      // PubMed and Crossref are out of reach (nothing listens there): citing must work offline.
      NCBI_EUTILS_URL: 'http://127.0.0.1:9/eutils',
      CROSSREF_API_URL: 'http://127.0.0.1:9/crossref',
    },
  },
})
