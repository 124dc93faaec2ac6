import { document, paragraph } from './lexical'

const width = 100

export const contactForm = {
  title: 'How can we help you?',
  build: (officeNames: string[]) => ({
    title: 'How can we help you?',
    submitButtonLabel: 'Send my question',
    confirmationType: 'message',
    confirmationMessage: document(
      paragraph(
        'Thank you. Your message has reached our patient team, and someone will contact you within one business day. If your symptoms are urgent, please call the office directly.',
      ),
    ),
    fields: [
      { blockType: 'text', name: 'firstName', label: 'First name', required: true, width: 50 },
      { blockType: 'text', name: 'lastName', label: 'Last name', required: true, width: 50 },
      { blockType: 'email', name: 'email', label: 'Email', required: true, width: 50 },
      { blockType: 'text', name: 'phone', label: 'Phone', required: false, width: 50 },
      {
        blockType: 'textarea',
        name: 'symptoms',
        label: 'Tell us about your symptoms',
        required: true,
        width,
      },
      {
        blockType: 'select',
        name: 'office',
        label: 'Preferred office',
        required: false,
        width,
        options: officeNames.map((name) => ({ label: name, value: name })),
      },
      {
        blockType: 'checkbox',
        name: 'consent',
        label: 'I agree to be contacted about my request by phone or email.',
        required: true,
        width,
      },
    ],
    // Staff change the address and wording under Forms → Emails.
    emails: [
      {
        emailTo: process.env.FORMS_NOTIFY_TO || 'frontdesk@clinic.example',
        replyTo: '{{email}}',
        subject: 'New request from {{firstName}} {{lastName}}',
        message: document(
          paragraph(
            'A patient sent the "How can we help you?" form on our site. Their answers:',
          ),
        ),
      },
    ],
  }),
}
