import { citedIds, citeMarkersAsText, type LexicalNode } from '@/citations/citeMarkersAsText'

const text = (value: string): LexicalNode => ({ type: 'text', version: 1, text: value })
const cite = (citation: unknown): LexicalNode => ({
  type: 'inlineBlock',
  version: 1,
  fields: { blockType: 'cite', citation: citation as never },
})
const content = (...children: LexicalNode[]) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children }] },
})

describe('citeMarkersAsText', () => {
  it('reads each cite marker as its paper, and leaves everything else as it was', () => {
    const before = content(text('Knee pain'), cite(7), text(' eases.'), cite(9))
    const names: Record<string, string> = {
      '7': 'Platas et al, 2016',
      '9': 'Kellgren and Lawrence, 1957',
    }
    const after = citeMarkersAsText(
      before,
      (citation) => names[String(citation)] ?? 'missing paper',
    )
    const paragraph = after!.root!.children![0]
    expect(paragraph.children!.map((node) => node.text)).toEqual([
      'Knee pain',
      '[Platas et al, 2016]',
      ' eases.',
      '[Kellgren and Lawrence, 1957]',
    ])
    expect(paragraph.children![1]).toMatchObject({ type: 'text', format: 0, mode: 'normal' })
    // The original is not changed.
    expect(before.root.children[0].children[1]).toMatchObject({ type: 'inlineBlock' })
  })

  it('names a marker whose paper is gone', () => {
    const after = citeMarkersAsText(content(cite(null)), () => 'missing paper')
    expect(after!.root!.children![0].children![0].text).toBe('[missing paper]')
  })

  it('passes empty content through', () => {
    expect(citeMarkersAsText(null, () => 'x')).toBeNull()
    expect(citeMarkersAsText(undefined, () => 'x')).toBeUndefined()
  })
})

describe('citedIds', () => {
  it('lists the ids of cited papers, populated ones and empty markers left out', () => {
    expect(citedIds(content(cite(7), text('and'), cite('9'), cite({ id: 3 }), cite(null)))).toEqual(
      [7, '9'],
    )
  })
})
