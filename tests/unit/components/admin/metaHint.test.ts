import { lengthHint } from '@/components/admin/MetaSuggestion/hint'

describe('lengthHint', () => {
  it('counts a title against 50–60 characters', () => {
    expect(lengthHint('title', 'x'.repeat(42), false)).toEqual({
      tone: 'short',
      message: '42 characters: aim for 50–60.',
    })
    expect(lengthHint('title', 'x'.repeat(55), false)).toEqual({
      tone: 'good',
      message: '55 characters: a good length (50–60).',
    })
    expect(lengthHint('title', 'x'.repeat(61), false)).toEqual({
      tone: 'long',
      message: '61 characters: search engines show about 60.',
    })
  })

  it('counts a description against 100–155 characters and says when it is the suggestion', () => {
    expect(lengthHint('description', 'x'.repeat(100), true)).toEqual({
      tone: 'good',
      message: 'Suggestion: 100 characters: a good length (100–155).',
    })
    expect(lengthHint('description', 'x'.repeat(156), false).tone).toBe('long')
    expect(lengthHint('description', 'x'.repeat(99), false).tone).toBe('short')
  })

  it('counts characters, not UTF-16 units', () => {
    expect(lengthHint('title', '🦵'.repeat(50), false).message).toMatch(/^50 characters/)
  })
})
