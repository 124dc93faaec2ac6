/** @jest-environment node */
import { parseText } from '@/citations/import/parseText'
import { CitationInputError, type CitationData } from '@/citations/import/types'

const names = (...list: string[]) =>
  list.map((name) => {
    const cut = name.lastIndexOf(' ')
    return { family: name.slice(0, cut), given: name.slice(cut + 1) }
  })

const group = (family: string) => ({ family, given: '' })

const platasTitle =
  'Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes'

const platas: CitationData = {
  authors: names('Platas J', 'Guillén MI', 'del Caz MDP'),
  moreAuthors: true,
  title: platasTitle,
  journal: 'Aging (Albany NY)',
  year: 2016,
  volume: '8',
  issue: '8',
  pages: '1703-1717',
  doi: '10.18632/aging.101007',
}

const dominici: CitationData = {
  authors: names(
    'Dominici M',
    'Le Blanc K',
    'Mueller I',
    'Slaper-Cortenbach I',
    'Marini F',
    'Krause D',
    'Deans R',
    'Keating A',
    'Prockop DJ',
    'Horwitz E',
  ),
  moreAuthors: false,
  title:
    'Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement',
  journal: 'Cytotherapy',
  year: 2006,
  volume: '8',
  issue: '4',
  pages: '315-7',
  pmid: '16923606',
  doi: '10.1080/14653240600855905',
}

const dominiciText =
  'Dominici M, Le Blanc K, Mueller I, Slaper-Cortenbach I, Marini F, Krause D, Deans R, Keating A, Prockop Dj, Horwitz E. Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement. Cytotherapy. 2006;8(4):315-7. doi: 10.1080/14653240600855905. PMID: 16923606.'

const rows: { name: string; text: string; expected: CitationData }[] = [
  {
    name: 'AMA, the seed reference',
    text: `Platas J, Guillén MI, del Caz MDP, et al. ${platasTitle}. Aging (Albany NY). 2016;8(8):1703-1717. doi:10.18632/aging.101007`,
    expected: platas,
  },
  {
    name: 'AMA as on the seed page, with a link label instead of the DOI',
    text: `Platas J, Guillén MI, del Caz MDP, et al. ${platasTitle}. Aging (Albany NY). 2016;8(8):1703-1717. [Pubmed]`,
    expected: { ...platas, doi: undefined },
  },
  {
    name: 'link labels of other sites',
    text: `Platas J, Guillén MI, del Caz MDP, et al. ${platasTitle}. Aging (Albany NY). 2016;8(8):1703-1717. [PubMed] [Google Scholar] [CrossRef]`,
    expected: { ...platas, doi: undefined },
  },
  {
    name: 'NLM (PubMed "Cite"): all authors, a two-sentence title, "Dj" initials, short page range',
    text: dominiciText,
    expected: dominici,
  },
  {
    name: 'NLM with month and day, Epub date, PMID and PMCID',
    text: `Platas J, Guillén MI, Pérez Del Caz MD, Gomar F, Castejón MA, Mirabet V, Alcaraz MJ. ${platasTitle}. Aging (Albany NY). 2016 Aug 3;8(8):1703-17. doi: 10.18632/aging.101007. Epub 2016 Aug 3. PMID: 27490266; PMCID: PMC5032691.`,
    expected: {
      authors: names(
        'Platas J',
        'Guillén MI',
        'Pérez Del Caz MD',
        'Gomar F',
        'Castejón MA',
        'Mirabet V',
        'Alcaraz MJ',
      ),
      moreAuthors: false,
      title: platasTitle,
      journal: 'Aging (Albany NY)',
      year: 2016,
      volume: '8',
      issue: '8',
      pages: '1703-17',
      doi: '10.18632/aging.101007',
      pmid: '27490266',
      pmcid: 'PMC5032691',
    },
  },
  {
    name: 'group author',
    text: 'GBD 2019 Diseases and Injuries Collaborators. Global burden of 369 diseases and injuries in 204 countries and territories, 1990-2019: a systematic analysis for the Global Burden of Disease Study 2019. Lancet. 2020;396(10258):1204-1222.',
    expected: {
      authors: [group('GBD 2019 Diseases and Injuries Collaborators')],
      moreAuthors: false,
      title:
        'Global burden of 369 diseases and injuries in 204 countries and territories, 1990-2019: a systematic analysis for the Global Burden of Disease Study 2019',
      journal: 'Lancet',
      year: 2020,
      volume: '396',
      issue: '10258',
      pages: '1204-1222',
    },
  },
  {
    name: 'people and a group after a semicolon; article number instead of pages',
    text: 'Moher D, Liberati A, Tetzlaff J, Altman DG; PRISMA Group. Preferred reporting items for systematic reviews and meta-analyses: the PRISMA statement. PLoS Med. 2009;6(7):e1000097.',
    expected: {
      authors: [
        ...names('Moher D', 'Liberati A', 'Tetzlaff J', 'Altman DG'),
        group('PRISMA Group'),
      ],
      moreAuthors: false,
      title:
        'Preferred reporting items for systematic reviews and meta-analyses: the PRISMA statement',
      journal: 'PLoS Med',
      year: 2009,
      volume: '6',
      issue: '7',
      pages: 'e1000097',
    },
  },
  {
    name: 'surname particles; a title ending in a question mark',
    text: 'van der Kraan PM, van den Berg WB. Chondrocyte hypertrophy and osteoarthritis: role in initiation and progression of cartilage degeneration? Osteoarthritis Cartilage. 2012;20(3):223-232.',
    expected: {
      authors: names('van der Kraan PM', 'van den Berg WB'),
      moreAuthors: false,
      title:
        'Chondrocyte hypertrophy and osteoarthritis: role in initiation and progression of cartilage degeneration?',
      journal: 'Osteoarthritis Cartilage',
      year: 2012,
      volume: '20',
      issue: '3',
      pages: '223-232',
    },
  },
  {
    name: 'AMA, published online ahead of print',
    text: 'Smith J. Title here. J Test Med. Published online 2025. doi:10.1000/xyz',
    expected: {
      authors: names('Smith J'),
      moreAuthors: false,
      title: 'Title here',
      journal: 'J Test Med',
      year: 2025,
      doi: '10.1000/xyz',
    },
  },
  {
    name: 'volume without issue; numbered list prefix; DOI as a link',
    text: '1. Smith J, Doe A. A title. J Test Med. 2016;9:139-159. https://doi.org/10.1000/xyz.',
    expected: {
      authors: names('Smith J', 'Doe A'),
      moreAuthors: false,
      title: 'A title',
      journal: 'J Test Med',
      year: 2016,
      volume: '9',
      pages: '139-159',
      doi: '10.1000/xyz',
    },
  },
  {
    name: 'bracketed number, "DOI:" in capitals, hyphenated initials',
    text: '[12] Dupont J-P. A title. J Test Med. 2016;9(2):13. DOI: 10.1000/XYZ.',
    expected: {
      authors: names('Dupont J-P'),
      moreAuthors: false,
      title: 'A title',
      journal: 'J Test Med',
      year: 2016,
      volume: '9',
      issue: '2',
      pages: '13',
      doi: '10.1000/XYZ',
    },
  },
  {
    name: 'bare number prefix, line breaks and extra spaces',
    text: '\n 3   Smith J,\n Doe A.  A title\n  over two lines.\n J Test Med.\n 2016;9(2):13-9.\n',
    expected: {
      authors: names('Smith J', 'Doe A'),
      moreAuthors: false,
      title: 'A title over two lines',
      journal: 'J Test Med',
      year: 2016,
      volume: '9',
      issue: '2',
      pages: '13-9',
    },
  },
  {
    name: 'Vancouver without a period after the journal',
    text: 'Smith J, Doe A, et al. A title. J Test Med 2016;9(2):13-9.',
    expected: {
      authors: names('Smith J', 'Doe A'),
      moreAuthors: true,
      title: 'A title',
      journal: 'J Test Med',
      year: 2016,
      volume: '9',
      issue: '2',
      pages: '13-9',
    },
  },
  {
    name: 'a name suffix keeps the whole name, as it prints',
    text: 'Smith JA Jr. A title. J Test Med. 2016;9:13.',
    expected: {
      authors: [group('Smith JA Jr')],
      moreAuthors: false,
      title: 'A title',
      journal: 'J Test Med',
      year: 2016,
      volume: '9',
      pages: '13',
    },
  },
  {
    name: 'APA 7, as journals print it, with a doi.org link',
    text: 'Moher, D., Liberati, A., Tetzlaff, J., & Altman, D. G. (2009). Preferred reporting items for systematic reviews and meta-analyses: The PRISMA statement. PLoS Medicine, 6(7), e1000097. https://doi.org/10.1371/journal.pmed.1000097',
    expected: {
      authors: names('Moher D', 'Liberati A', 'Tetzlaff J', 'Altman DG'),
      moreAuthors: false,
      title:
        'Preferred reporting items for systematic reviews and meta-analyses: The PRISMA statement',
      journal: 'PLoS Medicine',
      year: 2009,
      volume: '6',
      issue: '7',
      pages: 'e1000097',
      doi: '10.1371/journal.pmed.1000097',
    },
  },
  {
    name: 'APA with an en dash page range, hyphenated initials and a question for a title',
    text: 'Dupont, J.-P., & Smith, A. (2019, March). Does cartilage heal? Osteoarthritis and Cartilage, 27(3), 345–352.',
    expected: {
      authors: names('Dupont J-P', 'Smith A'),
      moreAuthors: false,
      title: 'Does cartilage heal?',
      journal: 'Osteoarthritis and Cartilage',
      year: 2019,
      volume: '27',
      issue: '3',
      pages: '345-352',
    },
  },
  {
    name: 'APA 7 with more than twenty authors shortened by an ellipsis, and a group author',
    text: 'Hunter, D. J., Bierma-Zeinstra, S., . . . Arden, N. (2019). Osteoarthritis. Lancet, 393, 1745-1759.',
    expected: {
      authors: names('Hunter DJ', 'Bierma-Zeinstra S', 'Arden N'),
      moreAuthors: true,
      title: 'Osteoarthritis',
      journal: 'Lancet',
      year: 2019,
      volume: '393',
      pages: '1745-1759',
    },
  },
  {
    name: 'APA with a group author',
    text: 'World Health Organization. (2021). Global report on knees. Bull World Health Organ, 99(1), 1-10.',
    expected: {
      authors: [group('World Health Organization')],
      moreAuthors: false,
      title: 'Global report on knees',
      journal: 'Bull World Health Organ',
      year: 2021,
      volume: '99',
      issue: '1',
      pages: '1-10',
    },
  },
]

const notAReference =
  'This does not look like a journal reference. Paste one reference such as: Smith J, Doe A. Title of the paper. J Abbrev. 2020;12(3):45-67.'

const bad: { name: string; text: string; message: string | RegExp }[] = [
  { name: 'empty', text: '', message: /^The reference is empty/ },
  { name: 'only whitespace', text: ' \n\t ', message: /^The reference is empty/ },
  { name: 'two words', text: 'hello world', message: notAReference },
  {
    name: 'a sentence of prose',
    text: 'My knee has been hurting since 2020; the doctor said it was osteoarthritis.',
    message: notAReference,
  },
  {
    name: 'a URL alone',
    text: 'https://pubmed.ncbi.nlm.nih.gov/16923606/',
    message: /^This is only a link or an identifier/,
  },
  {
    name: 'a DOI alone',
    text: 'doi:10.1000/xyz',
    message: /^This is only a link or an identifier/,
  },
  {
    name: 'no title',
    text: 'Smith J. J Test Med. 2016;9(2):13-9.',
    message: notAReference,
  },
  { name: 'no year or volume', text: 'Smith J. A title. J Test Med.', message: notAReference },
  {
    name: 'a numbered list',
    text: '1. Smith J. A title. J Test Med. 2016;9:13.\n2. Doe A. Another title. J Test Med. 2017;10:14.',
    message: 'This looks like a list of references. Paste one reference at a time.',
  },
  {
    name: 'two references with PMIDs',
    text: `${dominiciText} ${dominiciText}`,
    message: 'This looks like a list of references. Paste one reference at a time.',
  },
  // The caller limits the length; these only show that no pattern backtracks for long.
  { name: 'a megabyte of one letter', text: 'a'.repeat(1_000_000), message: notAReference },
  { name: 'two hundred thousand periods', text: '. '.repeat(200_000), message: notAReference },
]

describe('parseText', () => {
  it.each(rows)('$name', ({ text, expected }) => {
    const parsed = parseText(text)
    expect(parsed).toEqual(expected)
    // No key is present only to hold undefined.
    expect(Object.values(parsed)).not.toContain(undefined)
  })

  it.each(bad)('refuses $name', ({ text, message }) => {
    let error: unknown
    try {
      parseText(text)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CitationInputError)
    expect(error).toMatchObject({ field: 'text', status: 400 })
    expect((error as Error).message).toMatch(message)
  })
})
