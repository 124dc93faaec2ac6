/** @jest-environment node */
import { prepareContent } from '@/wordpress/content'

describe('prepareContent', () => {
  test('classic post: editor markers, empty paragraphs, caption, form, references', () => {
    const raw = `Knee pain has many causes.
<!--more-->
[caption id="attachment_201" align="alignright" width="300"]<img class="size-medium wp-image-201" src="https://clinic.example/wp-content/uploads/2019/05/knee-xray-300x200.jpg" alt="Knee X-ray" width="300" height="200" /> X-ray of an arthritic knee[/caption]

&nbsp;

Stem cells exert protective effects by countering inflammatory stress.<sup>1</sup> Simply, the stem cells help.

[contact-form-7 id="5" title="Contact"]

1 Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects. Aging (Albany NY). 2016;8(8):1703-1717. <a href="https://www.ncbi.nlm.nih.gov/pubmed/27490266">[Pubmed]</a>`
    const result = prepareContent(raw)
    expect(result.hadBlocks).toBe(false)
    expect(result.html).toBe(
      '<p>Knee pain has many causes.</p>\n' +
        '<figure id="attachment_201" class="wp-caption alignright"><img class="size-medium wp-image-201" src="https://clinic.example/wp-content/uploads/2019/05/knee-xray-300x200.jpg" alt="Knee X-ray" width="300" height="200"><figcaption>X-ray of an arthritic knee</figcaption></figure>\n' +
        '<p>Stem cells exert protective effects by countering inflammatory stress.⟦cite:1⟧ Simply, the stem cells help.</p>\n',
    )
    expect(result.markers).toBe(1)
    expect(result.references).toHaveLength(1)
    expect(result.references[0].ids).toEqual({ pmid: '27490266' })
    expect(result.unknownShortcodes).toEqual([{ name: 'contact-form-7', count: 1 }])
    expect(result.images).toEqual([
      {
        src: 'https://clinic.example/wp-content/uploads/2019/05/knee-xray-300x200.jpg',
        alt: 'Knee X-ray',
        attachmentId: 201,
        width: 300,
        height: 200,
      },
    ])
  })

  test('block post: no wpautop, dynamic blocks reported', () => {
    const raw = `<!-- wp:paragraph -->
<p>Ice helps.<sup>1</sup></p>
<!-- /wp:paragraph -->

<!-- wp:latest-posts /-->

<!-- wp:heading -->
<h2 class="wp-block-heading">References</h2>
<!-- /wp:heading -->

<!-- wp:list {"ordered":true} -->
<ol><!-- wp:list-item -->
<li>Smith J. Ice. Knee J. 2019;1:1. <a href="https://doi.org/10.1000/ice">doi</a></li>
<!-- /wp:list-item --></ol>
<!-- /wp:list -->`
    const result = prepareContent(raw)
    expect(result.hadBlocks).toBe(true)
    expect(result.html.trim()).toBe('<p>Ice helps.⟦cite:1⟧</p>')
    expect(result.references[0]).toMatchObject({ number: 1, ids: { doi: '10.1000/ice' } })
    expect(result.unsupportedBlocks).toEqual([{ name: 'core/latest-posts', count: 1 }])
  })

  test('galleries are reported', () => {
    expect(prepareContent('Photos:\n\n[gallery ids="4,5"]').galleries).toEqual([['4', '5']])
  })
})
