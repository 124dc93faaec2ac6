import { highlightMatches, makeSnippet, snippetText } from '@/search/snippet'

const marked = (segments: ReturnType<typeof makeSnippet>) =>
  segments.filter((segment) => segment.match).map((segment) => segment.text)

const LONG =
  'Chronic pain often starts with a small injury that never quite heals. Ligaments and tendons have a poor blood supply, so the body’s repair work stalls. Prolotherapy injections restart the healing cycle by provoking a brief, controlled inflammation. Over several visits the tissue grows stronger and the joint becomes stable again, which is why many patients avoid surgery. Recovery is gradual and most people keep working throughout.'

describe('makeSnippet', () => {
  it('quotes about 180 characters around the first match, cut at word boundaries', () => {
    const segments = makeSnippet(LONG, ['healing'])
    const text = snippetText(segments)
    expect(text.startsWith('… ')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
    const inner = text.slice(2, -2)
    expect(inner.length).toBeLessThanOrEqual(180)
    expect(inner.length).toBeGreaterThan(140)
    // Whole words only: both ends are words of the original text.
    expect(LONG).toContain(inner)
    expect(LONG[LONG.indexOf(inner) - 1]).toBe(' ')
    expect([' ', undefined]).toContain(LONG[LONG.indexOf(inner) + inner.length])
    expect(marked(segments)).toEqual(['healing'])
    // Some context before the match, more after it.
    expect(inner.indexOf('healing')).toBeGreaterThan(20)
    expect(inner.indexOf('healing')).toBeLessThan(90)
  })

  it('starts at the beginning, without an ellipsis, when the match is near it', () => {
    const text = snippetText(makeSnippet(LONG, ['pain']))
    expect(text.startsWith('Chronic pain often')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
  })

  it('ends at the end, without an ellipsis, and fills up from before when the match is last', () => {
    const text = snippetText(makeSnippet(LONG, ['throughout']))
    expect(text.endsWith('keep working throughout.')).toBe(true)
    expect(text.startsWith('… ')).toBe(true)
    expect(text.length).toBeGreaterThan(150)
  })

  it('returns a short text whole', () => {
    expect(makeSnippet('Knee pain and its causes.', ['knee'])).toEqual([
      { text: 'Knee', match: true },
      { text: ' pain and its causes.', match: false },
    ])
  })

  it('marks every word of the query, wherever they occur in the quoted part', () => {
    const segments = makeSnippet(LONG, ['tissue', 'joint', 'stable'])
    expect(marked(segments)).toEqual(['tissue', 'joint', 'stable'])
  })

  it('matches regardless of case and accents, marking the original spelling', () => {
    const segments = makeSnippet('Une ÉTUDE sur le genou. Café crème for the café.', [
      'etude',
      'cafe',
    ])
    expect(marked(segments)).toEqual(['ÉTUDE', 'Café', 'café'])
    expect(marked(makeSnippet('Prolotherapy works', ['PROLO']))).toEqual(['Prolo'])
    expect(marked(makeSnippet('ﬁbrosis of the ﬁbula', ['fib']))).toEqual(['ﬁb', 'ﬁb'])
  })

  it('joins overlapping matches into one mark', () => {
    expect(marked(makeSnippet('Stem cells and stemming', ['stem', 'stem cells']))).toEqual([
      'Stem cells',
      'stem',
    ])
  })

  it('begins the text when only the title matched', () => {
    const segments = makeSnippet(LONG, ['zebra'])
    expect(marked(segments)).toEqual([])
    expect(snippetText(segments).startsWith('Chronic pain')).toBe(true)
    expect(snippetText(segments).endsWith(' …')).toBe(true)
  })

  it('treats regular-expression and SQL characters literally', () => {
    const text = 'Results: 100% of (a+b) cases, file a_b.txt, path C:\\temp and [x] or .* here'
    expect(marked(makeSnippet(text, ['100%']))).toEqual(['100%'])
    expect(marked(makeSnippet(text, ['(a+b)']))).toEqual(['(a+b)'])
    expect(marked(makeSnippet(text, ['a_b']))).toEqual(['a_b'])
    expect(marked(makeSnippet(text, ['C:\\temp']))).toEqual(['C:\\temp'])
    expect(marked(makeSnippet(text, ['.*']))).toEqual(['.*'])
    expect(marked(makeSnippet(text, ['%']))).toEqual(['%'])
  })

  it('keeps markup as plain text', () => {
    const segments = makeSnippet('Never run <script>alert(1)</script> here', ['<script>'])
    expect(marked(segments)).toEqual(['<script>'])
    expect(snippetText(segments)).toBe('Never run <script>alert(1)</script> here')
  })

  it('joins lines with a dash unless one ends a sentence, and collapses spaces', () => {
    expect(snippetText(makeSnippet('A heading\n\nFirst   line.\nSecond\tline\n', ['second']))).toBe(
      'A heading — First line. Second line',
    )
  })

  it('gives nothing for empty text', () => {
    expect(makeSnippet('', ['knee'])).toEqual([])
    expect(makeSnippet('   \n ', ['knee'])).toEqual([])
  })

  it('never cuts a character in two', () => {
    const text = `${'😀'.repeat(150)} knee ${'😀'.repeat(150)}`
    const result = snippetText(makeSnippet(text, ['knee']))
    expect(result).toContain('knee')
    expect(result).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    )
  })

  it('shows a whole match even when it is longer than the snippet', () => {
    const word = 'x'.repeat(300)
    const segments = makeSnippet(`before ${word} after`, [word], 100)
    expect(marked(segments)).toEqual([word])
  })
})

describe('highlightMatches', () => {
  it('returns the whole text with its matches marked', () => {
    const title = 'How stem cells help fix a broken healing cycle, and why it matters for knees'
    const segments = highlightMatches(title, ['healing', 'KNEE'])
    expect(snippetText(segments)).toBe(title)
    expect(marked(segments)).toEqual(['healing', 'knee'])
  })
})
