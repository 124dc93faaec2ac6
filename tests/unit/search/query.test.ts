import { normalizeSearchQuery } from '@/search/query'

describe('normalizeSearchQuery', () => {
  it('trims and collapses spaces', () => {
    expect(normalizeSearchQuery('  stem \t  cells\n')).toEqual({
      text: 'stem cells',
      words: ['stem', 'cells'],
      terms: ['stem', 'cells'],
      shortened: false,
      droppedWords: 0,
    })
  })

  it('takes the first value of a repeated parameter and ignores anything but text', () => {
    expect(normalizeSearchQuery(['knee', 'hip']).text).toBe('knee')
    expect(normalizeSearchQuery(undefined).text).toBe('')
    expect(normalizeSearchQuery(42).text).toBe('')
    expect(normalizeSearchQuery({ q: 'knee' }).text).toBe('')
  })

  it('treats an empty or blank query as nothing to search for', () => {
    for (const raw of ['', '   ', '\n\t']) {
      const query = normalizeSearchQuery(raw)
      expect(query.text).toBe('')
      expect(query.words).toEqual([])
    }
  })

  it('drops control and invisible characters', () => {
    const query = normalizeSearchQuery('kn\u0000ee\u200b pain\u202e\u0007')
    expect(query.text).toBe('kn ee pain')
    expect(normalizeSearchQuery('knee\u00adpain').text).toBe('kneepain')
    expect(normalizeSearchQuery('\ud800knee').text).toBe('knee')
  })

  it('cuts a long query to 100 characters at a word boundary and says so', () => {
    const query = normalizeSearchQuery('knee '.repeat(400))
    expect(query.text.length).toBeLessThanOrEqual(100)
    expect(query.text.endsWith('knee')).toBe(true)
    expect(query.shortened).toBe(true)
    expect(query.words).toEqual(['knee'])

    const oneWord = normalizeSearchQuery('a'.repeat(2000))
    expect(oneWord.text).toBe('a'.repeat(100))
    expect(oneWord.shortened).toBe(true)
    expect(normalizeSearchQuery('a'.repeat(100)).shortened).toBe(false)
  })

  it('searches for at most 8 different words and counts the rest', () => {
    const query = normalizeSearchQuery('one two three four five six seven eight nine ten two')
    expect(query.words).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'])
    expect(query.droppedWords).toBe(2)
    expect(normalizeSearchQuery('Knee KNEE knée').words).toEqual(['Knee'])
  })

  it('folds the words the index compares: lower case, no accents', () => {
    expect(normalizeSearchQuery('Étude CAFÉ ﬁbrosis').terms).toEqual(['etude', 'cafe', 'fibrosis'])
  })

  it('strips sentence punctuation around words but keeps it inside them', () => {
    expect(normalizeSearchQuery('“knee,” (hip) pain? x-ray it’s').words).toEqual([
      'knee',
      'hip',
      'pain',
      'x-ray',
      'it’s',
    ])
  })

  it('keeps SQL and regular-expression characters as literal parts of words', () => {
    expect(normalizeSearchQuery('100% a_b C:\\temp (a+b) .*x [abc]').words).toEqual([
      '100%',
      'a_b',
      'C:\\temp',
      'a+b',
      '.*x',
      'abc',
    ])
    expect(normalizeSearchQuery("' OR 1=1 --").words).toEqual(['OR', '1=1'])
    expect(normalizeSearchQuery('<script>alert(1)</script>').words).toEqual([
      '<script>alert(1)</script>',
    ])
  })

  it('searches for no word that has no letter or digit, but keeps the text to show', () => {
    const query = normalizeSearchQuery('%%%_ ** ---')
    expect(query.text).toBe('%%%_ ** ---')
    expect(query.words).toEqual([])
  })
})
