import { savedByLabel } from '@/versions/savedBy'

describe('savedByLabel', () => {
  it('names the account, or its email when it has no name', () => {
    expect(savedByLabel({ name: 'Eddie Editor', email: 'e@clinic.test' })).toBe('Eddie Editor')
    expect(savedByLabel({ name: '  ', email: 'e@clinic.test' })).toBe('e@clinic.test')
  })

  it('says "System" for a save with no account, never a name from before', () => {
    expect(savedByLabel(null)).toBe('System')
    expect(savedByLabel(undefined)).toBe('System')
  })

  it('marks a scheduled publish, with who scheduled it when the job recorded them', () => {
    expect(savedByLabel(null, { scheduled: true })).toBe('Scheduled publish')
    expect(savedByLabel({ name: 'Eddie Editor' }, { scheduled: true })).toBe(
      'Scheduled publish (Eddie Editor)',
    )
  })
})
