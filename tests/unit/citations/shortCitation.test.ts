import { shortCitation } from '@/citations/shortCitation'

const paper = (families: string[], year: number | null = 2016, title = 'A paper') => ({
  authors: families.map((family) => ({ family, given: 'J' })),
  year,
  title,
})

describe('shortCitation', () => {
  it.each([
    [paper(['Caplan'], 1991), 'Caplan, 1991'],
    [paper(['Kellgren', 'Lawrence'], 1957), 'Kellgren and Lawrence, 1957'],
    [paper(['Platas', 'Guillén', 'del Caz']), 'Platas et al, 2016'],
    [
      paper(['GBD 2019 Diseases and Injuries Collaborators'], 2020),
      'GBD 2019 Diseases and Injuries Collaborators, 2020',
    ],
    [paper(['Smith'], null), 'Smith'],
    [paper([], 2001, 'Osteoarthritis'), 'Osteoarthritis, 2001'],
    [
      paper([], null, 'A very long title that goes on and on about knees and hips'),
      'A very long title that goes on and on ab…',
    ],
  ])('%j → %s', (citation, expected) => {
    expect(shortCitation(citation)).toBe(expected)
  })
})
