/**
 * @jest-environment node
 */
import type { Field } from 'payload'

import { findHostileInput } from '@/hardening/refuseHostileInput'

// What Payload's Lexical link editor saves: an internal link keeps the default url "https://"
// beside the document it points at.
const content = (fields: Record<string, unknown>) => ({
  content: {
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [
            {
              type: 'link',
              version: 3,
              fields,
              children: [{ type: 'text', version: 1, text: 'our knee page' }],
            },
          ],
        },
      ],
    },
  },
})

const fields: Field[] = [{ name: 'content', type: 'richText' }]

test('an internal link, as the link editor saves it, is accepted', () => {
  const internal = { linkType: 'internal', url: 'https://', doc: { relationTo: 'pages', value: 3 } }
  expect(findHostileInput(fields, content(internal))).toEqual([])
})

test('a custom link to a web address is accepted', () => {
  expect(findHostileInput(fields, content({ linkType: 'custom', url: 'https://nih.gov' }))).toEqual(
    [],
  )
})

test('a custom script link is refused, naming the field', () => {
  expect(
    findHostileInput(fields, content({ linkType: 'custom', url: 'javascript:alert(1)' })),
  ).toEqual([
    { path: 'content', message: expect.stringMatching(/^A link in this text is refused/) },
  ])
})

test('an internal link cannot carry a script address either (API readers see the url)', () => {
  const sneaky = {
    linkType: 'internal',
    url: 'javascript:alert(1)',
    doc: { relationTo: 'pages', value: 3 },
  }
  expect(findHostileInput(fields, content(sneaky))).toHaveLength(1)
})
