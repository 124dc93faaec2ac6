import { draftAddress, publicPathOf } from '@/preview/draftAddress'

describe('draft addresses', () => {
  it.each([
    ['/articles/knee-pain', '/next/draft/articles/knee-pain'],
    ['/disclaimer', '/next/draft/disclaimer'],
    ['/articles/knee-pain?x=1#refs', '/next/draft/articles/knee-pain?x=1#refs'],
    ['/', '/next/draft'],
    ['/?x=1', '/next/draft?x=1'],
  ])('%s is previewed at %s', (path, address) => expect(draftAddress(path)).toBe(address))

  it.each([
    ['/next/draft/articles/knee-pain', '/articles/knee-pain'],
    ['/next/draft', '/'],
    ['/next/draft/', '/'],
  ])('%s shows the public page %s', (address, path) => expect(publicPathOf(address)).toBe(path))

  it.each(['/articles/knee-pain', '/next/drafts/x', '/next/draftx', '/next/preview', '/'])(
    '%s is not a draft address',
    (path) => expect(publicPathOf(path)).toBeNull(),
  )
})
