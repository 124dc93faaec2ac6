/**
 * Hostile inputs for issue 9: what attackers, broken clients and careless pastes send. Each
 * entry has a name and a category; tests/int/hostile-input.test.ts sends every one of them to
 * the public endpoints and to every staff-writable field. Values are built lazily where they
 * are large, so importing the corpus costs nothing.
 */

export type Category =
  | 'xss'
  | 'link'
  | 'oversize'
  | 'control'
  | 'unicode'
  | 'sql'
  | 'nosql'
  | 'prototype'
  | 'wrong-type'
  | 'huge'
  | 'nesting'

/** A JSON value sent as a field's value. */
export type ValueInput = {
  name: string
  category: Category
  value: () => unknown
  /** The value as JSON text, for values too deep for JSON.stringify to write. */
  json?: () => string
}

/** A raw query string sent to list endpoints. */
export type QueryInput = { name: string; category: Category | 'query'; query: () => string }

/** A raw request body with its Content-Type. */
export type BodyInput = {
  name: string
  category: Category | 'malformed' | 'content-type'
  contentType?: string
  body: () => string | Uint8Array
  /** The body is too large for the server to read: the answer must be 413. */
  tooLarge?: boolean
}

const text = (category: Category, entries: Record<string, string>): ValueInput[] =>
  Object.entries(entries).map(([name, value]) => ({ name, category, value: () => value }))

export const xss = text('xss', {
  'script tag': '<script>alert(1)</script>',
  'script tag, mixed case': '<ScRiPt>alert(1)</sCrIpT>',
  'script with src': '<script src="https://evil.example/x.js"></script>',
  'img onerror': '<img src=x onerror=alert(1)>',
  'img onerror, quotes': '\'"><img src=x onerror=alert(document.cookie)>',
  'svg onload': '<svg onload=alert(1)>',
  'svg with script': '<svg><script>alert(1)</script></svg>',
  'svg animate href':
    '<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>x</text></a></svg>',
  'MathML mglyph mutation': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'closing script for JSON-LD': '</script><script>alert(1)</script>',
  'closing script, upper case': '</SCRIPT ><script>alert(1)</script>',
  'HTML comment breakout': '<!--<img src="--><img src=x onerror=alert(1)//">',
  'entity-encoded script': '&lt;script&gt;alert(1)&lt;/script&gt;',
  'numeric entities': '&#60;script&#62;alert(1)&#60;/script&#62;',
  'iframe javascript': '<iframe src="javascript:alert(1)"></iframe>',
  'anchor javascript': '<a href="javascript:alert(1)">click</a>',
  'body onload': '<body onload=alert(1)>',
  'details ontoggle': '<details open ontoggle=alert(1)>',
  'custom element onclick': '<x onclick=alert(1)>click me</x>',
  'style import': "<style>@import 'javascript:alert(1)';</style>",
  'object data URL':
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  'template injection': "{{constructor.constructor('alert(1)')()}}",
  'template literal': '${alert(1)}',
  'attribute breakout': '" autofocus onfocus="alert(1)',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'base href': '<base href="https://evil.example/">',
  'form action': '<form action="javascript:alert(1)"><button>x</button></form>',
  'unicode-escaped script': '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  'markdown link': '[click](javascript:alert(1))',
  'CSS expression': '<div style="width: expression(alert(1))">x</div>',
})

export const links = text('link', {
  'javascript:': 'javascript:alert(1)',
  'JavaScript: mixed case': 'JavaScript:alert(1)',
  'JAVASCRIPT: upper case': 'JAVASCRIPT:alert(1)',
  'javascript: leading space': ' javascript:alert(1)',
  'javascript: leading tab': '\tjavascript:alert(1)',
  'javascript: tab inside': 'java\tscript:alert(1)',
  'javascript: newline inside': 'java\nscript:alert(1)',
  'javascript: NUL before': '\u0000javascript:alert(1)',
  'javascript: control before': '\u0001javascript:alert(1)',
  'javascript: &colon;': 'javascript&colon;alert(1)',
  'javascript: decimal entity': '&#106;avascript:alert(1)',
  'javascript: hex entity': '&#x6A;avascript:alert(1)',
  'javascript: entity tab': 'jav&#x09;ascript:alert(1)',
  'javascript: percent-encoded colon': 'javascript%3Aalert(1)',
  'javascript: comment and newline': 'javascript://%0aalert(1)',
  'vbscript:': 'vbscript:msgbox(1)',
  'VBScript: mixed case': 'VBScript:MsgBox(1)',
  'livescript:': 'livescript:alert(1)',
  'data: HTML': 'data:text/html,<script>alert(1)</script>',
  'data: base64 HTML': 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA: upper case': 'DATA:text/html,<script>alert(1)</script>',
  'data: SVG': 'data:image/svg+xml,<svg onload=alert(1)>',
  'data: with space': ' data:text/html,x',
  'file:': 'file:///etc/passwd',
  'blob:': 'blob:https://evil.example/1234',
  'protocol-relative': '//evil.example/phish',
  'backslash host': '/\\evil.example/phish',
  'UNC path': '\\\\evil.example\\share',
  'ftp:': 'ftp://files.example.org/a',
  'about:blank': 'about:blank',
  'chrome:': 'chrome://settings',
  'unicode lookalike colon': 'javascript\uff1aalert(1)',
})

export const oversize: ValueInput[] = [
  { name: '1,001 characters', category: 'oversize', value: () => 'a'.repeat(1_001) },
  { name: '100 KB string', category: 'oversize', value: () => 'a'.repeat(100 * 1024) },
  { name: '10 MB string', category: 'oversize', value: () => 'a'.repeat(10 * 1024 * 1024) },
  { name: '100 KB of emoji', category: 'oversize', value: () => '😀'.repeat(50 * 1024) },
  {
    name: '64 KB then a script tag',
    category: 'oversize',
    value: () => `${'a'.repeat(64 * 1024)}<script>alert(1)</script>`,
  },
]

export const control = text('control', {
  NUL: 'before\u0000after',
  'NUL only': '\u0000',
  BEL: 'ring\u0007',
  backspace: 'abc\u0008\u0008x',
  'ESC colour code': '\u001b[31mred\u001b[0m',
  DEL: 'del\u007f',
  'C1 NEL': 'next\u0085line',
  'CRLF header injection': 'x\r\nSet-Cookie: session=stolen',
  'vertical tab and form feed': 'a\u000bb\u000cc',
  'U+202E right-to-left override': 'invoice\u202Etxt.exe',
  'U+202D left-to-right override': 'a\u202Db',
  'U+202A embedding': 'a\u202Ab',
  'zero-width space': 'adm\u200Bin',
  'zero-width joiner in emoji': '👩\u200D⚕️ nurse',
  'byte order mark': '\uFEFFtitle',
  'line separator U+2028': 'a\u2028b',
})

export const unicode = text('unicode', {
  'lone high surrogate': 'a\ud800b',
  'lone low surrogate': 'a\udfffb',
  'high surrogate at the end': 'text\ud83d',
  'reversed surrogate pair': '\ude00\ud83d',
  'noncharacter U+FFFF': 'a\uffffb',
  'noncharacter U+FFFE': 'a\ufffeb',
  'replacement character': 'a\ufffdb',
  'combining marks (zalgo)': 'Z\u0351\u0368\u0315a\u0334\u0341l\u0357g\u036ao',
  'right-to-left text': 'مرحبا بكم',
  'astral characters': '𝕳𝖊𝖑𝖑𝖔 𐍈',
})

export const sql = text('sql', {
  "' OR 1=1 --": "' OR 1=1 --",
  '; DROP TABLE': "'; DROP TABLE articles; --",
  'DROP TABLE users': 'Robert"); DROP TABLE users;--',
  'UNION SELECT': "' UNION SELECT hash, salt FROM users --",
  'OR with quotes': '" OR ""="',
  'stacked query': '1; SELECT * FROM users',
  'comment bypass': "admin'--",
  'LIKE wildcard': "%' OR '1'='1",
  'sqlite function': "x' AND sqlite_version() --",
  sleep: "1' AND SLEEP(5) --",
})

export const nosqlText = text('nosql', {
  '$gt as text': '{"$gt": ""}',
  '$where as text': '$where: function() { sleep(1000) }',
  '$regex as text': '{"$regex": ".*"}',
})

export const wrongTypes: ValueInput[] = [
  { name: 'empty array', category: 'wrong-type', value: () => [] },
  { name: 'array of strings', category: 'wrong-type', value: () => ['a', 'b'] },
  { name: 'empty object', category: 'wrong-type', value: () => ({}) },
  { name: 'object', category: 'wrong-type', value: () => ({ a: 1 }) },
  { name: 'number', category: 'wrong-type', value: () => 12345 },
  { name: 'negative number', category: 'wrong-type', value: () => -1 },
  { name: 'float', category: 'wrong-type', value: () => 3.14 },
  { name: 'huge number', category: 'wrong-type', value: () => 1e308 },
  { name: 'true', category: 'wrong-type', value: () => true },
  { name: 'false', category: 'wrong-type', value: () => false },
  { name: 'numeric string', category: 'wrong-type', value: () => '42' },
  { name: 'empty string', category: 'wrong-type', value: () => '' },
  { name: 'whitespace', category: 'wrong-type', value: () => ' \t\n ' },
  { name: 'date-like text', category: 'wrong-type', value: () => '2024-02-30T25:61:00Z' },
  { name: '$gt operator object', category: 'nosql', value: () => ({ $gt: '' }) },
  { name: '$ne operator object', category: 'nosql', value: () => ({ $ne: null }) },
  { name: '$where operator object', category: 'nosql', value: () => ({ $where: 'sleep(1000)' }) },
  {
    name: 'relation-shaped object',
    category: 'wrong-type',
    value: () => ({ relationTo: 'users', value: 1 }),
  },
  {
    name: '__proto__ key',
    category: 'prototype',
    value: () => JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  },
  {
    name: 'constructor.prototype key',
    category: 'prototype',
    value: () => ({ constructor: { prototype: { polluted: 'yes' } } }),
  },
  {
    name: '100,000-element array',
    category: 'huge',
    value: () => Array.from({ length: 100_000 }, (_, i) => i),
  },
  {
    name: '10,000 nested arrays',
    category: 'nesting',
    value: () => nestedArrays(10_000),
    json: () => `${'['.repeat(10_000)}"deep"${']'.repeat(10_000)}`,
  },
  {
    name: '10,000 nested objects',
    category: 'nesting',
    value: () => nestedObjects(10_000),
    json: () => `${'{"a":'.repeat(10_000)}"deep"${'}'.repeat(10_000)}`,
  },
]

export const nestedArrays = (depth: number): unknown => {
  let value: unknown = 'deep'
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

export const nestedObjects = (depth: number): unknown => {
  let value: unknown = 'deep'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

/** Every value entry that is text. */
export const textInputs: ValueInput[] = [
  ...xss,
  ...links,
  ...oversize,
  ...control,
  ...unicode,
  ...sql,
  ...nosqlText,
]

export const valueInputs: ValueInput[] = [...textInputs, ...wrongTypes]

const deepQuery = (depth: number) => `where${'[a]'.repeat(depth)}[equals]=1`

export const queries: QueryInput[] = (
  [
    ['$ne operator', 'nosql', 'where[slug][$ne]=x'],
    ['$where operator', 'nosql', 'where[$where]=sleep(1000)'],
    ['$regex operator', 'nosql', 'where[title][$regex]=.*'],
    ['$gt on status', 'nosql', 'where[_status][$gt]='],
    ['$or at the top', 'nosql', 'where[$or][0][_status]=draft'],
    ['__proto__ in where', 'prototype', 'where[__proto__][polluted]=yes'],
    ['__proto__ at the top', 'prototype', '__proto__[polluted]=yes'],
    ['constructor.prototype', 'prototype', 'constructor[prototype][polluted]=yes'],
    ['__proto__ in select', 'prototype', 'select[__proto__]=true'],
    ['__proto__ in sort', 'prototype', 'sort=__proto__'],
    ['drafts by where', 'query', 'where[_status][equals]=draft'],
    ['drafts by or', 'query', 'where[or][0][_status][equals]=draft&where[or][1][id][exists]=true'],
    ['draft=true', 'query', 'draft=true'],
    ['pending reviews', 'query', 'where[status][equals]=pending'],
    ['hidden field hash', 'query', 'where[hash][exists]=true'],
    ['relation path to users', 'query', 'where[moderatedBy.email][exists]=true'],
    ['select hidden fields', 'query', 'select[hash]=true&select[salt]=true&select[status]=true'],
    ['SQL in like', 'sql', "where[title][like]=%25'%20OR%201=1%20--"],
    ['SQL in equals', 'sql', "where[slug][equals]=x'%3B%20DROP%20TABLE%20articles%3B--"],
    ['SQL in id list', 'sql', 'where[id][in]=1,2)%20OR%20(1=1'],
    ['SQL in sort', 'sql', 'sort=title%3B%20DROP%20TABLE%20articles'],
    ['sort unknown field', 'query', 'sort=-doesNotExist'],
    ['sort as array', 'query', 'sort[]=title&sort[]=__proto__'],
    ['limit negative', 'wrong-type', 'limit=-1'],
    ['limit huge', 'wrong-type', 'limit=1000000000'],
    ['limit text', 'wrong-type', 'limit=abc'],
    ['limit operator', 'nosql', 'limit[$gt]=1'],
    ['page zero', 'wrong-type', 'page=0'],
    ['page negative', 'wrong-type', 'page=-5'],
    ['page enormous', 'wrong-type', 'page=99999999999999999999'],
    ['depth 100', 'wrong-type', 'depth=100'],
    ['depth negative', 'wrong-type', 'depth=-1'],
    ['depth text', 'wrong-type', 'depth=abc'],
    ['pagination off', 'query', 'pagination=false&limit=0'],
    ['unknown operator', 'query', 'where[title][near]=1,2'],
    ['operator on operator', 'nosql', 'where[title][equals][$gt]='],
    ['NUL in value', 'control', 'where[title][equals]=%00'],
    ['lone surrogate escaped', 'unicode', 'where[title][equals]=%ED%A0%80'],
    ['overlong UTF-8', 'unicode', 'where[title][equals]=%C0%AF%C0%AE'],
    ['invalid percent-encoding', 'unicode', 'where[title][equals]=%E0%A4%A'],
    ['where as text', 'wrong-type', 'where=%5Bobject%20Object%5D'],
    ['date that is not a date', 'wrong-type', 'where[createdAt][greater_than]=not-a-date'],
    ['id of wrong type', 'wrong-type', "where[id][equals]='%20OR%201=1"],
    ['deep where (50 levels)', 'nesting', deepQuery(50)],
    [
      'wide in-list (5,000)',
      'huge',
      `where[id][in]=${Array.from({ length: 5000 }, (_, i) => i).join(',')}`,
    ],
    [
      'many array indexes',
      'huge',
      Array.from({ length: 2000 }, (_, i) => `where[or][${i}][id][equals]=${i}`).join('&'),
    ],
    ['sparse array index', 'huge', 'where[or][999999999][id][equals]=1'],
    ['locale __proto__', 'prototype', 'locale=__proto__&fallback-locale=constructor'],
    ['populate __proto__', 'prototype', 'populate[__proto__][x]=true'],
    ['joins to hidden', 'query', 'joins[citedIn][limit]=100'],
    ['XSS in where', 'xss', 'where[title][equals]=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['10 KB value', 'oversize', `where[title][like]=${'a'.repeat(10_000)}`],
    ['trash', 'query', 'trash=true'],
  ] as const
).map(([name, category, query]) => ({ name, category, query: () => query }))

const utf8 = (value: string) => new TextEncoder().encode(value)

export const bodies: BodyInput[] = [
  { name: 'malformed JSON', category: 'malformed', body: () => '{"title": ' },
  { name: 'trailing comma', category: 'malformed', body: () => '{"title": "x",}' },
  { name: 'single quotes', category: 'malformed', body: () => "{'title': 'x'}" },
  { name: 'empty body', category: 'malformed', body: () => '' },
  { name: 'bare string', category: 'wrong-type', body: () => '"just a string"' },
  { name: 'bare number', category: 'wrong-type', body: () => '42' },
  { name: 'bare null', category: 'wrong-type', body: () => 'null' },
  { name: 'bare true', category: 'wrong-type', body: () => 'true' },
  { name: 'array', category: 'wrong-type', body: () => '[{"title": "x"}]' },
  {
    name: '__proto__ body',
    category: 'prototype',
    body: () => '{"__proto__": {"polluted": "yes"}}',
  },
  {
    name: 'constructor.prototype body',
    category: 'prototype',
    body: () => '{"constructor": {"prototype": {"polluted": "yes"}}}',
  },
  {
    name: 'overlong UTF-8 bytes',
    category: 'unicode',
    body: () =>
      new Uint8Array([
        0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0x22, 0x7d,
      ]),
  },
  {
    name: 'invalid UTF-8 bytes',
    category: 'unicode',
    body: () => new Uint8Array([0x22, 0xff, 0xfe, 0xfd, 0x22]),
  },
  { name: 'UTF-8 byte order mark', category: 'unicode', body: () => `\ufeff{"unknownField": "x"}` },
  { name: 'JSON with NUL bytes', category: 'control', body: () => utf8('{"title": "a\u0000b"}') },
  {
    name: 'text/plain',
    category: 'content-type',
    contentType: 'text/plain',
    body: () => '{"title": "x"}',
  },
  {
    name: 'form-urlencoded',
    category: 'content-type',
    contentType: 'application/x-www-form-urlencoded',
    body: () => 'title=x&__proto__[polluted]=yes',
  },
  {
    name: 'XML',
    category: 'content-type',
    contentType: 'application/xml',
    body: () => '<title>x</title>',
  },
  {
    name: 'multipart without boundary',
    category: 'content-type',
    contentType: 'multipart/form-data',
    body: () => 'garbage',
  },
  {
    name: 'multipart with bad _payload',
    category: 'content-type',
    contentType: 'multipart/form-data; boundary=XYZ',
    body: () =>
      '--XYZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":\r\n--XYZ--\r\n',
  },
  {
    name: 'JSON as UTF-16',
    category: 'content-type',
    contentType: 'application/json; charset=utf-16',
    body: () => '{"unknownField": "x"}',
  },
  {
    name: '100,000-element array body',
    category: 'huge',
    body: () => JSON.stringify(Array.from({ length: 100_000 }, () => ({ a: 1 }))),
  },
  {
    name: '10,000-level nested arrays',
    category: 'nesting',
    body: () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  },
  {
    name: '10,000-level nested objects',
    category: 'nesting',
    body: () => `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
  },
  {
    name: '20 MB JSON',
    category: 'huge',
    tooLarge: true,
    body: () => JSON.stringify({ title: 'a'.repeat(20 * 1024 * 1024) }),
  },
  {
    name: '30 MB multipart',
    category: 'huge',
    tooLarge: true,
    contentType: 'multipart/form-data; boundary=XYZ',
    body: () =>
      `--XYZ\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n${'a'.repeat(30 * 1024 * 1024)}\r\n--XYZ--\r\n`,
  },
]

export const corpusSize = valueInputs.length + queries.length + bodies.length
