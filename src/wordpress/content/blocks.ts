/**
 * Gutenberg stores blocks as HTML framed by comments: `<!-- wp:paragraph -->…<!-- /wp:paragraph -->`.
 * The HTML between the comments is what readers saw, except for dynamic blocks such as
 * `<!-- wp:latest-posts /-->`, which have no HTML at all: WordPress renders them on every view.
 */

export type NameCount = { name: string; count: number }

// WP_Block_Parser's delimiter: optional closer slash, optional namespace, name, optional JSON
// attributes, optional void slash. Block attributes escape "--" in JSON, so "} -->" ends them.
const DELIMITER =
  /<!--\s+(\/)?wp:((?:[a-z][a-z0-9_-]*\/)?[a-z][a-z0-9_-]*)\s+(?:\{[\s\S]*?\}\s+)?(\/)?-->/g

/** WordPress's has_blocks(): the content was written in the block editor. */
export const hasBlocks = (html: string): boolean => html.includes('<!-- wp:')

// Blocks without a namespace are core blocks, as in the block parser.
const fullName = (name: string): string => (name.includes('/') ? name : `core/${name}`)

const counted = (names: string[]): NameCount[] => {
  const counts = new Map<string, number>()
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
  return [...counts].map(([name, count]) => ({ name, count }))
}

/**
 * The content without block delimiters. Void blocks (`<!-- wp:name /-->`) have no HTML to keep,
 * so they are reported as unsupported, by full name (`core/latest-posts`) with a count.
 */
export const stripBlockComments = (html: string): { html: string; unsupported: NameCount[] } => {
  const voids: string[] = []
  const stripped = html.replace(
    DELIMITER,
    (_, closer?: string, name?: string, selfClosing?: string) => {
      if (selfClosing && !closer && name) voids.push(fullName(name))
      return ''
    },
  )
  return { html: stripped, unsupported: counted(voids) }
}
