import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, test } from '@playwright/test'

import { PAGE_TYPES } from './pages'

/**
 * Every public page type is valid HTML by the W3C Nu HTML Checker (vnu.jar, the checker behind
 * validator.w3.org/nu, run locally on Debian's Java): the HTML as served, before any script runs.
 * Errors and warnings fail; the checker's "info" notes (such as `<meta />` self-closing slashes,
 * which React writes) do not.
 */

const vnuJar: string = String(createRequire(import.meta.url)('vnu-jar'))

type VnuMessage = {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url: string
  lastLine?: number
  message: string
  extract?: string
}

const ADDRESSES = [
  ...PAGE_TYPES.map(({ name, url }) => ({ name, url })),
  { name: 'missing article', url: '/articles/no-such-article' },
  { name: 'missing office', url: '/offices/no-such-office' },
  { name: 'unmatched deep address', url: '/a/b/c' },
  { name: 'search with nothing to search', url: '/search?q=%25%25' },
  { name: 'second page of articles', url: '/articles?page=2' },
]

test('every page type passes the W3C Nu HTML Checker', async ({ request }) => {
  test.setTimeout(120_000)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clinic-vnu-'))
  try {
    const files = new Map<string, string>()
    for (const [index, { name, url }] of ADDRESSES.entries()) {
      const response = await request.get(url)
      expect([200, 404], `${name}: ${url}`).toContain(response.status())
      const file = path.join(dir, `${index}.html`)
      await writeFile(file, await response.body())
      files.set(`file:${file}`, `${name} (${url})`)
    }
    const { stdout, stderr } = await promisify(execFile)(
      'java',
      [
        '-jar',
        vnuJar,
        '--format',
        'json',
        '--exit-zero-always',
        ...[...files.keys()].map((f) => f.slice(5)),
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    )
    // vnu writes its JSON report to stderr.
    const { messages } = JSON.parse(stderr || stdout) as { messages: VnuMessage[] }
    const problems = messages
      .filter((m) => m.type !== 'info' || m.subType === 'warning')
      .map(
        (m) =>
          `${files.get(m.url) ?? m.url}:${m.lastLine ?? '?'}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`,
      )
    expect(problems).toEqual([])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
