import { numberReferences } from '@/citations/numberReferences'

type Node = Record<string, unknown>

const cite = (citation: unknown): Node => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: Math.random().toString(16).slice(2), blockType: 'cite', citation },
})
const text = (value: string): Node => ({ type: 'text', text: value })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children })
const list = (...items: Node[][]): Node => ({
  type: 'list',
  children: items.map((children) => ({ type: 'listitem', children })),
})
const doc = (...children: Node[]) => ({ root: { type: 'root', children } })

describe('numberReferences', () => {
  it('numbers papers in order of first appearance and reuses the number for a repeat', () => {
    const { references, numberOf } = numberReferences(
      doc(
        paragraph(text('First claim.'), cite(30)),
        paragraph(text('Second claim.'), cite(10), text(' and again '), cite(30)),
        paragraph(cite(20), cite(10), cite(30)),
      ),
    )
    expect(
      references.map(({ number, citation, occurrences }) => [number, citation, occurrences]),
    ).toEqual([
      [1, 30, 3],
      [2, 10, 2],
      [3, 20, 1],
    ])
    expect([numberOf(30), numberOf(10), numberOf(20)]).toEqual([1, 2, 3])
  })

  it('finds cites nested in lists, quotes and links, in reading order', () => {
    const { references } = numberReferences(
      doc(list([text('one'), cite('b')], [{ type: 'link', children: [text('two'), cite('a')] }]), {
        type: 'quote',
        children: [cite('c'), cite('b')],
      }),
    )
    expect(references.map((reference) => [reference.number, reference.citation])).toEqual([
      [1, 'b'],
      [2, 'a'],
      [3, 'c'],
    ])
  })

  it('treats a populated citation, its id and the id as text as the same paper', () => {
    const populated = { id: 7, title: 'Paper seven' }
    const { references, numberOf } = numberReferences(
      doc(paragraph(cite(populated), cite(7), cite('7'))),
    )
    expect(references).toHaveLength(1)
    expect(references[0]).toEqual({ number: 1, citation: populated, occurrences: 3 })
    expect(numberOf(7)).toBe(1)
    expect(numberOf('7')).toBe(1)
    expect(numberOf(populated as never)).toBe(1)
  })

  it('ignores other inline blocks, empty cites and unknown papers', () => {
    const { references, numberOf } = numberReferences(
      doc(
        paragraph(
          { type: 'inlineBlock', fields: { blockType: 'callout', citation: 1 } },
          cite(null),
          { type: 'block', fields: { blockType: 'cite', citation: 2 } },
        ),
      ),
    )
    expect(references).toEqual([])
    expect(numberOf(1)).toBeUndefined()
    expect(numberOf(null)).toBeUndefined()
    expect(numberOf(undefined)).toBeUndefined()
  })

  it('copes with empty content', () => {
    expect(numberReferences(null).references).toEqual([])
    expect(numberReferences(undefined).references).toEqual([])
    expect(numberReferences({}).references).toEqual([])
  })
})
