/** @jest-environment node */
import { citeMarkers, describeBrokenMarker } from '@/citations/citeMarkers'
import { cite, document, heading, paragraph, text } from '@/seed/lexical'

describe('citeMarkers', () => {
  it('lists every marker in reading order with the words it follows', () => {
    const content = document(
      heading('h2', 'Why knees hurt'),
      paragraph(cite(7), text('Starts with a marker.')),
      paragraph(
        text('Many people with osteoarthritis report that their knee pain'),
        cite(7),
        text(' gets worse on stairs'),
        { ...cite(''), fields: { blockType: 'cite', citation: null } } as never,
      ),
      paragraph(text('Short'), { ...cite(9), fields: { blockType: 'cite', citation: { id: 9 } } }),
    )
    expect(citeMarkers(content as never)).toEqual([
      { ordinal: 1, citation: 7, after: '' },
      { ordinal: 2, citation: 7, after: '…report that their knee pain' },
      { ordinal: 3, citation: null, after: '…knee pain gets worse on stairs' },
      { ordinal: 4, citation: 9, after: 'Short' },
    ])
  })

  it('names a broken marker the way an editor finds it', () => {
    expect(describeBrokenMarker({ ordinal: 2, citation: null, after: '…knee pain' })).toBe(
      'Citation 2, after "…knee pain", has no paper.',
    )
    expect(describeBrokenMarker({ ordinal: 1, citation: null, after: '' })).toBe(
      'Citation 1, at the start of a paragraph, has no paper.',
    )
  })

  it('is empty for no content', () => {
    expect(citeMarkers(null)).toEqual([])
    expect(citeMarkers({})).toEqual([])
  })
})
