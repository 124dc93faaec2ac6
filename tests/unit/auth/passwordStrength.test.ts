/** @jest-environment node */
import { passwordProblem } from '@/auth/passwordStrength'

describe('passwordProblem', () => {
  const maria = { email: 'maria.lopez@clinic.test', name: 'Maria Lopez' }

  it('accepts a long password that is hard to guess', () => {
    expect(passwordProblem('velvet-orbit-73-canyon-lamp', maria)).toBeNull()
  })

  it('names the length when the password is short', () => {
    expect(passwordProblem('Xk9#vb2!Lq', maria)).toBe(
      'The password must be at least 12 characters long (this one has 10).',
    )
  })

  it('refuses a password longer than 256 characters', () => {
    expect(passwordProblem('ab3$'.repeat(65), maria)).toMatch(/at most 256 characters/)
  })

  it('refuses well-known and patterned passwords with zxcvbn feedback', () => {
    for (const weak of ['password1234', 'qwertyuiop123', '111111111111']) {
      expect(passwordProblem(weak, maria)).toMatch(/^The password is too easy to guess\./)
    }
  })

  it('refuses a password that contains the name or the email', () => {
    expect(passwordProblem('Lopez-velvet-orbit-73', maria)).toBe(
      'The password must not contain your name or email address ("lopez").',
    )
    expect(passwordProblem('xx-maria.lopez-velvet-73', maria)).toMatch(/"maria.lopez"/)
  })

  it('refuses a password that is not text', () => {
    expect(passwordProblem(123456789012345, maria)).toBe('Enter the password as text.')
  })
})
