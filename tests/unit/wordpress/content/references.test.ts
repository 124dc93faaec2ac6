/** @jest-environment node */
import { CITE_TOKEN, citeToken, extractReferences } from '@/wordpress/content/references'
import { referenceIds } from '@/wordpress/content/identifiers'
import { wpautop } from '@/wordpress/content/wpautop'

const PLATAS =
  '1 Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717. <a href="https://www.ncbi.nlm.nih.gov/pubmed/27490266">[Pubmed]</a>'

describe('the clinic page', () => {
  test('classic content ending with a reference paragraph and no heading', () => {
    const raw =
      'Stem cells from fat tissue exert protective effects by countering inflammatory stress.<sup>1</sup> Simply, the stem cells calm the joint.\n\n' +
      PLATAS
    const result = extractReferences(wpautop(raw))
    expect(result.html).toBe(
      '<p>Stem cells from fat tissue exert protective effects by countering inflammatory stress.⟦cite:1⟧ Simply, the stem cells calm the joint.</p>\n',
    )
    expect(result.markers).toBe(1)
    expect(result.unmatchedMarkers).toEqual([])
    expect(result.references).toEqual([
      {
        number: 1,
        text: 'Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717. [Pubmed]',
        html: 'Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717. <a href="https://www.ncbi.nlm.nih.gov/pubmed/27490266">[Pubmed]</a>',
        links: ['https://www.ncbi.nlm.nih.gov/pubmed/27490266'],
        ids: { pmid: '27490266' },
      },
    ])
  })

  test('without a marker pointing to it, a trailing numbered paragraph stays', () => {
    const html = wpautop(`Knee pain is common.\n\n${PLATAS}`)
    const result = extractReferences(html)
    expect(result.references).toEqual([])
    expect(result.html).toBe(html)
  })
})

describe('lists after a heading', () => {
  test('an <ol> after an <h2>, markers single, list, range and linked', () => {
    const html = `<p>One<sup>1</sup>, two<sup>1,2</sup>, range<sup>1–3</sup>, linked<sup><a href="#ref2">2</a></sup>, bracketed<sup>[3]</sup>, note<sup><a href="#cite-note-1">[1]</a></sup> and <a href="#ref3"><sup>3</sup></a>.</p>
<h2>References:</h2>
<ol>
<li id="ref1">Smith J. Knee. <em>J Bone</em>. 2019;1:1-2. PMID: 111</li>
<li id="ref2"><a name="ref2"></a>Doe A. Hip. Lancet. 2020;2:3. <a href="https://pubmed.ncbi.nlm.nih.gov/222/">PubMed</a></li>
<li>Roe B. Back. BMJ. 2021;3:4. doi:10.1136/bmj.n123.</li>
</ol>`
    const result = extractReferences(html)
    expect(result.html).toBe(
      '<p>One⟦cite:1⟧, two⟦cite:1⟧⟦cite:2⟧, range⟦cite:1⟧⟦cite:2⟧⟦cite:3⟧, linked⟦cite:2⟧, bracketed⟦cite:3⟧, note⟦cite:1⟧ and ⟦cite:3⟧.</p>\n',
    )
    expect(result.markers).toBe(7)
    expect(result.references.map((r) => [r.number, r.text, r.ids])).toEqual([
      [1, 'Smith J. Knee. J Bone. 2019;1:1-2. PMID: 111', { pmid: '111' }],
      [2, 'Doe A. Hip. Lancet. 2020;2:3. PubMed', { pmid: '222' }],
      [3, 'Roe B. Back. BMJ. 2021;3:4. doi:10.1136/bmj.n123.', { doi: '10.1136/bmj.n123' }],
    ])
    expect(result.references[0].html).toBe('Smith J. Knee. <em>J Bone</em>. 2019;1:1-2. PMID: 111')
    expect(result.references[1].html).toBe(
      'Doe A. Hip. Lancet. 2020;2:3. <a href="https://pubmed.ncbi.nlm.nih.gov/222/">PubMed</a>',
    )
  })

  test('<ol start> numbers the items', () => {
    const result = extractReferences(
      '<p>Text<sup>4</sup>.</p><h3>Sources</h3><ol start="4"><li>Smith J. A. B. 2019;1:1.</li><li>Doe A. C. D. 2020;2:2.</li></ol>',
    )
    expect(result.references.map((r) => r.number)).toEqual([4, 5])
    expect(result.html).toBe('<p>Text⟦cite:4⟧.</p>')
  })

  test('numbered paragraphs after a bold heading paragraph (classic content)', () => {
    const raw = `Ice helps.<sup>2</sup>

<strong>References</strong>

1. Smith J. Ice. Knee J. 2019;1:1.

2. Doe A. Heat. Hip J. 2020;2:2. <a href="https://doi.org/10.1000%2Fabc(12)3">doi</a>`
    const result = extractReferences(wpautop(raw))
    expect(result.html).toBe('<p>Ice helps.⟦cite:2⟧</p>\n')
    expect(result.references.map((r) => [r.number, r.text])).toEqual([
      [1, 'Smith J. Ice. Knee J. 2019;1:1.'],
      [2, 'Doe A. Heat. Hip J. 2020;2:2. doi'],
    ])
    expect(result.references[1].ids).toEqual({ doi: '10.1000/abc(12)3' })
  })

  test('heading and references in one paragraph, separated by <br />', () => {
    const raw = `Rest.<sup>1-2</sup> Ice.<sup>3</sup>
<strong>Citations:</strong>
[1] Smith J. Ice. Knee J. 2019;1:1.
[2] Doe A. Heat. Hip J. 2020;2:2.
PMCID: PMC5023412
3) Roe B. Rest. Back J. 2021;3:3.`
    const result = extractReferences(wpautop(raw))
    expect(result.html).toBe('<p>Rest.⟦cite:1⟧⟦cite:2⟧ Ice.⟦cite:3⟧</p>\n')
    expect(result.references.map((r) => [r.number, r.text, r.ids])).toEqual([
      [1, 'Smith J. Ice. Knee J. 2019;1:1.', {}],
      [2, 'Doe A. Heat. Hip J. 2020;2:2. PMCID: PMC5023412', { pmcid: 'PMC5023412' }],
      [3, 'Roe B. Rest. Back J. 2021;3:3.', {}],
    ])
    expect(result.references[1].html).toBe('Doe A. Heat. Hip J. 2020;2:2.<br>\nPMCID: PMC5023412')
  })

  test('several references in one paragraph after a heading block', () => {
    const html =
      '<p>A<sup>1</sup> B<sup>2</sup></p><h2>Bibliography</h2><p>1. Smith J. A. J. 2019;1:1.<br />\n2. Doe A. B. J. 2020;2:2.</p>'
    const result = extractReferences(html)
    expect(result.references.map((r) => r.text)).toEqual([
      'Smith J. A. J. 2019;1:1.',
      'Doe A. B. J. 2020;2:2.',
    ])
    expect(result.markers).toBe(2)
  })

  test('unnumbered references after a heading are numbered by position', () => {
    const result = extractReferences(
      '<p>Text<sup>2</sup></p><h4>Works cited</h4><p>Smith J. A. J. 2019;1:1.</p><p>Doe A. B. J. 2020;2:2.</p>',
    )
    expect(result.references.map((r) => [r.number, r.text])).toEqual([
      [1, 'Smith J. A. J. 2019;1:1.'],
      [2, 'Doe A. B. J. 2020;2:2.'],
    ])
    expect(result.html).toBe('<p>Text⟦cite:2⟧</p>')
  })

  test('a paragraph after the list stays in the text', () => {
    const result = extractReferences(
      '<p>Text<sup>1</sup></p><h2>References</h2><ol><li>Smith J. A. J. 2019;1:1.</li></ol><p>Call us today.</p>',
    )
    expect(result.html).toBe('<p>Text⟦cite:1⟧</p><p>Call us today.</p>')
  })

  test('numbered paragraphs after a heading, reference numbers printed as superscripts', () => {
    const result = extractReferences(
      '<p>Text<sup>1</sup></p><p><b>References</b></p><p><sup>1</sup> Smith J. A. J. 2019;1:1.</p>',
    )
    expect(result.references).toEqual([
      expect.objectContaining({
        number: 1,
        text: 'Smith J. A. J. 2019;1:1.',
        html: 'Smith J. A. J. 2019;1:1.',
      }),
    ])
    expect(result.markers).toBe(1)
  })
})

describe('markers', () => {
  const list =
    '<h2>References</h2><ol><li>Smith J. A. J. 2019;1:1.</li><li>Doe A. B. J. 2020;2:2.</li><li>Roe B. C. J. 2021;3:3.</li></ol>'

  test('powers and units are left alone', () => {
    const body =
      '<p>An area of 2 m<sup>2</sup>, a BMI of 30 kg/m<sup>2</sup>, 5 cm<sup>3</sup> of fluid, 10<sup>6</sup> cells, 2<sup>3</sup> = 8, stress<sup>3</sup>.</p>'
    const result = extractReferences(body + list)
    expect(result.html).toBe(
      '<p>An area of 2 m<sup>2</sup>, a BMI of 30 kg/m<sup>2</sup>, 5 cm<sup>3</sup> of fluid, 10<sup>6</sup> cells, 2<sup>3</sup> = 8, stress⟦cite:3⟧.</p>',
    )
    expect(result.markers).toBe(1)
    expect(result.unmatchedMarkers).toEqual([])
  })

  test('a marker with no reference is reported and left', () => {
    const result = extractReferences(
      `<p>One<sup>1</sup>, seven<sup>7</sup>, mixed<sup>2,9</sup>.</p>${list}`,
    )
    expect(result.html).toBe('<p>One⟦cite:1⟧, seven<sup>7</sup>, mixed<sup>2,9</sup>.</p>')
    expect(result.markers).toBe(1)
    expect(result.unmatchedMarkers).toEqual([7, 9])
  })

  test('without a reference list nothing is replaced, markers are reported', () => {
    const html = '<p>Claim<sup>1</sup> and 10<sup>6</sup> cells.</p>'
    expect(extractReferences(html)).toEqual({
      html,
      references: [],
      markers: 0,
      unmatchedMarkers: [1],
    })
  })

  test('other superscripts are not markers', () => {
    const result = extractReferences(
      `<p>1<sup>st</sup>, Ca<sup>2+</sup>, 10<sup>-6</sup>, TM<sup>®</sup>.</p>${list}`,
    )
    expect(result.markers).toBe(0)
    expect(result.unmatchedMarkers).toEqual([])
  })

  test('CITE_TOKEN finds the tokens', () => {
    const text = `a${citeToken(1)}${citeToken(12)}`
    expect([...text.matchAll(CITE_TOKEN)].map((m) => Number(m[1]))).toEqual([1, 12])
  })
})

describe('identifiers', () => {
  test('from each kind of link', () => {
    expect(referenceIds(['https://www.ncbi.nlm.nih.gov/pubmed/27490266'], '')).toEqual({
      pmid: '27490266',
    })
    expect(referenceIds(['https://www.ncbi.nlm.nih.gov/pubmed/?term=27490266'], '')).toEqual({
      pmid: '27490266',
    })
    expect(referenceIds(['https://pubmed.ncbi.nlm.nih.gov/27490266/'], '')).toEqual({
      pmid: '27490266',
    })
    expect(referenceIds(['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5023412/'], '')).toEqual({
      pmcid: 'PMC5023412',
    })
    expect(referenceIds(['https://pmc.ncbi.nlm.nih.gov/articles/PMC5023412/'], '')).toEqual({
      pmcid: 'PMC5023412',
    })
    expect(referenceIds(['https://dx.doi.org/10.18632%2Faging.101007'], '')).toEqual({
      doi: '10.18632/aging.101007',
    })
    expect(referenceIds(['http://doi.org/10.18632/aging.101007'], '')).toEqual({
      doi: '10.18632/aging.101007',
    })
  })

  test('from text, trailing punctuation stripped', () => {
    expect(
      referenceIds(
        [],
        'Smith J. Title. J. 2016;8:1. doi: 10.18632/aging.101007. PMID: 27490266; PMCID: PMC5023412.',
      ),
    ).toEqual({ doi: '10.18632/aging.101007', pmid: '27490266', pmcid: 'PMC5023412' })
    expect(referenceIds([], '(https://doi.org/10.1016/S0140-6736(20)30183-5).')).toEqual({
      doi: '10.1016/S0140-6736(20)30183-5',
    })
  })

  test('never invented', () => {
    expect(
      referenceIds(
        [
          'https://www.ncbi.nlm.nih.gov/pubmed/?term=Platas+J',
          'https://clinic.example/knee',
          '#ref1',
          '27490266',
        ],
        'Platas J. Aging. 2016;8(8):1703-1717. [Pubmed] [PMC free article]',
      ),
    ).toEqual({})
  })

  test('links win over text', () => {
    expect(referenceIds(['https://pubmed.ncbi.nlm.nih.gov/1/'], 'PMID: 2')).toEqual({ pmid: '1' })
  })
})
