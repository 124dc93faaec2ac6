import {
  bold,
  bulletList,
  callToAction,
  cite,
  document,
  heading,
  paragraph,
  quote,
} from './lexical'

// Our own summary of Platas et al. (2016) for patients.
export const healingCycleArticle = (citationId: number | string) => ({
  title: 'How stem cells help fix a broken “healing cycle”',
  subtitle:
    'What a laboratory study of fat-derived stem cells suggests about inflammation in knee osteoarthritis',
  excerpt:
    'Osteoarthritis is not only worn cartilage. Researchers in Spain found that stem cells taken from fat calm the inflammatory signals that keep an arthritic joint from healing. Here is what that means for you.',
  content: document(
    paragraph(
      'Many people picture knee osteoarthritis as a tyre that has simply worn thin. That picture leaves something out. Inside an arthritic joint, cells are constantly sending chemical messages, and in osteoarthritis many of those messages say “inflame” and “break down” rather than “repair.” We call this a broken healing cycle: the joint keeps trying to heal, but the environment it is working in keeps undoing the work.',
    ),
    heading('h2', 'What the researchers looked at'),
    paragraph(
      'A university research group in Valencia, Spain, studied cartilage cells (chondrocytes) taken from people with osteoarthritis. They exposed these cells to the kind of inflammatory stress found in an arthritic knee and watched for signs of ',
      bold('senescence'),
      ', the state in which cells stop dividing, stop doing their job well, and release even more inflammatory signals of their own.',
    ),
    paragraph(
      'They then added the substances released by stem cells taken from human fat tissue (adipose-derived mesenchymal stem cells). The stem cells themselves did not have to become new cartilage. What mattered was what they secreted, which scientists call a paracrine effect.',
      cite(citationId),
    ),
    heading('h2', 'What they found'),
    paragraph('In this laboratory setting, the stem-cell secretions:'),
    bulletList(
      ['reduced markers of cell ageing in the stressed cartilage cells,'],
      ['lowered the production of inflammatory and tissue-destroying signals, and'],
      ['helped protect the cells against the damage caused by oxidative stress.'],
    ),
    paragraph(
      'Put simply, the stem cells appeared to switch off part of the inflammatory environment that keeps an arthritic joint stuck. That is a different idea from “growing new cartilage,” and it may explain why some patients feel better after regenerative injections even before any structural change could be seen on an image.',
      cite(citationId),
    ),
    quote(
      'Healing depends on the neighbourhood the cells live in. Change the neighbourhood from inflamed to calm, and repair has a chance to begin.',
    ),
    heading('h2', 'What this means for patients'),
    paragraph(
      'This was a study of cells in a dish, not of people, so it cannot tell us how well any treatment works in a particular knee. It does add to the evidence that osteoarthritis is an active, inflammatory process, and that treatments aimed at the joint environment, such as Prolotherapy, platelet rich plasma and cell-based injections, are worth discussing with a physician who uses them.',
    ),
    paragraph(
      'In our own practice we often combine these approaches, because each one acts on a different part of the healing cycle. Whether that is right for you depends on an examination, your imaging and your goals.',
    ),
    callToAction(
      'Is knee pain keeping you from the things you love?',
      'Ask whether a regenerative treatment could help your knee. Our staff will help you decide if a consultation makes sense.',
      { label: 'Ask about your knee', type: 'custom', url: '/contact' },
    ),
    paragraph(
      'If you have questions about your joint pain, our staff are happy to help you decide whether a consultation makes sense.',
    ),
  ),
})
