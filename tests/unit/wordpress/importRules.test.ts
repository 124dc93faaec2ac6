/** @jest-environment node */
import { newPath, oldPath, oldPaths, slugFor } from '@/wordpress/import/addresses'
import { physicianName } from '@/wordpress/import/authorsAndTerms'
import { exitCodeFor, formatReport, newReport } from '@/wordpress/import/report'
import type { WxrSite } from '@/wordpress/types'

const site: WxrSite = {
  wxrVersion: '1.2',
  title: 'Caring Medical',
  link: 'https://www.caringmedical.example',
  baseSiteUrl: 'https://www.caringmedical.example',
  baseBlogUrl: 'https://www.caringmedical.example',
}

const author = (overrides: Partial<Parameters<typeof physicianName>[0]>) => ({
  login: 'rhauser',
  email: '',
  displayName: '',
  firstName: '',
  lastName: '',
  ...overrides,
})

describe('an author as a physician', () => {
  it('splits degrees off the display name and prefers first and last name', () => {
    expect(physicianName(author({ displayName: 'Ross Hauser, MD' }))).toEqual({
      name: 'Ross Hauser',
      credentials: 'MD',
    })
    expect(
      physicianName(
        author({ displayName: 'Dr. D', firstName: 'Danielle', lastName: 'Steilen-Matias' }),
      ),
    ).toEqual({ name: 'Danielle Steilen-Matias' })
    expect(physicianName(author({ displayName: 'Jane Doe, MMS, PA-C' })).credentials).toBe(
      'MMS, PA-C',
    )
  })

  it('falls back to the login when there is no name at all', () => {
    expect(physicianName(author({}))).toEqual({ name: 'rhauser' })
  })
})

describe('slugs and addresses', () => {
  it('decodes WordPress percent-encoded slugs and falls back to the title', () => {
    expect(slugFor({ slug: 'caf%c3%a9-knee', title: 'x' })).toBe('cafe-knee')
    expect(slugFor({ slug: '', title: 'PRP or Prolotherapy?' })).toBe('prp-or-prolotherapy')
    expect(slugFor({ slug: '100%-sure', title: 'x' })).toBe('100-sure')
  })

  it('reads old addresses on the old site only', () => {
    expect(oldPath('https://caringmedical.example/2016/08/knee/', site)).toBe('/2016/08/knee/')
    expect(oldPath('/?p=12', site)).toBe('/?p=12')
    expect(oldPath('https://elsewhere.example/knee/', site)).toBeNull()
    expect(oldPath('', site)).toBeNull()
  })

  it('lists every address WordPress answered for a post, a page and an attachment', () => {
    const link = 'https://www.caringmedical.example/prolotherapy-news/knee/'
    expect(oldPaths({ id: 7, postType: 'post', link }, site)).toEqual([
      '/prolotherapy-news/knee/',
      '/?p=7',
    ])
    expect(oldPaths({ id: 8, postType: 'page', link: `${site.link}/?page_id=8` }, site)).toEqual([
      '/?page_id=8',
    ])
    expect(oldPaths({ id: 9, postType: 'attachment', link: '' }, site)).toEqual([
      '/?attachment_id=9',
    ])
    expect(newPath('post', 'knee')).toBe('/articles/knee')
    expect(newPath('page', 'about')).toBe('/about')
  })
})

describe('the report', () => {
  it('exits 1 when anything failed or the file was refused, 0 otherwise', () => {
    const report = newReport('export.xml', false)
    report.counts.articles.created = 3
    expect(exitCodeFor(report)).toBe(0)
    report.counts.media.failed = 1
    expect(exitCodeFor(report)).toBe(1)
    expect(exitCodeFor({ ...newReport('x.xml', false), refused: 'Not XML.' })).toBe(1)
  })

  it('prints counts per kind and what needs a person', () => {
    const report = newReport('export.xml', true)
    report.counts.articles.created = 7
    report.counts.citations.reused = 1
    report.attention.push({
      problem: 'missing-alt',
      wordpressId: 202,
      title: 'knee-anatomy',
      detail: 'knee-anatomy.png has no alternative text.',
    })
    expect(formatReport(report).split('\n')).toEqual([
      'Dry run of export.xml: nothing was written. This is what an import would do:',
      '  articles    7 to create',
      '  citation    0 to create, 1 already there',
      '',
      '1 item needs a person:',
      '  Image without alternative text (#202 "knee-anatomy"): knee-anatomy.png has no alternative text.',
    ])
    expect(formatReport({ ...report, refused: 'This file is not XML.' })).toBe(
      'Nothing was imported: This file is not XML.',
    )
  })
})
