import {
  bold,
  bulletList,
  callToAction,
  cite,
  document,
  heading,
  link,
  paragraph,
  quote,
} from '@/seed/lexical'
import { lexicalToPlainText } from '@/lexical/plainText'

describe('lexicalToPlainText', () => {
  it('keeps the prose of every kind of block, one block per line', () => {
    const content = document(
      heading('h2', 'Why joints hurt'),
      paragraph(
        'Ligaments ',
        bold('heal slowly'),
        ' because ',
        link('https://x.test', 'blood'),
        ' is scarce.',
      ),
      bulletList(['Knees'], ['Hips and ', bold('shoulders')]),
      quote('A patient said: it worked.'),
    )
    expect(lexicalToPlainText(content)).toBe(
      [
        'Why joints hurt',
        'Ligaments heal slowly because blood is scarce.',
        'Knees',
        'Hips and shoulders',
        'A patient said: it worked.',
      ].join('\n'),
    )
  })

  it('leaves out inline citations and embedded blocks', () => {
    const content = document(
      paragraph('Stem cells help', cite(7), '.'),
      callToAction('Get a second opinion', 'Call us today', {
        label: 'Contact',
        type: 'custom',
        url: '/contact',
      }),
      paragraph('After the block.'),
    )
    expect(lexicalToPlainText(content)).toBe('Stem cells help.\nAfter the block.')
  })

  it('turns line breaks and tabs into separators, never gluing words together', () => {
    const content = document({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'one' },
        { type: 'linebreak' },
        { type: 'text', text: 'two' },
        { type: 'tab' },
        { type: 'text', text: 'three   four' },
      ],
    })
    expect(lexicalToPlainText(content)).toBe('one\ntwo three four')
  })

  it('is empty for missing or malformed content', () => {
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText(undefined)).toBe('')
    expect(lexicalToPlainText('text')).toBe('')
    expect(lexicalToPlainText({ root: { children: 'nope' } })).toBe('')
    expect(lexicalToPlainText({ root: { children: [{ type: 'text', text: 5 }] } })).toBe('')
  })
})
