// What an import did and what still needs a person. Plain data and text: the CLI prints it,
// writes it as JSON, and the admin view shows it. No Node or Payload code.

export const KINDS = [
  'physicians',
  'topics',
  'articles',
  'pages',
  'media',
  'citations',
  'redirects',
] as const
export type Kind = (typeof KINDS)[number]

export const OUTCOMES = ['created', 'reused', 'skipped', 'failed'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** Things a person should look at, with the WordPress item they belong to. */
export const PROBLEMS = {
  failed: 'Not imported',
  'slug-clash': 'Address already taken',
  'password-protected': 'Password-protected, imported as a draft',
  'unparsed-reference': 'Reference kept as text',
  'unmatched-marker': 'Reference number without a reference',
  'missing-image': 'Image not imported',
  'missing-alt': 'Image without alternative text',
  'not-an-image': 'File not imported (only images are)',
  'unknown-shortcode': 'Shortcode removed',
  'unsupported-block': 'Block removed',
  gallery: 'Gallery removed',
  'past-schedule': 'Scheduled time already passed, published now',
} as const
export type Problem = keyof typeof PROBLEMS

export type Attention = {
  problem: Problem
  /** The WordPress post, page, attachment or author this is about. */
  wordpressId?: number | string
  title?: string
  detail: string
}

export type Counts = Record<Kind, Record<Outcome, number>>

export type WordPressReport = {
  file: string
  dryRun: boolean
  site?: { title: string; link: string; wxrVersion: string }
  counts: Counts
  attention: Attention[]
  /** Refused before anything was written (not a WXR file…), when it was. */
  refused?: string
}

export const emptyCounts = (): Counts =>
  Object.fromEntries(
    KINDS.map((kind) => [kind, Object.fromEntries(OUTCOMES.map((o) => [o, 0]))]),
  ) as Counts

export const newReport = (file: string, dryRun: boolean): WordPressReport => ({
  file,
  dryRun,
  counts: emptyCounts(),
  attention: [],
})

/** 0 when everything was imported or skipped, 1 when the file was refused or anything failed. */
export const exitCodeFor = (report: WordPressReport): 0 | 1 =>
  report.refused || KINDS.some((kind) => report.counts[kind].failed > 0) ? 1 : 0

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

const KIND_NAMES: Record<Kind, [string, string]> = {
  physicians: ['physician', 'physicians'],
  topics: ['topic', 'topics'],
  articles: ['article', 'articles'],
  pages: ['page', 'pages'],
  media: ['image', 'images'],
  citations: ['citation', 'citations'],
  redirects: ['redirect', 'redirects'],
}

/** Each kind that had any, named for its count, with "7 to create, 3 already there, 2 failed". */
export const countRows = (report: WordPressReport): { kind: string; summary: string }[] =>
  KINDS.flatMap((kind) => {
    const { created, reused, skipped, failed } = report.counts[kind]
    if (!created && !reused && !skipped && !failed) return []
    const [one, many] = KIND_NAMES[kind]
    const parts = [
      `${created} ${report.dryRun ? 'to create' : 'created'}`,
      reused && `${reused} already there`,
      skipped && `${skipped} skipped`,
      failed && `${failed} failed`,
    ].filter(Boolean)
    return [
      { kind: created + reused + skipped + failed === 1 ? one : many, summary: parts.join(', ') },
    ]
  })

/** "articles: 12 created, 3 already there, 2 failed" for each kind that had any. */
export const countLines = (report: WordPressReport): string[] =>
  countRows(report).map(({ kind, summary }) => `  ${kind.padEnd(11)} ${summary}`)

/** `#101 "How stem cells…"`: the WordPress item a problem is about, if known. */
export const attentionSubject = (item: Attention): string =>
  [
    item.wordpressId !== undefined ? `#${item.wordpressId}` : '',
    item.title ? `"${item.title.slice(0, 60)}"` : '',
  ]
    .filter(Boolean)
    .join(' ')

/** The whole report as the CLI prints it. */
export const formatReport = (report: WordPressReport): string => {
  if (report.refused) return `Nothing was imported: ${report.refused}`
  const lines = [
    report.dryRun
      ? `Dry run of ${report.file}: nothing was written. This is what an import would do:`
      : `Imported ${report.file}${report.site ? ` (${report.site.title}, WXR ${report.site.wxrVersion})` : ''}:`,
    ...countLines(report),
  ]
  if (report.attention.length) {
    lines.push('', `${plural(report.attention.length, 'item needs', 'items need')} a person:`)
    for (const item of report.attention) {
      const what = attentionSubject(item)
      lines.push(`  ${PROBLEMS[item.problem]}${what ? ` (${what})` : ''}: ${item.detail}`)
    }
  }
  return lines.join('\n')
}
