/** @jest-environment node */
// Input → expected pairs from WordPress's own tests, tests/phpunit/tests/formatting/wpAutop.php
// in wordpress-develop: they are the specification of wpautop().
import { htmlSplit, wpautop } from '@/wordpress/content/wpautop'

const trim = (value: string) => value.trim()

describe('wpautop (WordPress PHPUnit cases)', () => {
  test('first post (#11008)', () => {
    const input = `
Welcome to WordPress!  This post contains important information.  After you read it, you can make it private.

First things first:
<ul>
<li><a href="%1$s" title="Subscribe">Subscribe to the WordPress mailing list for release notifications</a></li>
</ul>
As a subscriber, you will receive an email every time an update is available (and only then).
When a new version is released, <a href="%2$s" title="Dashboard">log in to the Dashboard</a> and follow the instructions.
Upgrading is a couple of clicks!

Then you can start enjoying the WordPress experience:
<ul>
<li>Edit your personal information at <a href="%3$s" title="Edit">Users &#8250; Profile</a></li>
<li>Modify and prettify your website&#8217;s links at <a href="%8$s" title="For example">Settings &#8250; Permalinks</a></li>
</ul>
To keep this post for reference, <a href="%11$s" title="Click">click to edit it</a>, go to the Publish box.

Thank you for selecting WordPress.  We wish you happy publishing!

PS.  Not yet subscribed for update notifications?  <a href="%1$s" title="Subscribe">Do it now!</a>
`
    const expected = `<p>Welcome to WordPress!  This post contains important information.  After you read it, you can make it private.</p>
<p>First things first:</p>
<ul>
<li><a href="%1$s" title="Subscribe">Subscribe to the WordPress mailing list for release notifications</a></li>
</ul>
<p>As a subscriber, you will receive an email every time an update is available (and only then).<br />
When a new version is released, <a href="%2$s" title="Dashboard">log in to the Dashboard</a> and follow the instructions.<br />
Upgrading is a couple of clicks!</p>
<p>Then you can start enjoying the WordPress experience:</p>
<ul>
<li>Edit your personal information at <a href="%3$s" title="Edit">Users &#8250; Profile</a></li>
<li>Modify and prettify your website&#8217;s links at <a href="%8$s" title="For example">Settings &#8250; Permalinks</a></li>
</ul>
<p>To keep this post for reference, <a href="%11$s" title="Click">click to edit it</a>, go to the Publish box.</p>
<p>Thank you for selecting WordPress.  We wish you happy publishing!</p>
<p>PS.  Not yet subscribed for update notifications?  <a href="%1$s" title="Subscribe">Do it now!</a></p>
`
    expect(wpautop(input)).toBe(expected)
  })

  test('does not alter <pre> elements (#19855)', () => {
    const code = 'function f() {\n\n  return a &lt; b\n}\n\n\nvar x = 1;'
    expect(trim(wpautop(`<pre>${code}</pre>`))).toBe(`<pre>${code}</pre>`)
    expect(trim(wpautop(`Look at this code\n\n<pre>${code}</pre>\n\nIsn't that cool?`))).toBe(
      `<p>Look at this code</p>\n<pre>${code}</pre>\n<p>Isn't that cool?</p>`,
    )
    expect(
      trim(
        wpautop(
          'Look at this code\n\n<pre>Line1<br />Line2<br>Line3<br/>Line4\nActual Line 2\nActual Line 3</pre>\n\nCool, huh?',
        ),
      ),
    ).toBe(
      '<p>Look at this code</p>\n<pre>Line1<br />Line2<br>Line3<br/>Line4\nActual Line 2\nActual Line 3</pre>\n<p>Cool, huh?</p>',
    )
  })

  test('no <br /> around <input> (#16456)', () => {
    const str =
      'Username: <input type="text" id="username" name="username" /><br />Password: <input type="password" id="password1" name="password1" />'
    expect(trim(wpautop(str))).toBe(`<p>${str}</p>`)
  })

  test('no <p> or <br /> around <source> and <track> (#26864)', () => {
    const video = `<video class="wp-video-shortcode" id="video-0-1" width="640" height="360" preload="metadata" controls="controls">
\t\t\t\t<source type="video/mp4" src="http://domain.tld/wp-content/uploads/2013/12/xyz.mp4" />
\t\t\t\t<!-- WebM/VP8 for Firefox4, Opera, and Chrome -->
\t\t\t\t<source type="video/webm" src="myvideo.webm" />
\t\t\t\t<!-- Optional: Add subtitles for each language -->
\t\t\t\t<track kind="subtitles" src="subtitles.srt" srclang="en" />
\t\t\t\t<a href="http://domain.tld/wp-content/uploads/2013/12/xyz.mp4">http://domain.tld/wp-content/uploads/2013/12/xyz.mp4</a>
\t\t\t</video>`
    const expected =
      '<p>Paragraph one.</p>\n' +
      '<p><video class="wp-video-shortcode" id="video-0-1" width="640" height="360" preload="metadata" controls="controls">' +
      '<source type="video/mp4" src="http://domain.tld/wp-content/uploads/2013/12/xyz.mp4" />' +
      '<!-- WebM/VP8 for Firefox4, Opera, and Chrome -->' +
      '<source type="video/webm" src="myvideo.webm" />' +
      '<!-- Optional: Add subtitles for each language -->' +
      '<track kind="subtitles" src="subtitles.srt" srclang="en" />' +
      '<a href="http://domain.tld/wp-content/uploads/2013/12/xyz.mp4">' +
      'http://domain.tld/wp-content/uploads/2013/12/xyz.mp4</a></video></p>\n' +
      '<p>Paragraph two.</p>'
    expect(trim(wpautop(`Paragraph one.\n\n${video}\n\nParagraph two.`))).toBe(expected)
  })

  test('no <p> or <br /> around <param> and <embed> (#26864)', () => {
    const input = `
Paragraph one.

<object width="400" height="224" classid="clsid:d27cdb6e-ae6d-11cf-96b8-444553540000">
\t<param name="src" value="http://domain.tld/wp-content/uploads/2013/12/xyz.swf" />
\t<param name="allowfullscreen" value="true" />

\t<embed width="400" height="224" type="application/x-shockwave-flash" src="http://domain.tld/wp-content/uploads/2013/12/xyz.swf" />
</object>

Paragraph two.`
    expect(trim(wpautop(input))).toBe(
      '<p>Paragraph one.</p>\n' +
        '<p><object width="400" height="224" classid="clsid:d27cdb6e-ae6d-11cf-96b8-444553540000">' +
        '<param name="src" value="http://domain.tld/wp-content/uploads/2013/12/xyz.swf" />' +
        '<param name="allowfullscreen" value="true" />' +
        '<embed width="400" height="224" type="application/x-shockwave-flash" src="http://domain.tld/wp-content/uploads/2013/12/xyz.swf" />' +
        '</object></p>\n' +
        '<p>Paragraph two.</p>',
    )
  })

  test('no <br /> in <select> and <option> (#22230)', () => {
    const str =
      'Country: <select id="state" name="state"><option value="1">Alabama</option><option value="2">Alaska</option></select>'
    expect(trim(wpautop(str))).toBe(`<p>${str}</p>`)
  })

  const blocks = [
    'table',
    'thead',
    'tfoot',
    'caption',
    'col',
    'colgroup',
    'tbody',
    'tr',
    'td',
    'th',
  ]
    .concat(['div', 'dl', 'dd', 'dt', 'ul', 'ol', 'li', 'pre', 'form', 'map', 'area', 'address'])
    .concat(['style', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'fieldset', 'legend', 'section'])
    .concat(['article', 'aside', 'hgroup', 'header', 'footer', 'nav', 'figure', 'details'])
    .concat(['menu', 'summary'])

  test('block-level elements are blocks (#27268)', () => {
    const content = blocks.map((block) => `<${block}>foo</${block}>`)
    expect(trim(wpautop(content.join('\n\n')))).toBe(content.join('\n'))
    expect(trim(wpautop(content.join('')))).toBe(content.join('\n'))

    const selfClosing = blocks.map((block) => `<${block}/>`)
    expect(trim(wpautop(selfClosing.join('')))).toBe(selfClosing.join('\n'))

    const withAttributes = blocks.map((block) => `<${block} attr='value'>foo</${block}>`)
    expect(trim(wpautop(withAttributes.join('')))).toBe(withAttributes.join('\n'))
  })

  test("autops a blockquote's contents, not the blockquote (#27268)", () => {
    expect(trim(wpautop('<blockquote>foo</blockquote>'))).toBe(
      '<blockquote><p>foo</p></blockquote>',
    )
  })

  test('inline elements are inline (#27268)', () => {
    const inlines = ['a', 'em', 'strong', 'small', 's', 'cite', 'q', 'dfn', 'abbr', 'data']
      .concat(['time', 'code', 'var', 'samp', 'kbd', 'sub', 'sup', 'i', 'b', 'u', 'mark'])
      .concat(['span', 'del', 'ins', 'noscript', 'select'])
    const input = inlines.map((tag) => `<${tag}>foo</${tag}>`).join('\n\n')
    const expected = inlines.map((tag) => `<p><${tag}>foo</${tag}></p>`).join('\n')
    expect(trim(wpautop(input))).toBe(expected)
  })

  test.each([
    ["Hello <a\nhref='world'>", "<p>Hello <a\nhref='world'></p>\n"],
    ["Hello <!-- a\nhref='world' -->", "<p>Hello <!-- a\nhref='world' --></p>\n"],
    [
      'Hello <!-- <object>\n<param>\n<param>\n<embed>\n</embed>\n</object>\n -->',
      '<p>Hello <!-- <object>\n<param>\n<param>\n<embed>\n</embed>\n</object>\n --></p>\n',
    ],
    [
      'Hello <!-- <object>\n<param/>\n<param/>\n<embed>\n</embed>\n</object>\n -->',
      '<p>Hello <!-- <object>\n<param/>\n<param/>\n<embed>\n</embed>\n</object>\n --></p>\n',
    ],
    [
      'Hello <![CDATA[ a\nhttps://youtu.be/jgz0uSaOZbE\n ]]>',
      '<p>Hello <![CDATA[ a\nhttps://youtu.be/jgz0uSaOZbE\n ]]></p>\n',
    ],
    [
      'Hello <![CDATA[ <!-- a\nhttps://youtu.be/jgz0uSaOZbE\n a\n9 ]]> -->',
      '<p>Hello <![CDATA[ <!-- a\nhttps://youtu.be/jgz0uSaOZbE\n a\n9 ]]> --></p>\n',
    ],
    [
      'Hello <![CDATA[ <!-- a\nhttps://youtu.be/jgz0uSaOZbE\n a\n9 --> a\n9 ]]>',
      '<p>Hello <![CDATA[ <!-- a\nhttps://youtu.be/jgz0uSaOZbE\n a\n9 --> a\n9 ]]></p>\n',
    ],
  ])('newlines inside elements and comments are kept (#33106): %j', (input, output) => {
    expect(wpautop(input)).toBe(output)
  })

  test('no line break converted after <br /> (#33377)', () => {
    expect(trim(wpautop('\nline 1<br>\nline 2<br/>\nline 3<br />\nline 4\nline 5\n'))).toBe(
      '<p>line 1<br />\nline 2<br />\nline 3<br />\nline 4<br />\nline 5</p>',
    )
  })

  test('multiple <br> make a paragraph (#33377)', () => {
    expect(trim(wpautop('\nline 1<br>\n<br/>\nline 2<br/>\n<br />\n'))).toBe(
      '<p>line 1</p>\n<p>line 2</p>',
    )
  })

  test('text before blocks is wrapped in a paragraph (#4857)', () => {
    expect(trim(wpautop('a<div>b</div>'))).toBe('<p>a</p>\n<div>b</div>')
  })

  test('no extra </p> before <figcaption> (#39307)', () => {
    const one = '<figure><img src="example.jpg" /><figcaption>Caption</figcaption></figure>'
    expect(trim(wpautop(one))).toBe(one)
    expect(
      trim(
        wpautop('<figure>\n<img src="example.jpg" />\n<figcaption>Caption</figcaption>\n</figure>'),
      ),
    ).toBe('<figure>\n<img src="example.jpg" /><figcaption>Caption</figcaption></figure>')
  })

  test('<hr> is not wrapped in a paragraph (#14674)', () => {
    expect(trim(wpautop('paragraph1<hr>paragraph2'))).toBe(
      '<p>paragraph1</p>\n<hr>\n<p>paragraph2</p>',
    )
  })

  test('inline SVG and scripts keep their newlines (#9437)', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg">\n\t\t\t\t<circle cx="50" cy="50" r="30" fill="blue">\n\t\t\t\t\t<animateTransform attributeName="transform" type="scale" to="1.5" dur="2s" fill="freeze"/>\n\t\t\t\t</circle>\n\t\t\t</svg>'
    expect(trim(wpautop(svg))).toBe(`<p>${svg}</p>`)
    const script = '<script type="text/javascript">\n\t\t\t\tvar dummy = 1;\n\t\t\t</script>'
    expect(trim(wpautop(script))).toBe(`<p>${script}</p>`)
  })
})

describe('wpautop on clinic content', () => {
  test('empty and whitespace-only content gives nothing', () => {
    expect(wpautop('')).toBe('')
    expect(wpautop(' \n\t\n')).toBe('')
  })

  test('a no-break space is text, not whitespace, as in PHP', () => {
    expect(trim(wpautop('One\n\n\u00a0\n\nTwo'))).toBe('<p>One</p>\n<p>\u00a0</p>\n<p>Two</p>')
  })

  test('Windows line endings', () => {
    expect(trim(wpautop('One\r\ntwo\r\n\r\nThree'))).toBe('<p>One<br />\ntwo</p>\n<p>Three</p>')
  })

  test('a heading and a list between paragraphs', () => {
    expect(trim(wpautop('Intro text.\n<h2>Causes</h2>\nFirst line\nsecond line\n\nLast.'))).toBe(
      '<p>Intro text.</p>\n<h2>Causes</h2>\n<p>First line<br />\nsecond line</p>\n<p>Last.</p>',
    )
  })

  test('a $ in <pre> survives', () => {
    expect(trim(wpautop('<pre>cost $& $1</pre>'))).toBe('<pre>cost $& $1</pre>')
  })

  test('htmlSplit separates text, elements and comments', () => {
    expect(htmlSplit('a<b>c<!-- d > e -->f')).toEqual(['a', '<b>', 'c', '<!-- d > e -->', 'f'])
  })
})
