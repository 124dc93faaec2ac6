import { jest } from '@jest/globals'
import { fireEvent, render, screen, within } from '@testing-library/react'

import { FormView } from '@/components/FormView'
import { errorsFromResponse, inputFields, submissionData } from '@/components/FormView/submission'
import type { Form } from '@/payload-types'

const fields: Form['fields'] = [
  { blockType: 'text', name: 'firstName', label: 'First name', required: true, width: 50 },
  { blockType: 'text', name: 'lastName', label: 'Last name', required: true, width: 50 },
  { blockType: 'email', name: 'email', label: 'Email', required: true },
  { blockType: 'text', name: 'phone', label: 'Phone' },
  { blockType: 'textarea', name: 'symptoms', label: 'Tell us about your symptoms', required: true },
  {
    blockType: 'select',
    name: 'office',
    label: 'Preferred office',
    options: [
      { label: 'Chicagoland Office', value: 'Chicagoland Office' },
      { label: 'Southwest Florida Office', value: 'Southwest Florida Office' },
    ],
  },
  { blockType: 'checkbox', name: 'consent', label: 'I agree to be contacted', required: true },
]

const form = {
  id: 7,
  fields,
  submitButtonLabel: 'Send my question',
  confirmationType: 'message' as const,
}

const renderForm = (defaults?: Record<string, string>) =>
  render(
    <FormView
      form={form}
      confirmation={<p>Thank you.</p>}
      defaults={defaults}
      fallback="call us at (708) 393-8266"
    />,
  )

describe('FormView', () => {
  it('labels every field in the staff’s order and marks the required ones', () => {
    renderForm()
    expect(screen.getByRole('textbox', { name: 'First name (required)' })).toBeRequired()
    expect(screen.getByRole('textbox', { name: 'Email (required)' })).toHaveAttribute(
      'type',
      'email',
    )
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAttribute('type', 'tel')
    expect(screen.getByRole('textbox', { name: 'Phone' })).not.toBeRequired()
    expect(
      screen.getByRole('checkbox', { name: 'I agree to be contacted (required)' }),
    ).toBeRequired()
    expect(
      within(screen.getByRole('combobox', { name: 'Preferred office' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose…', 'Chicagoland Office', 'Southwest Florida Office'])
    expect(screen.getByRole('button', { name: 'Send my question' })).toBeInTheDocument()
  })

  it('starts on the office of the page it is on', () => {
    renderForm({ office: 'Southwest Florida Office' })
    expect(screen.getByRole('combobox', { name: 'Preferred office' })).toHaveValue(
      'Southwest Florida Office',
    )
  })

  it('hides the honeypot from people and assistive technology', () => {
    const { container } = renderForm()
    const trap = container.querySelector('input[name="website"]') as HTMLInputElement
    expect(trap).toHaveAttribute('tabindex', '-1')
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull()
  })

  it('lists blank required answers beside their fields and sends nothing', () => {
    const fetchSpy = jest.fn()
    global.fetch = fetchSpy as unknown as typeof fetch
    renderForm()
    fireEvent.change(screen.getByRole('textbox', { name: 'First name (required)' }), {
      target: { value: 'Jane' },
    })
    fireEvent.submit(screen.getByRole('button', { name: 'Send my question' }).closest('form')!)
    expect(screen.getByText('4 answers need your attention:')).toBeInTheDocument()
    const email = screen.getByRole('textbox', { name: 'Email (required)' })
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription('Please fill in “Email”.')
    expect(screen.getByRole('textbox', { name: 'First name (required)' })).not.toHaveAttribute(
      'aria-invalid',
    )
    expect(
      screen.getByRole('link', { name: 'Tick “I agree to be contacted” to continue.' }),
    ).toHaveAttribute('href', expect.stringMatching(/-consent$/))
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

describe('submission helpers', () => {
  it('sends one value per field, trimmed, with checkboxes as true or false', () => {
    const data = new FormData()
    data.set('firstName', '  Jane ')
    data.set('email', 'jane@example.com')
    data.set('consent', 'on')
    expect(submissionData(inputFields(fields), data)).toEqual([
      { field: 'firstName', value: 'Jane' },
      { field: 'lastName', value: '' },
      { field: 'email', value: 'jane@example.com' },
      { field: 'phone', value: '' },
      { field: 'symptoms', value: '' },
      { field: 'office', value: '' },
      { field: 'consent', value: 'true' },
    ])
  })

  it('puts the server’s field messages beside their fields and the rest above the form', () => {
    const body = {
      errors: [
        {
          message: 'The following fields are invalid: email, altcha',
          data: {
            errors: [
              { path: 'email', message: 'Enter an email address like name@example.com.' },
              { path: 'altcha', message: 'The spam check expired. Please send again.' },
            ],
          },
        },
      ],
    }
    expect(errorsFromResponse(400, body, inputFields(fields))).toEqual({
      fields: { email: 'Enter an email address like name@example.com.' },
      message: 'The spam check expired. Please send again.',
    })
  })

  it('says what to do when the server answers without details', () => {
    expect(errorsFromResponse(429, {}, []).message).toMatch(/wait a few minutes/)
    expect(errorsFromResponse(500, {}, []).message).toMatch(/could not be sent/)
    expect(
      errorsFromResponse(429, { errors: [{ message: 'Too many requests from your address.' }] }, [])
        .message,
    ).toBe('Too many requests from your address.')
  })
})
