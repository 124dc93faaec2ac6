// Writes a large, realistic WordPress export (WXR 1.2) for the import's benchmark and scale tests.
//
// `npm run generate:wordpress-export` (scripts/generate-wordpress-export.mjs) writes one to a file.
//
// The file is written as a stream, post by post, so its size is bounded only by the disk. The
// same options always give the same file (a seeded generator, no clock).

import { once } from 'node:events'

const SITE = 'https://www.caringmedical.example'

/** A small deterministic PRNG (mulberry32), so runs can be compared byte for byte. */
export function prng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = (random, list) => list[Math.floor(random() * list.length)]

export const AUTHORS = [
  {
    id: 2,
    login: 'rhauser',
    email: 'rhauser@caringmedical.example',
    display: 'Ross Hauser, MD',
    first: 'Ross',
    last: 'Hauser',
  },
  {
    id: 3,
    login: 'dsteilen',
    email: 'dsteilen@caringmedical.example',
    display: 'Danielle Steilen-Matias, MMS, PA-C',
    first: 'Danielle',
    last: 'Steilen-Matias',
  },
  {
    id: 4,
    login: 'bwoldin',
    email: 'bwoldin@caringmedical.example',
    display: 'Brian Woldin, MD',
    first: 'Brian',
    last: 'Woldin',
  },
]

/** Parents come first, as WordPress writes them. */
export const CATEGORIES = [
  { id: 3, slug: 'conditions', name: 'Conditions', parent: '' },
  { id: 6, slug: 'treatments', name: 'Treatments', parent: '' },
  { id: 4, slug: 'knee', name: 'Knee', parent: 'conditions' },
  { id: 5, slug: 'back', name: 'Back', parent: 'conditions' },
  { id: 10, slug: 'shoulder', name: 'Shoulder', parent: 'conditions' },
  { id: 11, slug: 'hip', name: 'Hip', parent: 'conditions' },
  { id: 7, slug: 'prolotherapy', name: 'Prolotherapy', parent: 'treatments' },
  { id: 12, slug: 'prp', name: 'PRP', parent: 'treatments' },
  { id: 13, slug: 'stem-cell-therapy', name: 'Stem cell therapy', parent: 'treatments' },
  { id: 14, slug: 'meniscus', name: 'Meniscus', parent: 'knee' },
]
const LEAF_CATEGORIES = CATEGORIES.filter((c) => c.parent)

export const TAGS = [
  { id: 8, slug: 'osteoarthritis', name: 'Osteoarthritis' },
  { id: 9, slug: 'stem-cells', name: 'Stem cells' },
  { id: 15, slug: 'ligaments', name: 'Ligaments' },
  { id: 16, slug: 'sports-injuries', name: 'Sports injuries' },
]

const SURNAMES = [
  'Hauser',
  'Platas',
  'Reeves',
  'Rabago',
  'Orlofsky',
  'Steilen',
  'Woldin',
  'Hackett',
  'Kim',
  'Nguyen',
  'Garcia',
  'Müller',
  'Rossi',
  'Tanaka',
  'Johnson',
  'Okafor',
  'Lindqvist',
  'Dubois',
]
const TOPICS = [
  ['Dextrose prolotherapy', 'knee osteoarthritis'],
  ['Platelet-rich plasma injections', 'lateral epicondylosis'],
  ['Bone marrow aspirate concentrate', 'cartilage repair'],
  ['Adipose-derived stem cells', 'osteoarthritic chondrocytes'],
  ['Regenerative injection therapy', 'chronic low back pain'],
  ['Hypertonic dextrose injections', 'rotator cuff tendinopathy'],
  ['Ultrasound-guided injections', 'sacroiliac joint dysfunction'],
  ['Ligament laxity', 'cervical instability'],
  ['Meniscus tears', 'degenerative knee disease'],
  ['Hyaluronic acid', 'hip osteoarthritis'],
]
const DESIGNS = [
  'a randomized controlled trial',
  'a systematic review and meta-analysis',
  'a prospective case series',
  'a retrospective cohort study',
  'a double-blind pilot study',
]
const JOURNALS = [
  'Ann Fam Med',
  'Clin Med Insights Arthritis Musculoskelet Disord',
  'Aging (Albany NY)',
  'J Altern Complement Med',
  'Am J Sports Med',
  'Arch Phys Med Rehabil',
  'PM R',
  'Br J Sports Med',
  'J Orthop Surg Res',
  'Open Rehabil J',
]

/** ~50 distinct references, each with its own PMID, so the same ones recur across posts. */
export function referencePool(size = 50) {
  const random = prng(2016)
  return Array.from({ length: size }, (_, index) => {
    const [treatment, condition] = TOPICS[index % TOPICS.length]
    const first = SURNAMES[(index * 7) % SURNAMES.length]
    const second = SURNAMES[(index * 11 + 3) % SURNAMES.length]
    const year = 2004 + Math.floor(random() * 20)
    const volume = 3 + Math.floor(random() * 40)
    const page = 100 + Math.floor(random() * 1800)
    const pmid = String(15000000 + index * 271_829 + Math.floor(random() * 1000))
    const journal = JOURNALS[index % JOURNALS.length]
    const design = DESIGNS[(index * 3) % DESIGNS.length]
    return {
      pmid,
      text:
        `${first} ${'ABCDEFGHJKLMNPRS'[index % 16]}, ${second} ${'RDMAJT'[index % 6]}A, et al. ` +
        `${treatment} for ${condition}: ${design}. ${journal}. ${year};${volume}(${1 + (index % 12)}):` +
        `${page}-${page + 6 + (index % 17)}. ` +
        `<a href="https://www.ncbi.nlm.nih.gov/pubmed/${pmid}">[Pubmed]</a>`,
    }
  })
}

const SENTENCES = [
  'Chronic joint pain is rarely caused by cartilage loss alone.',
  'The ligaments that hold a joint together heal slowly because they have a poor blood supply.',
  'When a ligament is stretched, the joint moves a little too much with every step.',
  'That extra motion wears the cartilage and keeps the joint inflamed.',
  'Prolotherapy injections start a small, controlled healing response where it is needed.',
  'Most patients need three to six treatments, a month apart.',
  'We examine the whole joint before recommending any treatment.',
  'An MRI shows structure, but it does not show how a joint moves under load.',
  'Patients often tell us that cortisone shots helped at first and then stopped working.',
  'Cortisone calms inflammation, but it also weakens the tissue it is injected into.',
  'Platelet-rich plasma concentrates the growth factors already in the blood.',
  'Stem cells from bone marrow or fat tissue send signals that calm inflammation.',
  'Rest alone does not restore a ligament to its original strength.',
  'Athletes want to return to their sport without surgery, and many can.',
  'A knee that gives way on stairs is often a knee with loose ligaments.',
  'We measure progress by function: walking, climbing stairs, sleeping through the night.',
  'Pain that moves from one side of the back to the other points to the sacroiliac joints.',
  'The shoulder is the most mobile joint in the body, and the least stable.',
  'Surgery removes damaged tissue; regenerative medicine tries to repair it.',
  'Our patients come from all over the world, often after years of failed treatments.',
]
const HEADINGS = [
  'What causes the pain?',
  'Why do some treatments stop working?',
  'How regenerative medicine helps',
  'What to expect at your first visit',
  'Is this treatment right for you?',
  'What the research says',
]
const TITLE_STARTS = [
  'Understanding',
  'Treating',
  'Living with',
  'New research on',
  'Questions about',
  'Healing',
]
const TITLE_ENDS = [
  'knee osteoarthritis',
  'a torn meniscus',
  'rotator cuff tears',
  'chronic low back pain',
  'hip labrum tears',
  'tennis elbow',
  'ankle sprains',
  'neck instability',
  'SI joint pain',
]

const cdata = (text) => `<![CDATA[${String(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`

const pad = (n) => String(n).padStart(2, '0')
const wpDate = (d) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
  `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
const rfcDate = (d) => d.toUTCString().replace('GMT', '+0000')

function paragraph(random, marker) {
  const count = 4 + Math.floor(random() * 4)
  const sentences = Array.from({ length: count }, () => pick(random, SENTENCES))
  if (marker)
    sentences[sentences.length - 1] = sentences.at(-1).replace(/\.$/, `.<sup>${marker}</sup>`)
  return sentences.join(' ')
}

/** Classic-editor content: no <p> tags, paragraphs separated by blank lines. */
export function postContent(random, pool, withReferences) {
  const cited = withReferences && random() < 0.7 ? 1 + Math.floor(random() * 4) : 0
  const references = []
  while (references.length < cited) {
    const reference = pick(random, pool)
    if (!references.includes(reference)) references.push(reference)
  }
  const blocks = []
  let marker = 0
  for (let section = 0; section < 4; section++) {
    if (section > 0) blocks.push(`<h2>${pick(random, HEADINGS)}</h2>`)
    for (let p = 0; p < 3; p++) {
      const cite = marker < references.length && random() < 0.5 ? ++marker : undefined
      blocks.push(paragraph(random, cite))
    }
    if (section === 2) {
      blocks.push(
        `<ul>\n${[0, 1, 2].map(() => ` \t<li>${pick(random, SENTENCES)}</li>`).join('\n')}\n</ul>`,
      )
    }
  }
  // Any reference not cited yet is cited at the end, so every entry of the list has a marker.
  while (marker < references.length) blocks.push(paragraph(random, ++marker))
  if (references.length) {
    blocks.push('<strong>References</strong>')
    references.forEach((reference, index) => blocks.push(`${index + 1}. ${reference.text}`))
  }
  return blocks.join('\n\n')
}

function header(now) {
  const authors = AUTHORS.map(
    (a) =>
      `\t<wp:author><wp:author_id>${a.id}</wp:author_id><wp:author_login>${cdata(a.login)}</wp:author_login>` +
      `<wp:author_email>${cdata(a.email)}</wp:author_email><wp:author_display_name>${cdata(a.display)}</wp:author_display_name>` +
      `<wp:author_first_name>${cdata(a.first)}</wp:author_first_name><wp:author_last_name>${cdata(a.last)}</wp:author_last_name></wp:author>\n`,
  ).join('')
  const categories = CATEGORIES.map(
    (c) =>
      `\t<wp:category>\n\t\t<wp:term_id>${c.id}</wp:term_id>\n` +
      `\t\t<wp:category_nicename>${cdata(c.slug)}</wp:category_nicename>\n` +
      `\t\t<wp:category_parent>${cdata(c.parent)}</wp:category_parent>\n` +
      `\t\t<wp:cat_name>${cdata(c.name)}</wp:cat_name>\n\t</wp:category>\n`,
  ).join('')
  const tags = TAGS.map(
    (t) =>
      `\t<wp:tag>\n\t\t<wp:term_id>${t.id}</wp:term_id>\n\t\t<wp:tag_slug>${cdata(t.slug)}</wp:tag_slug>\n` +
      `\t\t<wp:tag_name>${cdata(t.name)}</wp:tag_name>\n\t</wp:tag>\n`,
  ).join('')
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<!-- It contains information about your site's posts, pages, comments, categories, and other content. -->
<!-- You may use this file to transfer that content from one site to another. -->
<!-- This file is not intended to serve as a complete backup of your site. -->

	<!-- generator="WordPress/6.4.3" created="${wpDate(now).slice(0, 16)}" -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>

<channel>
	<title>Caring Medical Regenerative Medicine Clinics</title>
	<link>${SITE}</link>
	<description>Prolotherapy &amp; regenerative medicine for chronic joint pain</description>
	<pubDate>${rfcDate(now)}</pubDate>
	<language>en-US</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>${SITE}</wp:base_site_url>
	<wp:base_blog_url>${SITE}</wp:base_blog_url>

${authors}
${categories}${tags}
	<generator>https://wordpress.org/?v=6.4.3</generator>

`
}

function item(index, random, pool, withReferences) {
  const id = 1000 + index
  // Every 25th post is a draft, which WordPress exports without a GMT date or a slug.
  const draft = index % 25 === 24
  const local = new Date(
    Date.UTC(2012, 0, 1) + index * 36 * 3600 * 1000 + Math.floor(random() * 3600) * 1000,
  )
  const gmt = new Date(local.getTime() + 6 * 3600 * 1000)
  const title = `${pick(random, TITLE_STARTS)} ${pick(random, TITLE_ENDS)} (part ${index + 1})`
  const slug = draft
    ? ''
    : title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
  const author = AUTHORS[index % AUTHORS.length]
  const category = LEAF_CATEGORIES[index % LEAF_CATEGORIES.length]
  const tag = TAGS[index % TAGS.length]
  const link = draft ? `${SITE}/?p=${id}` : `${SITE}/prolotherapy-news/${slug}/`
  const content = postContent(random, pool, withReferences)
  return `\t<item>
		<title>${cdata(title)}</title>
		<link>${link}</link>
		<pubDate>${draft ? 'Mon, 30 Nov -0001 00:00:00 +0000' : rfcDate(gmt)}</pubDate>
		<dc:creator>${cdata(author.login)}</dc:creator>
		<guid isPermaLink="false">${SITE}/?p=${id}</guid>
		<description></description>
		<content:encoded>${cdata(content)}</content:encoded>
		<excerpt:encoded>${cdata('')}</excerpt:encoded>
		<wp:post_id>${id}</wp:post_id>
		<wp:post_date>${cdata(wpDate(local))}</wp:post_date>
		<wp:post_date_gmt>${cdata(draft ? '0000-00-00 00:00:00' : wpDate(gmt))}</wp:post_date_gmt>
		<wp:post_modified>${cdata(wpDate(local))}</wp:post_modified>
		<wp:post_modified_gmt>${cdata(wpDate(gmt))}</wp:post_modified_gmt>
		<wp:comment_status>${cdata('open')}</wp:comment_status>
		<wp:ping_status>${cdata('open')}</wp:ping_status>
		<wp:post_name>${cdata(slug)}</wp:post_name>
		<wp:status>${cdata(draft ? 'draft' : 'publish')}</wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type>${cdata('post')}</wp:post_type>
		<wp:post_password>${cdata('')}</wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>
		<category domain="category" nicename="${category.slug}">${cdata(category.name)}</category>
		<category domain="post_tag" nicename="${tag.slug}">${cdata(tag.name)}</category>
		<wp:postmeta>
		<wp:meta_key>${cdata('_edit_last')}</wp:meta_key>
		<wp:meta_value>${cdata(String(author.id))}</wp:meta_value>
		</wp:postmeta>
		<wp:postmeta>
		<wp:meta_key>${cdata('_yoast_wpseo_metadesc')}</wp:meta_key>
		<wp:meta_value>${cdata(`${title}: causes, treatment options and what the research says.`)}</wp:meta_value>
		</wp:postmeta>
	</item>
`
}

/** Writes, honouring backpressure, so a slow disk never makes the text pile up in memory. */
async function put(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain')
}

/**
 * Writes a WXR 1.2 export with `posts` posts (ids from 1000) to a writable stream, and ends it.
 * Resolves once everything is flushed.
 */
export async function writeExport(stream, { posts = 2000, withReferences = true } = {}) {
  const random = prng(20240304)
  const pool = referencePool()
  await put(stream, header(new Date(Date.UTC(2024, 2, 4, 15, 12, 9))))
  for (let index = 0; index < posts; index++) {
    await put(stream, item(index, random, pool, withReferences))
  }
  await put(stream, '</channel>\n</rss>\n')
  stream.end()
  await once(stream, 'finish')
}
