import type { CitationParts } from '@/citations/formatAma'

type Row = { name: string; citation: CitationParts; expected: string }

// Real journal references (metadata as PubMed lists it). Each expected string is written by
// hand from the AMA 11th edition rules, not produced by the code under test.
const names = (...list: string[]) =>
  list.map((name) => {
    const cut = name.lastIndexOf(' ')
    return cut < 0
      ? { family: name, given: '' }
      : { family: name.slice(0, cut), given: name.slice(cut + 1) }
  })

export const amaReferences: Row[] = [
  {
    name: 'seed page: seven authors, particle and diacritics',
    citation: {
      authors: names(
        'Platas J',
        'Guillén MI',
        'del Caz MDP',
        'Gomar F',
        'Castejón MA',
        'Mirabet V',
        'Alcaraz MJ',
      ),
      title:
        'Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes',
      journal: 'Aging (Albany NY)',
      year: 2016,
      volume: '8',
      issue: '8',
      pages: '1703-1717',
      doi: '10.18632/aging.101007',
    },
    expected:
      'Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717. doi:10.18632/aging.101007',
  },
  {
    name: 'two authors, an old paper',
    citation: {
      authors: names('Kellgren JH', 'Lawrence JS'),
      title: 'Radiological assessment of osteo-arthrosis',
      journal: 'Ann Rheum Dis',
      year: 1957,
      volume: '16',
      issue: '4',
      pages: '494-502',
      doi: '10.1136/ard.16.4.494',
    },
    expected:
      'Kellgren JH, Lawrence JS. Radiological assessment of osteo-arthrosis. Ann Rheum Dis. 1957;16(4):494-502. doi:10.1136/ard.16.4.494',
  },
  {
    name: 'nine authors, an apostrophe set as a typographic one; abbreviated page range written out in full',
    citation: {
      authors: names(
        'Moseley JB',
        "O'Malley K",
        'Petersen NJ',
        'Menke TJ',
        'Brody BA',
        'Kuykendall DH',
        'Hollingsworth JC',
        'Ashton CM',
        'Wray NP',
      ),
      title: 'A controlled trial of arthroscopic surgery for osteoarthritis of the knee',
      journal: 'N Engl J Med',
      year: 2002,
      volume: '347',
      issue: '2',
      pages: '81-8',
      doi: '10.1056/NEJMoa013259',
    },
    expected:
      'Moseley JB, O’Malley K, Petersen NJ, et al. A controlled trial of arthroscopic surgery for osteoarthritis of the knee. N Engl J Med. 2002;347(2):81-88. doi:10.1056/NEJMoa013259',
  },
  {
    name: 'ten authors, one-word journal',
    citation: {
      authors: names(
        'Pittenger MF',
        'Mackay AM',
        'Beck SC',
        'Jaiswal RK',
        'Douglas R',
        'Mosca JD',
        'Moorman MA',
        'Simonetti DW',
        'Craig S',
        'Marshak DR',
      ),
      title: 'Multilineage potential of adult human mesenchymal stem cells',
      journal: 'Science',
      year: 1999,
      volume: '284',
      issue: '5411',
      pages: '143-147',
      doi: '10.1126/science.284.5411.143',
    },
    expected:
      'Pittenger MF, Mackay AM, Beck SC, et al. Multilineage potential of adult human mesenchymal stem cells. Science. 1999;284(5411):143-147. doi:10.1126/science.284.5411.143',
  },
  {
    name: 'one author',
    citation: {
      authors: names('Caplan AI'),
      title: 'Mesenchymal stem cells',
      journal: 'J Orthop Res',
      year: 1991,
      volume: '9',
      issue: '5',
      pages: '641-650',
      doi: '10.1002/jor.1100090504',
    },
    expected:
      'Caplan AI. Mesenchymal stem cells. J Orthop Res. 1991;9(5):641-650. doi:10.1002/jor.1100090504',
  },
  {
    name: 'capitalized particle ("Le Blanc") and a title of two sentences',
    citation: {
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
      title:
        'Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement',
      journal: 'Cytotherapy',
      year: 2006,
      volume: '8',
      issue: '4',
      pages: '315-317',
      doi: '10.1080/14653240600855905',
    },
    expected:
      'Dominici M, Le Blanc K, Mueller I, et al. Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement. Cytotherapy. 2006;8(4):315-317. doi:10.1080/14653240600855905',
  },
  {
    name: 'group author only',
    citation: {
      authors: [{ family: 'GBD 2019 Diseases and Injuries Collaborators', given: '' }],
      title:
        'Global burden of 369 diseases and injuries in 204 countries and territories, 1990-2019: a systematic analysis for the Global Burden of Disease Study 2019',
      journal: 'Lancet',
      year: 2020,
      volume: '396',
      issue: '10258',
      pages: '1204-1222',
      doi: '10.1016/S0140-6736(20)30925-9',
    },
    expected:
      'GBD 2019 Diseases and Injuries Collaborators. Global burden of 369 diseases and injuries in 204 countries and territories, 1990-2019: a systematic analysis for the Global Burden of Disease Study 2019. Lancet. 2020;396(10258):1204-1222. doi:10.1016/S0140-6736(20)30925-9',
  },
  {
    name: 'four authors then a group author',
    citation: {
      authors: [
        ...names('Moher D', 'Liberati A', 'Tetzlaff J', 'Altman DG'),
        { family: 'PRISMA Group', given: '' },
      ],
      title:
        'Preferred reporting items for systematic reviews and meta-analyses: the PRISMA statement',
      journal: 'PLoS Med',
      year: 2009,
      volume: '6',
      issue: '7',
      pages: 'e1000097',
      doi: '10.1371/journal.pmed.1000097',
    },
    expected:
      'Moher D, Liberati A, Tetzlaff J, Altman DG, PRISMA Group. Preferred reporting items for systematic reviews and meta-analyses: the PRISMA statement. PLoS Med. 2009;6(7):e1000097. doi:10.1371/journal.pmed.1000097',
  },
  {
    name: 'exactly seven authors: the first three, then et al',
    citation: {
      authors: names(
        'Rabago D',
        'Patterson JJ',
        'Mundt M',
        'Kijowski R',
        'Grettie J',
        'Segal NA',
        'Zgierska A',
      ),
      title: 'Dextrose prolotherapy for knee osteoarthritis: a randomized controlled trial',
      journal: 'Ann Fam Med',
      year: 2013,
      volume: '11',
      issue: '3',
      pages: '229-237',
      doi: '10.1370/afm.1504',
    },
    expected:
      'Rabago D, Patterson JJ, Mundt M, et al. Dextrose prolotherapy for knee osteoarthritis: a randomized controlled trial. Ann Fam Med. 2013;11(3):229-237. doi:10.1370/afm.1504',
  },
  {
    name: 'no DOI, discontinuous pages',
    citation: {
      authors: names('Reeves KD', 'Hassanein K'),
      title:
        'Randomized prospective double-blind placebo-controlled study of dextrose prolotherapy for knee osteoarthritis with or without ACL laxity',
      journal: 'Altern Ther Health Med',
      year: 2000,
      volume: '6',
      issue: '2',
      pages: '68-74, 77-80',
    },
    expected:
      'Reeves KD, Hassanein K. Randomized prospective double-blind placebo-controlled study of dextrose prolotherapy for knee osteoarthritis with or without ACL laxity. Altern Ther Health Med. 2000;6(2):68-74, 77-80.',
  },
  {
    name: 'no issue number, hyphenated family name',
    citation: {
      authors: names('Hauser RA', 'Lackner JB', 'Steilen-Matias D', 'Harris DK'),
      title: 'A systematic review of dextrose prolotherapy for chronic musculoskeletal pain',
      journal: 'Clin Med Insights Arthritis Musculoskelet Disord',
      year: 2016,
      volume: '9',
      pages: '139-159',
      doi: '10.4137/CMAMD.S39160',
    },
    expected:
      'Hauser RA, Lackner JB, Steilen-Matias D, Harris DK. A systematic review of dextrose prolotherapy for chronic musculoskeletal pain. Clin Med Insights Arthritis Musculoskelet Disord. 2016;9:139-159. doi:10.4137/CMAMD.S39160',
  },
  {
    name: 'capitalized particle "Di" among nine authors',
    citation: {
      authors: names(
        'Filardo G',
        'Kon E',
        'Buda R',
        'Timoncini A',
        'Di Martino A',
        'Cenacchi A',
        'Fornasari PM',
        'Giannini S',
        'Marcacci M',
      ),
      title:
        'Platelet-rich plasma intra-articular knee injections for the treatment of degenerative cartilage lesions and osteoarthritis',
      journal: 'Knee Surg Sports Traumatol Arthrosc',
      year: 2011,
      volume: '19',
      issue: '4',
      pages: '528-535',
      doi: '10.1007/s00167-010-1238-6',
    },
    expected:
      'Filardo G, Kon E, Buda R, et al. Platelet-rich plasma intra-articular knee injections for the treatment of degenerative cartilage lesions and osteoarthritis. Knee Surg Sports Traumatol Arthrosc. 2011;19(4):528-535. doi:10.1007/s00167-010-1238-6',
  },
  {
    name: 'exactly six authors: all listed',
    citation: {
      authors: names('Felson DT', 'Naimark A', 'Anderson J', 'Kazis L', 'Castelli W', 'Meenan RF'),
      title:
        'The prevalence of knee osteoarthritis in the elderly. The Framingham Osteoarthritis Study',
      journal: 'Arthritis Rheum',
      year: 1987,
      volume: '30',
      issue: '8',
      pages: '914-918',
      doi: '10.1002/art.1780300811',
    },
    expected:
      'Felson DT, Naimark A, Anderson J, Kazis L, Castelli W, Meenan RF. The prevalence of knee osteoarthritis in the elderly. The Framingham Osteoarthritis Study. Arthritis Rheum. 1987;30(8):914-918. doi:10.1002/art.1780300811',
  },
  {
    name: 'hyphenated family name, two authors',
    citation: {
      authors: names('Hunter DJ', 'Bierma-Zeinstra S'),
      title: 'Osteoarthritis',
      journal: 'Lancet',
      year: 2019,
      volume: '393',
      issue: '10182',
      pages: '1745-1759',
      doi: '10.1016/S0140-6736(19)30417-1',
    },
    expected:
      'Hunter DJ, Bierma-Zeinstra S. Osteoarthritis. Lancet. 2019;393(10182):1745-1759. doi:10.1016/S0140-6736(19)30417-1',
  },
  {
    name: 'article number instead of pages, no issue',
    citation: {
      authors: names('Roos EM', 'Lohmander LS'),
      title:
        'The Knee injury and Osteoarthritis Outcome Score (KOOS): from joint injury to osteoarthritis',
      journal: 'Health Qual Life Outcomes',
      year: 2003,
      volume: '1',
      pages: '64',
      doi: '10.1186/1477-7525-1-64',
    },
    expected:
      'Roos EM, Lohmander LS. The Knee injury and Osteoarthritis Outcome Score (KOOS): from joint injury to osteoarthritis. Health Qual Life Outcomes. 2003;1:64. doi:10.1186/1477-7525-1-64',
  },
  {
    name: 'seven authors with abbreviated pages',
    citation: {
      authors: names(
        'Englund M',
        'Guermazi A',
        'Gale D',
        'Hunter DJ',
        'Aliabadi P',
        'Clancy M',
        'Felson DT',
      ),
      title: 'Incidental meniscal findings on knee MRI in middle-aged and elderly persons',
      journal: 'N Engl J Med',
      year: 2008,
      volume: '359',
      issue: '11',
      pages: '1108-15',
      doi: '10.1056/NEJMoa0800777',
    },
    expected:
      'Englund M, Guermazi A, Gale D, et al. Incidental meniscal findings on knee MRI in middle-aged and elderly persons. N Engl J Med. 2008;359(11):1108-1115. doi:10.1056/NEJMoa0800777',
  },
  {
    name: 'lowercase particles and a title ending in a question mark',
    citation: {
      authors: names('van der Kraan PM', 'van den Berg WB'),
      title:
        'Chondrocyte hypertrophy and osteoarthritis: role in initiation and progression of cartilage degeneration?',
      journal: 'Osteoarthritis Cartilage',
      year: 2012,
      volume: '20',
      issue: '3',
      pages: '223-232',
      doi: '10.1016/j.joca.2011.12.003',
    },
    expected:
      'van der Kraan PM, van den Berg WB. Chondrocyte hypertrophy and osteoarthritis: role in initiation and progression of cartilage degeneration? Osteoarthritis Cartilage. 2012;20(3):223-232. doi:10.1016/j.joca.2011.12.003',
  },
  {
    name: 'particle with a hyphenated family name among eight authors',
    citation: {
      authors: names(
        'de Lange-Brokaar BJ',
        'Ioan-Facsinay A',
        'van Osch GJ',
        'Zuurmond AM',
        'Schoones J',
        'Toes RE',
        'Huizinga TW',
        'Kloppenburg M',
      ),
      title: 'Synovial inflammation, immune cells and their cytokines in osteoarthritis: a review',
      journal: 'Osteoarthritis Cartilage',
      year: 2012,
      volume: '20',
      issue: '12',
      pages: '1484-1499',
      doi: '10.1016/j.joca.2012.08.027',
    },
    expected:
      'de Lange-Brokaar BJ, Ioan-Facsinay A, van Osch GJ, et al. Synovial inflammation, immune cells and their cytokines in osteoarthritis: a review. Osteoarthritis Cartilage. 2012;20(12):1484-1499. doi:10.1016/j.joca.2012.08.027',
  },
  {
    name: 'initials typed with periods and spaces',
    citation: {
      authors: [
        { family: 'Lories', given: 'R. J.' },
        { family: 'Luyten', given: 'F P' },
      ],
      title: 'The bone-cartilage unit in osteoarthritis',
      journal: 'Nat Rev Rheumatol',
      year: 2011,
      volume: '7',
      issue: '1',
      pages: '43-49',
      doi: '10.1038/nrrheum.2010.197',
    },
    expected:
      'Lories RJ, Luyten FP. The bone-cartilage unit in osteoarthritis. Nat Rev Rheumatol. 2011;7(1):43-49. doi:10.1038/nrrheum.2010.197',
  },
  {
    name: 'online ahead of print: no volume, issue or pages yet',
    citation: {
      authors: names('Goldring MB', 'Goldring SR'),
      title: 'Osteoarthritis',
      journal: 'J Cell Physiol',
      year: 2007,
      doi: '10.1002/jcp.21258',
    },
    expected:
      'Goldring MB, Goldring SR. Osteoarthritis. J Cell Physiol. Published online 2007. doi:10.1002/jcp.21258',
  },
  {
    name: 'source lists only the first three authors',
    citation: {
      authors: names('Katz JN', 'Brophy RH', 'Chaisson CE'),
      moreAuthors: true,
      title: 'Surgery versus physical therapy for a meniscal tear and osteoarthritis',
      journal: 'N Engl J Med',
      year: 2013,
      volume: '368',
      issue: '18',
      pages: '1675-1684',
      doi: '10.1056/NEJMoa1301408',
    },
    expected:
      'Katz JN, Brophy RH, Chaisson CE, et al. Surgery versus physical therapy for a meniscal tear and osteoarthritis. N Engl J Med. 2013;368(18):1675-1684. doi:10.1056/NEJMoa1301408',
  },
  {
    name: 'hyphenated first author, article number, many authors',
    citation: {
      authors: names(
        'Martel-Pelletier J',
        'Barr AJ',
        'Cicuttini FM',
        'Conaghan PG',
        'Cooper C',
        'Goldring MB',
        'Goldring SR',
        'Jones G',
        'Teichtahl AJ',
        'Pelletier JP',
      ),
      title: 'Osteoarthritis',
      journal: 'Nat Rev Dis Primers',
      year: 2016,
      volume: '2',
      pages: '16072',
      doi: '10.1038/nrdp.2016.72',
    },
    expected:
      'Martel-Pelletier J, Barr AJ, Cicuttini FM, et al. Osteoarthritis. Nat Rev Dis Primers. 2016;2:16072. doi:10.1038/nrdp.2016.72',
  },
  {
    name: 'an en dash typed in the page range',
    citation: {
      authors: names('Loeser RF'),
      title:
        'Aging and osteoarthritis: the role of chondrocyte senescence and aging changes in the cartilage matrix',
      journal: 'Osteoarthritis Cartilage',
      year: 2009,
      volume: '17',
      issue: '8',
      pages: '971–979',
      doi: '10.1016/j.joca.2009.03.002',
    },
    expected:
      'Loeser RF. Aging and osteoarthritis: the role of chondrocyte senescence and aging changes in the cartilage matrix. Osteoarthritis Cartilage. 2009;17(8):971-979. doi:10.1016/j.joca.2009.03.002',
  },
]
