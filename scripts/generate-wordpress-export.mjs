// npm run generate:wordpress-export -- <out.xml> [--posts 2000] [--no-references]
//
// A large, realistic WordPress export (WXR 1.2) for the import's benchmark and scale tests; the
// same options always give the same file (bench/content/wordpressExport.mjs).
import { createWriteStream } from 'node:fs'

import { writeExport } from '../bench/content/wordpressExport.mjs'

function parseArgs(argv) {
  const [out, ...rest] = argv
  let posts = 2000
  let withReferences = true
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--posts') posts = Number(rest[++i])
    else if (rest[i] === '--no-references') withReferences = false
    else throw new Error(`Unknown option ${rest[i]}`)
  }
  if (!out || !Number.isInteger(posts) || posts < 0) {
    throw new Error(
      'Usage: npm run generate:wordpress-export -- <out.xml> [--posts 2000] [--no-references]',
    )
  }
  return { out, posts, withReferences }
}

try {
  const { out, posts, withReferences } = parseArgs(process.argv.slice(2))
  await writeExport(createWriteStream(out), { posts, withReferences })
  console.log(`Wrote ${posts} posts to ${out}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
