/** @jest-environment node */
import { hasBlocks, stripBlockComments } from '@/wordpress/content/blocks'
import { removeEditorMarkers } from '@/wordpress/content/comments'

describe('block comments', () => {
  test('hasBlocks is WordPress has_blocks()', () => {
    expect(hasBlocks('<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->')).toBe(true)
    expect(hasBlocks('Classic text\n\nwith <!-- a comment -->')).toBe(false)
  })

  test('delimiters go, the HTML between them stays', () => {
    const html = `<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading">Causes</h3>
<!-- /wp:heading -->

<!-- wp:paragraph {"className":"intro","style":{"typography":{"fontSize":"18px"}}} -->
<p class="intro">Knee pain <!-- a note --> is common.</p>
<!-- /wp:paragraph -->`
    const result = stripBlockComments(html)
    expect(result.html).toBe(
      '\n<h3 class="wp-block-heading">Causes</h3>\n\n\n\n<p class="intro">Knee pain <!-- a note --> is common.</p>\n',
    )
    expect(result.unsupported).toEqual([])
  })

  test('void (dynamic) blocks are reported by full name', () => {
    const result = stripBlockComments(
      '<!-- wp:latest-posts {"postsToShow":3} /--><!-- wp:latest-posts /--><!-- wp:acf/testimonial {"id":"block_1","data":{"a":"b"}} /--><!-- wp:block {"ref":42} /-->',
    )
    expect(result.html).toBe('')
    expect(result.unsupported).toEqual([
      { name: 'core/latest-posts', count: 2 },
      { name: 'acf/testimonial', count: 1 },
      { name: 'core/block', count: 1 },
    ])
  })

  test('namespaced blocks with inner HTML are kept', () => {
    expect(
      stripBlockComments(
        '<!-- wp:yoast/faq-block {"questions":[]} --><div>Q</div><!-- /wp:yoast/faq-block -->',
      ),
    ).toEqual({ html: '<div>Q</div>', unsupported: [] })
  })
})

describe('editor markers', () => {
  test('more, noteaser and nextpage go', () => {
    expect(
      removeEditorMarkers(
        'Teaser\n<!--more-->\nRest<!--more Read on-->.<!--noteaser-->\n<!--nextpage-->\nPage 2',
      ),
    ).toBe('Teaser\n\nRest.\n\nPage 2')
  })
  test('other comments stay', () => {
    expect(removeEditorMarkers('<!-- moreover -->')).toBe('<!-- moreover -->')
  })
})
