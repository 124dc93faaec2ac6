import { render } from '@testing-library/react'

import { RichText } from '@/components/RichText'
import { linkHref } from '@/urls'
import { safeLocalPath } from '@/preview/paths'
import { document, paragraph } from '@/seed/lexical'
import { isSafeHref } from '@/hardening/hostile'

import { control, links, unicode, xss } from '../../int/hostile/corpus'

/**
 * Issue 9: content that reached the database before the checks (or through a path they miss)
 * still renders harmlessly: text stays text, and no script or data address becomes an href.
 */

const linkNode = (type: 'link' | 'autolink', url: string, text: string) => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { linkType: 'custom', url },
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})

const UNSAFE = /^\s*(javascript|vbscript|data|file|blob|livescript|about|chrome):|^\s*\/\//i
const plain = (href: string) =>
  href.replace(/[\u0000-\u0020]/g, '').replace(/&#x?[0-9a-f]+;?/gi, '')

describe.each(
  [...links, ...xss, ...control, ...unicode].map((input) => [input.name, input] as const),
)('%s', (_name, input) => {
  const value = input.value() as string

  it('renders in rich text as text, with no unsafe href and no markup', () => {
    const data = document(paragraph(value), {
      type: 'paragraph',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [linkNode('link', value, value), linkNode('autolink', value, 'auto')],
    } as never)
    const { container } = render(<RichText data={data as never} />)
    expect(
      container.querySelectorAll('script, iframe, img, svg, math, object, style, base, meta, form'),
    ).toHaveLength(0)
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames())
        expect([attribute, /^on/i.test(attribute)]).toEqual([attribute, false])
    }
    for (const anchor of container.querySelectorAll('a[href]')) {
      const href = anchor.getAttribute('href')!
      expect(isSafeHref(href)).toBe(true)
      expect(UNSAFE.test(plain(href))).toBe(false)
    }
  })

  it('is never the href of a menu link or a preview redirect', () => {
    const href = linkHref({ type: 'custom', url: value, label: 'x' } as never)
    if (href !== undefined) expect(UNSAFE.test(plain(href))).toBe(false)
    const path = safeLocalPath(value)
    expect(path.startsWith('/') && !path.startsWith('//')).toBe(true)
  })
})

it('keeps ordinary links', () => {
  for (const url of [
    '/offices',
    '#top',
    'https://example.org/a?b=1',
    'mailto:a@b.org',
    'tel:+17083938266',
  ])
    expect(isSafeHref(url)).toBe(true)
})
