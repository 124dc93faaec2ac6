import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { collect } from '../int/helpers/spawn'
import { anonymousApi } from './helpers'

// `npm run import:wordpress` into the database of the running production server: its pages show
// the import at once, without a restart, because the command tells the server which cached
// pages to expire. Imports one post and one page (clinic-1.1.xml), before wordpress-import.spec.

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/wordpress')

/** The command, with the server's database, secret and address (see playwright.config.ts). */
const importCommand = (baseURL: string, args: string[]) => {
  const dataDir = path.join(os.tmpdir(), `clinic-e2e-${new URL(baseURL).port}`)
  return collect('npm', ['run', '--silent', 'import:wordpress', '--', ...args], {
    env: {
      DATABASE_URI: `file:${dataDir}/e2e.db`,
      MEDIA_DIR: `${dataDir}/media`,
      PAYLOAD_SECRET: 'e2e-only-secret-3f9c1a7b52d84e06a1c2',
      NEXT_PUBLIC_SERVER_URL: baseURL,
    },
  })
}

test('a command-line import into the running site shows on its pages at once', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const visitor = await anonymousApi(playwright, baseURL)
  // Asked for before it exists: the miss is what the server has cached for that address.
  expect((await visitor.get('/articles/shoulder-pain-in-pitchers')).status()).toBe(404)

  const run = await importCommand(baseURL!, [
    path.join(FIXTURES, 'clinic-1.1.xml'),
    '--uploads',
    path.join(FIXTURES, 'uploads'),
    '--report',
    path.join(os.tmpdir(), 'e2e-wordpress-cli-report.json'),
  ])
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
  expect(run.stdout).toContain(`The site at ${baseURL} shows the import now`)

  const article = await visitor.get('/articles/shoulder-pain-in-pitchers')
  expect(article.status()).toBe(200)
  expect(await article.text()).toContain('Why the shoulder loosens')
  // The old permalink leads to it (the final slash goes first, then the redirect applies).
  const old = await visitor.get('/blog/2011/08/shoulder-pain-in-pitchers', { maxRedirects: 0 })
  expect(old.status()).toBe(308)
  expect(old.headers().location).toMatch(/\/articles\/shoulder-pain-in-pitchers$/)
  await visitor.dispose()
})
