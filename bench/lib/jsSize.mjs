// @ts-check
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { BenchError } from './errors.mjs'
import { getOk, request } from './http.mjs'
import { deferredScriptUrls, scriptUrls } from './scripts.mjs'

/**
 * Gzip level 6, zlib's default: what `next start` itself sends (its compression middleware uses
 * zlib's defaults) and close to a CDN's. Brotli would be smaller; gzip is what every client gets.
 */
export const GZIP_LEVEL = 6

/** @param {Buffer} bytes */
export const gzipSize = (bytes) => gzipSync(bytes, { level: GZIP_LEVEL }).length

/**
 * The bare App Router runtime of a build: the chunks every page loads before any of our code,
 * which Next lists as `rootMainFiles` in .next/build-manifest.json (URLs under /_next/).
 * @param {string} projectDir
 * @param {string} baseUrl
 */
export const runtimeUrls = (projectDir, baseUrl) => {
  const file = path.join(projectDir, '.next/build-manifest.json')
  let manifest
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new BenchError(`Cannot read ${file}; is there a production build?`)
  }
  if (!Array.isArray(manifest.rootMainFiles) || !manifest.rootMainFiles.length)
    throw new BenchError(`${file} lists no rootMainFiles; Next.js changed how it describes builds.`)
  return manifest.rootMainFiles.map(
    (/** @type {string} */ chunk) => new URL(`/_next/${chunk}`, baseUrl).href,
  )
}

/** @typedef {{ raw: number, gzip: number }} Size */

/**
 * One page's JavaScript: all of it, the runtime's part, and ours (everything else).
 * @param {string[]} urls the scripts the page loads
 * @param {Map<string, Size>} sizes by URL
 * @param {Set<string>} runtime the runtime's URLs
 */
export const pageJs = (urls, sizes, runtime) => {
  let gzip = 0
  let raw = 0
  let ownGzip = 0
  for (const url of urls) {
    const size = sizes.get(url)
    if (!size) throw new Error(`no size for ${url}`)
    gzip += size.gzip
    raw += size.raw
    if (!runtime.has(url)) ownGzip += size.gzip
  }
  return { scripts: urls.length, gzip, raw, ownGzip }
}

/**
 * Client JavaScript per page type, as a modern browser downloads it, next to the runtime: what it
 * fetches on load, and all of it once a visitor reaches for a form (`onLoad` counts the former).
 * @param {{ baseUrl: string, projectDir: string, pages: Array<{ name: string, path: string }> }} options
 */
export const measureJs = async ({ baseUrl, projectDir, pages }) => {
  /** @type {Map<string, Size>} */
  const sizes = new Map()
  const measure = async (/** @type {string} */ url) => {
    if (sizes.has(url)) return
    const response = await request(url)
    if (response.status !== 200)
      throw new BenchError(`Script ${new URL(url).pathname} answered ${response.status}.`)
    const bytes = Buffer.from(await response.arrayBuffer())
    sizes.set(url, { raw: bytes.length, gzip: gzipSize(bytes) })
  }
  const runtimeList = runtimeUrls(projectDir, baseUrl)
  for (const url of runtimeList) await measure(url)
  const runtime = new Set(runtimeList)
  const results = []
  for (const page of pages) {
    const { text } = await getOk(`${baseUrl}${page.path}`)
    const onLoad = scriptUrls(text, `${baseUrl}${page.path}`)
    const urls = [...onLoad, ...deferredScriptUrls(text, `${baseUrl}${page.path}`)]
    for (const url of urls) await measure(url)
    results.push({ ...page, ...pageJs(urls, sizes, runtime), onLoad: onLoad.length })
  }
  const runtimeSize = pageJs(runtimeList, sizes, runtime)
  return {
    runtime: { files: runtimeList.length, gzip: runtimeSize.gzip, raw: runtimeSize.raw },
    pages: results,
  }
}
