import { mediaSrc, pathFor } from '@/urls'

describe('mediaSrc', () => {
  const origin = 'https://clinic.example'

  it('turns an upload of this site into a site path', () => {
    expect(mediaSrc(`${origin}/api/media/file/knee.jpg`, origin)).toBe('/api/media/file/knee.jpg')
  })

  it('leaves site paths, other hosts and look-alike hosts alone', () => {
    expect(mediaSrc('/api/media/file/knee.jpg', origin)).toBe('/api/media/file/knee.jpg')
    expect(mediaSrc('https://cdn.example/knee.jpg', origin)).toBe('https://cdn.example/knee.jpg')
    expect(mediaSrc(`${origin}.evil.test/knee.jpg`, origin)).toBe(`${origin}.evil.test/knee.jpg`)
  })

  it('changes nothing when no public address is configured', () => {
    expect(mediaSrc(`${origin}/api/media/file/knee.jpg`, '')).toBe(
      `${origin}/api/media/file/knee.jpg`,
    )
  })
})

describe('pathFor (search results, links)', () => {
  it('links each kind of result to its public page', () => {
    expect(pathFor('articles', 'knee')).toBe('/articles/knee')
    expect(pathFor('pages', 'disclaimer')).toBe('/disclaimer')
    expect(pathFor('topics', 'knee')).toBe('/topics/knee')
    expect(pathFor('physicians', 'ross-hauser')).toBe('/physicians/ross-hauser')
    expect(pathFor('articles', null)).toBeUndefined()
  })
})
