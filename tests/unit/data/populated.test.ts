import { populated, populatedAll } from '@/data/populated'

type Topic = { id: number; name: string }

describe('a relationship as Payload returns it', () => {
  it('gives the document when the read populated it', () => {
    const knees: Topic = { id: 1, name: 'Knees' }
    expect(populated<Topic>(knees)).toBe(knees)
  })

  it('gives nothing for a bare id or an empty value', () => {
    for (const value of [7, '7', null, undefined, 0, '']) expect(populated<Topic>(value)).toBeUndefined()
  })

  it('keeps only the populated documents of a list, in order', () => {
    const knees: Topic = { id: 1, name: 'Knees' }
    const hips: Topic = { id: 3, name: 'Hips' }
    expect(populatedAll<Topic>([knees, 2, hips, '4'])).toEqual([knees, hips])
    expect(populatedAll<Topic>(null)).toEqual([])
    expect(populatedAll<Topic>('not a list')).toEqual([])
  })
})
