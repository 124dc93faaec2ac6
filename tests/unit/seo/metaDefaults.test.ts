import { document, heading, bulletList, paragraph, quote } from '@/seed/lexical'
import {
  cardPath,
  clip,
  defaultDescription,
  defaultImage,
  defaultTitle,
  DESCRIPTION_LENGTH,
  leadText,
  metaDefaults,
  ogImageOf,
  plainText,
  withSiteName,
} from '@/seo/metaDefaults'

const site = { siteName: 'Caring Medical', tagline: 'Prolotherapy for joint and spine pain' }

const LONG =
  'Prolotherapy is an injection treatment that helps injured ligaments and tendons repair themselves. ' +
  'It has been used for decades, and a growing body of research describes how it works in the knee, the shoulder and the lower back.'

// Rich text and media as loose as the admin's form data; the functions take either.
const rich = (...children: Parameters<typeof document>) => document(...children) as never

const media = (og: Record<string, unknown> | null, alt = 'A knee') =>
  ({ id: 7, alt, url: '/api/media/file/knee.jpg', sizes: { og } }) as never
const OG = { url: '/api/media/file/knee-1200x630.jpg', width: 1200, height: 630 }

describe('plainText', () => {
  it('drops HTML tags and comments, and decodes entities', () => {
    expect(plainText('<p>Knee <b>pain</b>&nbsp;&amp; <!-- note -->swelling</p>')).toBe(
      'Knee pain & swelling',
    )
    expect(plainText('Caf&#233; &#x2014; &rsquo;quoted&rsquo;')).toBe('Café — ’quoted’')
  })

  it('keeps comparisons that only look like tags, and unknown entities as written', () => {
    expect(plainText('a < b and c > d')).toBe('a < b and c > d')
    expect(plainText('R&D &bogus; here')).toBe('R&D &bogus; here')
  })

  it('removes Markdown emphasis and control characters, and collapses whitespace', () => {
    expect(plainText('**Bold** and __strong__ `code`\n\n\tnext\u0007line')).toBe(
      'Bold and strong code next line',
    )
  })

  it('does not leave a space before punctuation where markup was (e.g. a citation)', () => {
    expect(plainText('healing cycle <sup>1</sup> .')).toBe('healing cycle 1.')
  })

  it('gives an empty string for anything but text', () => {
    for (const value of [undefined, null, 42, {}, ['a']]) expect(plainText(value)).toBe('')
  })
})

describe('clip', () => {
  it('leaves short text alone', () => {
    expect(clip('Short text.')).toBe('Short text.')
    const exact = 'x'.repeat(DESCRIPTION_LENGTH.max)
    expect(clip(exact)).toBe(exact)
  })

  it('cuts long text at a word boundary, within the limit, with an ellipsis', () => {
    const clipped = clip(LONG)
    expect(clipped.length).toBeLessThanOrEqual(155)
    expect(clipped.length).toBeGreaterThan(120)
    expect(clipped.endsWith('…')).toBe(true)
    expect(LONG.startsWith(clipped.slice(0, -1))).toBe(true)
    // The character after the cut in the original is a space: no word is split.
    expect(LONG[clipped.length - 1]).toMatch(/[\s,]/)
  })

  it('drops a dangling comma or dash before the ellipsis', () => {
    expect(clip('one two, three four', 10)).toBe('one two…')
    expect(clip('one two – three four', 10)).toBe('one two…')
  })

  it('cuts inside a single word longer than the limit', () => {
    expect(clip('x'.repeat(300), 20)).toBe(`${'x'.repeat(19)}…`)
  })

  it('never leaves half of an emoji', () => {
    // 19 UTF-16 units fit before the ellipsis: nine emoji and the first half of the tenth.
    expect(clip('🦵'.repeat(20), 20)).toBe(`${'🦵'.repeat(9)}…`)
  })
})

describe('leadText', () => {
  it('starts at the first paragraph, skipping headings, and adds the next while short', () => {
    const content = rich(
      heading('h2', 'Introduction'),
      paragraph(
        'Prolotherapy helps injured ligaments repair themselves, which is why our physicians use it.',
      ),
      paragraph('A second paragraph that is not needed.'),
    )
    expect(leadText(content)).toBe(
      'Prolotherapy helps injured ligaments repair themselves, which is why our physicians use it. A second paragraph that is not needed.',
    )
  })

  it('stops adding paragraphs once there is enough text', () => {
    const content = rich(paragraph(LONG), paragraph('Never reached.'))
    expect(leadText(content)).not.toContain('Never reached')
    expect(leadText(content).length).toBeLessThanOrEqual(155)
  })

  it('reads quotes and list items, links and line breaks, and leaves out inline blocks', () => {
    const content = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Stem cells calm inflammation' },
              { type: 'inlineBlock', fields: { blockType: 'cite', citation: 1 } },
              { type: 'text', text: '. See ' },
              { type: 'link', children: [{ type: 'text', text: 'the study' }] },
              { type: 'linebreak' },
              { type: 'text', text: 'for details.' },
            ],
          },
        ],
      },
    }
    expect(leadText(content)).toBe('Stem cells calm inflammation. See the study for details.')
    expect(leadText(document(quote('Quoted words.'), bulletList(['One item'])))).toBe(
      'Quoted words. One item',
    )
  })

  it('strips markup typed into the text', () => {
    expect(leadText(document(paragraph('<em>Careful</em> &amp; clear')))).toBe('Careful & clear')
  })

  it('gives an empty string for empty or malformed rich text', () => {
    for (const value of [undefined, null, {}, { root: null }, { root: { children: 'x' } }, 'text'])
      expect(leadText(value)).toBe('')
    expect(leadText(document(heading('h2', 'Only a heading')))).toBe('')
  })
})

describe('withSiteName', () => {
  it('adds the site name when the whole title fits in 60 characters', () => {
    expect(withSiteName('Knee pain', 'Caring Medical')).toBe('Knee pain · Caring Medical')
  })

  it('leaves it out when it would not fit, and uses it alone without a title', () => {
    const title = 'How stem cells help fix a broken “healing cycle” in knees'
    expect(withSiteName(title, 'Caring Medical')).toBe(title)
    expect(withSiteName('', 'Caring Medical')).toBe('Caring Medical')
  })
})

describe('defaultTitle', () => {
  it("is the document's own name, with a physician's credentials", () => {
    expect(defaultTitle('articles', { title: ' Knee <i>pain</i> ', slug: 'k' })).toBe('Knee pain')
    expect(defaultTitle('pages', { title: 'Disclaimer', slug: 'disclaimer' })).toBe('Disclaimer')
    expect(defaultTitle('physicians', { name: 'Ross Hauser', credentials: 'MD', slug: 'r' })).toBe(
      'Ross Hauser, MD',
    )
    expect(defaultTitle('physicians', { name: 'Ross Hauser', slug: 'r' })).toBe('Ross Hauser')
    expect(defaultTitle('offices', { name: 'Chicagoland Office', slug: 'c' })).toBe(
      'Chicagoland Office',
    )
    expect(defaultTitle('topics', { name: 'Knee', slug: 'knee' })).toBe('Knee')
  })

  it('is empty while the name is missing (a new document in the admin)', () => {
    expect(defaultTitle('physicians', { credentials: 'MD' } as never)).toBe('')
    expect(defaultTitle('articles', {} as never)).toBe('')
  })
})

describe('defaultDescription', () => {
  it('articles: the excerpt, else the opening of the content, else the subtitle', () => {
    const article = {
      title: 'Knee',
      slug: 'knee',
      excerpt: '<p>What a study of stem cells suggests.</p>',
      content: rich(paragraph('The content.')),
      subtitle: 'The subtitle.',
    }
    expect(defaultDescription('articles', article, site)).toBe(
      'What a study of stem cells suggests.',
    )
    expect(defaultDescription('articles', { ...article, excerpt: '  ' }, site)).toBe('The content.')
    expect(
      defaultDescription('articles', { ...article, excerpt: null, content: undefined }, site),
    ).toBe('The subtitle.')
    expect(defaultDescription('articles', { title: 'Knee', slug: 'knee' }, site)).toBe('')
  })

  it('articles: a long excerpt is clipped to 155 characters', () => {
    const description = defaultDescription(
      'articles',
      { title: 'K', slug: 'k', excerpt: LONG },
      site,
    )
    expect(description.length).toBeLessThanOrEqual(155)
    expect(description.endsWith('…')).toBe(true)
  })

  it('pages: the first paragraph', () => {
    const content = rich(heading('h2', 'About'), paragraph('Our disclaimer, in plain words.'))
    expect(defaultDescription('pages', { title: 'Disclaimer', slug: 'd', content }, site)).toBe(
      'Our disclaimer, in plain words.',
    )
  })

  const offices = [
    { name: 'Chicagoland Office', address: { city: 'Oak Park', state: 'IL', postalCode: '60301' } },
    { name: 'Southwest Florida Office', address: { city: 'Fort Myers', state: 'FL' } },
  ]

  it('physicians: name, credentials and role, where they practise, then the bio', () => {
    const description = defaultDescription(
      'physicians',
      {
        name: 'Ross Hauser',
        credentials: 'MD',
        jobTitle: 'Medical Director',
        slug: 'ross-hauser',
        offices: offices as never,
        bio: rich(paragraph('Dr. Hauser treats joint pain.')),
      },
      site,
    )
    expect(description).toBe(
      'Ross Hauser, MD (Medical Director) sees patients at the Chicagoland Office in Oak Park, IL and the Southwest Florida Office in Fort Myers, FL.',
    )
    // The bio did not fit in a useful length, so it was left out rather than cut after a word.
    expect(description.length).toBeLessThanOrEqual(155)
  })

  it('physicians: the bio follows when there is room; unpopulated offices are skipped', () => {
    expect(
      defaultDescription(
        'physicians',
        {
          name: 'Ann Lee',
          slug: 'ann-lee',
          offices: [3, offices[0]] as never,
          bio: rich(paragraph('She treats sports injuries.')),
        },
        site,
      ),
    ).toBe(
      'Ann Lee sees patients at the Chicagoland Office in Oak Park, IL. She treats sports injuries.',
    )
    expect(defaultDescription('physicians', { name: 'Ann Lee', slug: 'a' }, site)).toBe(
      'Ann Lee, a physician at Caring Medical.',
    )
    expect(defaultDescription('physicians', { slug: 'a' } as never, site)).toBe('')
  })

  it('offices: the address and a sentence with the phone number', () => {
    expect(
      defaultDescription(
        'offices',
        {
          name: 'Chicagoland Office',
          slug: 'chicagoland',
          address: {
            street: '715 Lake St.',
            suite: 'Suite 600',
            city: 'Oak Park',
            state: 'IL',
            postalCode: '60301',
            country: 'US',
          },
          phone: '(708) 393-8266',
          acceptingNewPatients: true,
        },
        site,
      ),
    ).toBe(
      'Chicagoland Office of Caring Medical at 715 Lake St., Suite 600, Oak Park, IL 60301. Call (708) 393-8266 for an appointment. Accepting new patients.',
    )
  })

  it('offices: missing parts are left out, never "undefined"', () => {
    const description = defaultDescription(
      'offices',
      { name: 'New Office', slug: 'n', address: { city: 'Naples' } as never },
      site,
    )
    expect(description).toBe('New Office of Caring Medical at Naples.')
    expect(defaultDescription('offices', { slug: 'n' } as never, site)).toBe('')
  })

  it("topics: the topic's own description, else a sentence naming it and its parent", () => {
    expect(
      defaultDescription(
        'topics',
        { name: 'Knee', slug: 'knee', description: 'All about knees.' },
        site,
      ),
    ).toBe('All about knees.')
    const generated = defaultDescription(
      'topics',
      { name: 'Knee', slug: 'knee', parent: { name: 'Prolotherapy' } as never },
      site,
    )
    expect(generated).toBe(
      'Articles about Knee (Prolotherapy) by the physicians of Caring Medical. Causes, treatment options and research, explained for patients.',
    )
    expect(generated.length).toBeGreaterThanOrEqual(DESCRIPTION_LENGTH.min)
  })

  it('never exceeds 155 characters, whatever the input', () => {
    const huge = 'word '.repeat(500)
    const docs = {
      articles: { title: huge, slug: 'a', excerpt: huge },
      pages: { title: huge, slug: 'p', content: rich(paragraph(huge)) },
      physicians: { name: huge, slug: 'r', jobTitle: huge, offices: offices as never },
      offices: { name: huge, slug: 'o', phone: huge },
      topics: { name: huge, slug: 't', parent: { name: huge } as never },
    } as const
    for (const [collection, doc] of Object.entries(docs))
      expect(
        defaultDescription(collection as never, doc as never, { siteName: huge }).length,
      ).toBeLessThanOrEqual(155)
  })
})

describe('metaDefaults', () => {
  it('gives the full title and the description the admin suggests', () => {
    expect(
      metaDefaults('topics', { name: 'Knee', slug: 'knee', description: 'Knees.' }, site),
    ).toEqual({
      title: 'Knee · Caring Medical',
      description: 'Knees.',
    })
  })
})

describe('images', () => {
  it("uses a media's 1200×630 og size, with its alt text", () => {
    expect(ogImageOf(media(OG))).toEqual({ ...OG, alt: 'A knee' })
  })

  it('has none for an upload too small to get the og size, an id, or a wrong size', () => {
    expect(ogImageOf(media(null))).toBeUndefined()
    expect(ogImageOf(media({ url: null, width: null, height: null }))).toBeUndefined()
    expect(ogImageOf(media({ ...OG, width: 800 }))).toBeUndefined()
    expect(ogImageOf(7)).toBeUndefined()
    expect(ogImageOf(null)).toBeUndefined()
  })

  it('prefers the editor’s image, then the main image or portrait, then the card', () => {
    const chosen = media({ ...OG, url: '/chosen-1200x630.jpg' }, 'Chosen')
    const hero = media(OG, 'Hero')
    const article = { title: 'Knee', slug: 'knee', updatedAt: '2026-01-02T03:04:05.000Z' }
    expect(
      defaultImage('articles', { ...article, heroImage: hero, meta: { image: chosen } }, site).alt,
    ).toBe('Chosen')
    expect(defaultImage('articles', { ...article, heroImage: hero }, site).alt).toBe('Hero')
    expect(
      defaultImage('physicians', { name: 'Ross Hauser', slug: 'ross-hauser', photo: hero }, site)
        .alt,
    ).toBe('Hero')
    // A small hero image has no og size: the card is used instead.
    expect(defaultImage('articles', { ...article, heroImage: media(null) }, site)).toEqual({
      url: `/og/articles/knee?v=${Date.parse(article.updatedAt).toString(36)}`,
      width: 1200,
      height: 630,
      alt: 'Caring Medical: Knee',
    })
    // Offices and topics have no picture of their own.
    expect(
      defaultImage('offices', { name: 'Chicagoland Office', slug: 'chicagoland', meta: null }, site)
        .url,
    ).toBe('/og/offices/chicagoland')
  })

  it('makes card paths from the slug only, versioned by the last change', () => {
    expect(cardPath('site', 'home')).toBe('/og/site/home')
    expect(cardPath('topics', 'knee', 'not a date')).toBe('/og/topics/knee')
    expect(cardPath('pages', 'a b?c')).toBe('/og/pages/a%20b%3Fc')
  })
})
