import { render, screen } from '@testing-library/react'

import { numberReferences } from '@/citations/numberReferences'
import { RichText } from '@/components/RichText'
import { callToAction, cite, document, heading, paragraph } from '@/seed/lexical'

// The markers in the text and the entries of <References> must point at each other.
describe('RichText citation markers', () => {
  const content = document(
    paragraph('Stem cells calm inflamed cartilage.', cite(30)),
    paragraph('Platelets help too.', cite(10), ' As noted before.', cite(30)),
  )

  it('renders each cite as a superscript link to its numbered reference', () => {
    render(<RichText data={content as never} numbering={numberReferences(content as never)} />)
    const markers = screen.getAllByRole('link', { name: /^Reference \d$/ })
    expect(
      markers.map((link) => [
        link.textContent,
        link.id,
        link.getAttribute('href'),
        link.parentElement?.tagName,
      ]),
    ).toEqual([
      ['1', 'cite-1-1', '#ref-1', 'SUP'],
      ['2', 'cite-2-1', '#ref-2', 'SUP'],
      ['1', 'cite-1-2', '#ref-1', 'SUP'],
    ])
  })

  it('puts the number right after the word, also in content stored with a space before it', () => {
    // Written before "/" opened the menu after a word: "knee pain /cite" left "knee pain ".
    const stored = document(
      paragraph(
        'Knee pain eases with rest ',
        cite(30),
        '. Cartilage heals slowly.\u00a0',
        cite(10),
      ),
      paragraph('A space  inside the text stays.'),
    )
    const { container } = render(
      <RichText data={stored as never} numbering={numberReferences(stored as never)} />,
    )
    const [first, second] = container.querySelectorAll('p')
    expect(first.textContent).toBe('Knee pain eases with rest1. Cartilage heals slowly.2')
    expect(second.textContent).toBe('A space  inside the text stays.')
  })

  it('drops markers for papers it cannot number', () => {
    render(<RichText data={content as never} />)
    expect(screen.queryAllByRole('link')).toHaveLength(0)
    expect(screen.getByText('Platelets help too.', { exact: false })).toBeInTheDocument()
  })
})

// A call-to-action block staff drop between paragraphs of an article.
describe('RichText call-to-action blocks', () => {
  const content = document(
    heading('h2', 'Treatment options'),
    paragraph('Most knee pain heals without surgery.'),
    callToAction('Were you recommended knee surgery?', 'Ask us for a second opinion first.', {
      label: 'Ask for a second opinion',
      type: 'custom',
      url: '/contact',
    }),
    paragraph('Prolotherapy strengthens the ligaments.'),
  )

  it('renders the box between the paragraphs with its words and button link', () => {
    const { container } = render(<RichText data={content as never} />)
    const box = container.querySelector('.cta') as HTMLElement
    expect(box).toHaveTextContent(
      /^Were you recommended knee surgery\?Ask us for a second opinion first\.Ask for a second opinion$/,
    )
    expect(box.previousElementSibling).toHaveTextContent('Most knee pain heals without surgery.')
    expect(box.nextElementSibling).toHaveTextContent('Prolotherapy strengthens the ligaments.')
    expect(screen.getByRole('link', { name: 'Ask for a second opinion' })).toHaveAttribute(
      'href',
      '/contact',
    )
  })

  it('gives the box a paragraph, not a heading, so the article outline stays intact', () => {
    render(<RichText data={content as never} />)
    expect(screen.getAllByRole('heading').map((node) => node.textContent)).toEqual([
      'Treatment options',
    ])
    expect(screen.getByText('Were you recommended knee surgery?').tagName).toBe('P')
  })

  it('shows the box without a button when its page is unpublished', () => {
    const unpublished = document(
      callToAction('First visit?', '', { label: 'What to expect', type: 'custom', url: '' }),
    )
    const block = (unpublished.root.children[0] as { fields: Record<string, unknown> }).fields
    block.link = {
      label: 'What to expect',
      type: 'internal',
      reference: { relationTo: 'pages', value: 4 },
    }
    render(<RichText data={unpublished as never} />)
    expect(screen.getByText('First visit?')).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})

describe('RichText links to documents', () => {
  it('renders a link whose page is in the trash (populated as null) without failing', () => {
    const data = {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            children: [
              {
                type: 'link',
                version: 3,
                direction: 'ltr',
                format: '',
                indent: 0,
                fields: { linkType: 'internal', doc: { relationTo: 'pages', value: null } },
                children: [
                  {
                    type: 'text',
                    text: 'our hours',
                    version: 1,
                    format: 0,
                    detail: 0,
                    mode: 'normal',
                    style: '',
                  },
                ],
              },
            ],
          },
        ],
      },
    }
    render(<RichText data={data as never} />)
    expect(screen.getByText('our hours')).toBeInTheDocument()
  })
})

// Lists as the W3C checker accepts them: `value` only inside <ol>, checklists without ARIA roles
// on the items.
describe('RichText lists', () => {
  const item = (value: number, words: string, checked?: boolean) => ({
    type: 'listitem',
    value,
    ...(checked === undefined ? {} : { checked }),
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      { type: 'text', text: words, version: 1, format: 0, detail: 0, mode: 'normal', style: '' },
    ],
  })
  const list = (
    listType: 'bullet' | 'number' | 'check',
    tag: 'ul' | 'ol',
    ...children: object[]
  ) => ({
    type: 'list',
    listType,
    tag,
    start: 1,
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children,
  })

  it('gives bulleted items no value, and numbered items their number', () => {
    const { container } = render(
      <RichText
        data={
          document(
            list('bullet', 'ul', item(1, 'Ice'), item(2, 'Rest')) as never,
            list('number', 'ol', item(1, 'First'), item(2, 'Second')) as never,
          ) as never
        }
      />,
    )
    const bullets = container.querySelectorAll('ul > li')
    expect([...bullets].map((li) => [li.textContent, li.hasAttribute('value')])).toEqual([
      ['Ice', false],
      ['Rest', false],
    ])
    const numbers = container.querySelectorAll('ol > li')
    expect([...numbers].map((li) => li.getAttribute('value'))).toEqual(['1', '2'])
    expect(container.querySelectorAll('[class=""]')).toHaveLength(0)
  })

  it('renders a checklist as read-only checkboxes with their labels, not ARIA checkbox items', () => {
    render(
      <RichText
        data={
          document(
            list('check', 'ul', item(1, 'Bring your MRI', true), item(2, 'Fast', false)) as never,
          ) as never
        }
      />,
    )
    expect(screen.queryAllByRole('listitem').map((li) => li.getAttribute('role'))).toEqual([
      null,
      null,
    ])
    const boxes = screen.getAllByRole('checkbox')
    expect(
      boxes.map((box) => [
        box.getAttribute('aria-label') ?? box.closest('label')?.textContent?.trim(),
        (box as HTMLInputElement).checked,
        (box as HTMLInputElement).disabled,
      ]),
    ).toEqual([
      ['Bring your MRI', true, true],
      ['Fast', false, true],
    ])
  })
})
