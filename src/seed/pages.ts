import { bulletList, document, heading, paragraph } from './lexical'

export const newPatientsContent = () =>
  document(
    paragraph(
      'Welcome. Your first visit is a consultation: a physician listens to your story, examines the painful area and explains which treatments could help and which would not.',
    ),
    heading('h2', 'What to bring'),
    bulletList(
      ['a list of your medicines and supplements,'],
      ['any X-ray, MRI or ultrasound reports and images you have, and'],
      ['notes on what makes your pain better or worse.'],
    ),
    heading('h2', 'How long it takes'),
    paragraph(
      'Plan for about an hour. If treatment makes sense and you agree, it can often start the same day.',
    ),
    heading('h2', 'Insurance'),
    paragraph(
      'We are an out-of-network provider. Our staff will give you the paperwork you need to ask your insurer about reimbursement.',
    ),
  )
