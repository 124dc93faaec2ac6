/** @jest-environment node */
import { collectImages, originalImageUrl, replaceImages } from '@/wordpress/content/images'
import { rewriteLinks } from '@/wordpress/content/links'

describe('images', () => {
  test('originalImageUrl maps resized and scaled copies to the upload', () => {
    const base = 'https://clinic.example/wp-content/uploads/2019/05/'
    expect(originalImageUrl(`${base}knee-xray-300x200.jpg`)).toBe(`${base}knee-xray.jpg`)
    expect(originalImageUrl(`${base}knee-xray-scaled.jpg`)).toBe(`${base}knee-xray.jpg`)
    expect(originalImageUrl(`${base}knee-xray-1024x683.JPEG?v=2`)).toBe(`${base}knee-xray.JPEG?v=2`)
    expect(originalImageUrl(`${base}knee-xray.png`)).toBe(`${base}knee-xray.png`)
    expect(originalImageUrl(`${base}2019-300x200-chart.png`)).toBe(`${base}2019-300x200-chart.png`)
  })

  test('collectImages: alt, size and attachment id from the class or the caption figure', () => {
    expect(
      collectImages(
        '<p><img class="alignright size-medium wp-image-201" src="a-300x200.jpg" alt="Knee" width="300" height="200" /></p>' +
          '<figure id="attachment_7" class="wp-caption"><img src="b.jpg"><figcaption>B</figcaption></figure>' +
          '<img src="c.jpg" alt=""><img alt="no src">',
      ),
    ).toEqual([
      { src: 'a-300x200.jpg', alt: 'Knee', attachmentId: 201, width: 300, height: 200 },
      { src: 'b.jpg', alt: null, attachmentId: 7 },
      { src: 'c.jpg', alt: '' },
    ])
  })

  test('replaceImages lifts images out of paragraphs and keeps captions as text', () => {
    const html =
      '<p><img class="wp-image-1" src="a.jpg" alt="A">Text after a floated image.</p>' +
      '<p>Text before.<br>\n<a href="b-big.jpg"><img src="b.jpg"></a></p>' +
      '<figure id="attachment_3" class="wp-caption"><img src="c.jpg" alt="C"><figcaption>The <em>knee</em></figcaption></figure>' +
      '<p>Gone: <img src="d.jpg"></p>'
    const ids: Record<string, number> = { 'a.jpg': 11, 'b.jpg': 12, 'c.jpg': 13 }
    const result = replaceImages(html, (image) =>
      ids[image.src] ? { id: ids[image.src], relationTo: 'media' } : null,
    )
    expect(result).toBe(
      '<img data-lexical-upload-id="11" data-lexical-upload-relation-to="media" src="a.jpg" alt="A">' +
        '<p>Text after a floated image.</p>' +
        '<p>Text before.</p>' +
        '<img data-lexical-upload-id="12" data-lexical-upload-relation-to="media" src="b.jpg">' +
        '<img data-lexical-upload-id="13" data-lexical-upload-relation-to="media" src="c.jpg" alt="C">' +
        '<p><em>The <em>knee</em></em></p>' +
        '<p>Gone: </p>',
    )
  })

  test('a paragraph holding only an image disappears around it; order is kept', () => {
    const result = replaceImages('<p><img src="a.jpg"> <img src="b.jpg"></p>', (image) => ({
      id: image.src,
      relationTo: 'media',
    }))
    expect(result).toBe(
      '<img data-lexical-upload-id="a.jpg" data-lexical-upload-relation-to="media" src="a.jpg">' +
        '<img data-lexical-upload-id="b.jpg" data-lexical-upload-relation-to="media" src="b.jpg">',
    )
  })
})

describe('rewriteLinks', () => {
  test('rewrites what resolve maps, leaves the rest', () => {
    const html =
      '<p><a href="https://clinic.example/?p=123">Old</a> <a href="https://clinic.example/knee-pain/">Knee</a> <a href="https://pubmed.ncbi.nlm.nih.gov/1/">PubMed</a> <a name="x">x</a></p>'
    const map: Record<string, string> = {
      'https://clinic.example/?p=123': '/articles/hip',
      'https://clinic.example/knee-pain/': '/articles/knee-pain',
    }
    expect(rewriteLinks(html, (href) => map[href] ?? null)).toBe(
      '<p><a href="/articles/hip">Old</a> <a href="/articles/knee-pain">Knee</a> <a href="https://pubmed.ncbi.nlm.nih.gov/1/">PubMed</a> <a name="x">x</a></p>',
    )
    expect(rewriteLinks(html, () => null)).toBe(html)
  })
})
