/** @jest-environment node */
import {
  applyShortcodes,
  parseShortcodeAttrs,
  shortcodeNames,
  type ShortcodeHandler,
} from '@/wordpress/content/shortcodes'

describe('parseShortcodeAttrs (shortcode_parse_atts)', () => {
  test('double, single and unquoted values; names in lower case', () => {
    expect(parseShortcodeAttrs(` ID="attachment_201" align='alignright' Width=300`)).toEqual({
      named: { id: 'attachment_201', align: 'alignright', width: '300' },
      positional: [],
    })
  })

  test('positional values, quoted or bare', () => {
    expect(parseShortcodeAttrs(' "first value" \'second\' third')).toEqual({
      named: {},
      positional: ['first value', 'second', 'third'],
    })
  })

  test('a quote of the other kind inside a value, and backslash escapes', () => {
    expect(parseShortcodeAttrs(` caption='Dr "Bones" Smith' title="a\\tb"`).named).toEqual({
      caption: 'Dr "Bones" Smith',
      title: 'a\tb',
    })
  })

  test('no-break spaces separate attributes; unclosed HTML is refused', () => {
    expect(parseShortcodeAttrs('id="5"\u00a0title="x"').named).toEqual({ id: '5', title: 'x' })
    expect(parseShortcodeAttrs('caption="<a href=x"').named.caption).toBe('')
    expect(parseShortcodeAttrs('caption="<em>ok</em>"').named.caption).toBe('<em>ok</em>')
  })
})

describe('shortcodeNames', () => {
  test('plugin shortcodes are recognised, bracketed words are not', () => {
    const html =
      '[contact-form-7 id="5"] [vc_row]x[/vc_row] [wpforms id=3] [button /] [spoiler]a[/spoiler] ' +
      '[1] [Pubmed] [sic] [PMC free article] [et al] [citation needed]'
    expect(shortcodeNames(html, []).sort()).toEqual(
      ['button', 'contact-form-7', 'spoiler', 'vc_row', 'wpforms'].sort(),
    )
  })
})

describe('applyShortcodes', () => {
  test('caption with an image and caption text', () => {
    const { html } = applyShortcodes(
      '[caption id="attachment_201" align="alignright" width="300"]<img class="size-medium wp-image-201" src="https://clinic.example/wp-content/uploads/2019/05/knee-xray-300x200.jpg" alt="Knee X-ray" width="300" height="200" /> X-ray of an arthritic knee[/caption]',
    )
    expect(html).toBe(
      '<figure id="attachment_201" class="wp-caption alignright"><img class="size-medium wp-image-201" src="https://clinic.example/wp-content/uploads/2019/05/knee-xray-300x200.jpg" alt="Knee X-ray" width="300" height="200" /><figcaption>X-ray of an arthritic knee</figcaption></figure>',
    )
  })

  test('caption with a link-wrapped image keeps the link, and HTML in the caption', () => {
    const { html } = applyShortcodes(
      '[caption id="attachment_7" align="aligncenter" width="640"]<a href="https://clinic.example/knee.jpg"><img src="https://clinic.example/knee-640x480.jpg" alt="" /></a> The <em>medial</em> side[/caption]',
    )
    expect(html).toBe(
      '<figure id="attachment_7" class="wp-caption aligncenter"><a href="https://clinic.example/knee.jpg"><img src="https://clinic.example/knee-640x480.jpg" alt="" /></a><figcaption>The <em>medial</em> side</figcaption></figure>',
    )
  })

  test('old-style caption attribute; a caption without text is just the image', () => {
    expect(
      applyShortcodes('[wp_caption caption="Old style"]<img src="a.jpg" />[/wp_caption]').html,
    ).toBe(
      '<figure class="wp-caption"><img src="a.jpg" /><figcaption>Old style</figcaption></figure>',
    )
    expect(applyShortcodes('[caption]<img src="a.jpg" />[/caption]').html).toBe(
      '<img src="a.jpg" />',
    )
  })

  test('embed, video and audio become links', () => {
    expect(applyShortcodes('[embed]https://www.youtube.com/watch?v=abc&t=1[/embed]').html).toBe(
      '<p><a href="https://www.youtube.com/watch?v=abc&amp;t=1">https://www.youtube.com/watch?v=abc&amp;t=1</a></p>',
    )
    expect(applyShortcodes('[embed width="500"] https://vimeo.com/1 [/embed]').html).toBe(
      '<p><a href="https://vimeo.com/1">https://vimeo.com/1</a></p>',
    )
    expect(applyShortcodes('[video width="640" mp4="https://c.example/v.mp4"][/video]').html).toBe(
      '<p><a href="https://c.example/v.mp4">https://c.example/v.mp4</a></p>',
    )
    expect(applyShortcodes('[audio src="https://c.example/a.mp3"]').html).toBe(
      '<p><a href="https://c.example/a.mp3">https://c.example/a.mp3</a></p>',
    )
  })

  test('galleries are removed and reported with their ids', () => {
    const result = applyShortcodes(
      'Before [gallery ids="1, 2,3" columns="2"] middle [gallery] after',
    )
    expect(result.html).toBe('Before  middle  after')
    expect(result.galleries).toEqual([['1', '2', '3'], []])
  })

  test('unknown self-closing shortcodes disappear and are counted', () => {
    const result = applyShortcodes(
      '<p>Call us.</p>[contact-form-7 id="5" title="Contact"]\n[contact-form-7 id="6"/]',
    )
    expect(result.html).toBe('<p>Call us.</p>\n')
    expect(result.unknown).toEqual([{ name: 'contact-form-7', count: 2 }])
  })

  test('unknown enclosing shortcodes keep their content, nested ones expanded', () => {
    const result = applyShortcodes(
      '[et_pb_section fb_built="1"][et_pb_row][et_pb_text]Knee pain [caption id="attachment_3"]<img src="k.jpg" /> Knee[/caption][/et_pb_text][/et_pb_row][/et_pb_section]',
    )
    expect(result.html).toBe(
      'Knee pain <figure id="attachment_3" class="wp-caption"><img src="k.jpg" /><figcaption>Knee</figcaption></figure>',
    )
    expect(result.unknown).toEqual(
      expect.arrayContaining([
        { name: 'et_pb_section', count: 1 },
        { name: 'et_pb_row', count: 1 },
        { name: 'et_pb_text', count: 1 },
      ]),
    )
  })

  test('escaped shortcodes stay literal, once', () => {
    // WordPress escapes an enclosing shortcode as a whole: [[name]content[/name]].
    const result = applyShortcodes('Type [[gallery]] or [[vc_row]x[/vc_row]].')
    expect(result.html).toBe('Type [gallery] or [vc_row]x[/vc_row].')
    expect(result.unknown).toEqual([])
    expect(result.galleries).toEqual([])
  })

  test('bracketed text is not a shortcode', () => {
    const text = 'Smith J. Knee. 2016;8:1. [Pubmed] [PMC free article] see [1] and [sic].'
    expect(applyShortcodes(text)).toEqual({ html: text, unknown: [], galleries: [] })
  })

  test('a closing tag without its opening tag is removed', () => {
    expect(applyShortcodes('[vc_column_text]A[/vc_column_text][/vc_column]').html).toBe('A')
  })

  test('a name that starts like another is not taken for it', () => {
    const result = applyShortcodes('[vc_row_inner]A[/vc_row_inner][vc_row]B[/vc_row]')
    expect(result.html).toBe('AB')
    expect(result.unknown.map((u) => u.name).sort()).toEqual(['vc_row', 'vc_row_inner'])
  })

  test('custom handlers', () => {
    const year: ShortcodeHandler = () => '2024'
    expect(applyShortcodes('© [year] Clinic', { year }).html).toBe('© 2024 Clinic')
  })
})
