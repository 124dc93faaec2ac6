import nodemailer, { type Transporter } from 'nodemailer'
import type { PayloadEmailAdapter as EmailAdapter, SendEmailOptions } from 'payload'

export type SmtpSettings = {
  host?: string
  port: number
  secure: boolean
  user?: string
  pass?: string
  fromAddress: string
  fromName: string
}

/** SMTP settings from the environment; read when Payload starts. */
export const smtpSettingsFromEnv = (env: NodeJS.ProcessEnv = process.env): SmtpSettings => {
  const port = Number(env.SMTP_PORT) || 587
  return {
    host: env.SMTP_HOST || undefined,
    port,
    // Port 465 speaks TLS from the first byte; 587 and 25 upgrade with STARTTLS.
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
    user: env.SMTP_USER || undefined,
    pass: env.SMTP_PASS || undefined,
    fromAddress: env.EMAIL_FROM || 'no-reply@localhost',
    fromName: env.EMAIL_FROM_NAME || 'Clinic website',
  }
}

const recipients = (value: SendEmailOptions['to']): string =>
  ([] as unknown[])
    .concat(value ?? [])
    .map((entry) => (typeof entry === 'string' ? entry : (entry as { address?: string }).address))
    .join(', ')

/**
 * Payload's email adapter over nodemailer (`@payloadcms/email-nodemailer` is not published for
 * this Payload version). Without SMTP_HOST, development logs each message and production refuses
 * to send, so a submission is marked failed instead of pretending it reached anyone.
 */
export const nodemailerAdapter =
  (settings: SmtpSettings = smtpSettingsFromEnv()): EmailAdapter =>
  ({ payload }) => {
    const { host, port, secure, user, pass, fromAddress, fromName } = settings
    let transport: Transporter | undefined
    if (host) {
      transport = nodemailer.createTransport({
        host,
        port,
        secure,
        auth: user ? { user, pass } : undefined,
        // A visitor waits while staff are notified: give up rather than hang on a dead server.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      })
    }
    return {
      name: host ? 'smtp' : 'log',
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      sendEmail: async (message) => {
        const from = message.from || { name: fromName, address: fromAddress }
        if (transport) return transport.sendMail({ ...message, from })
        if (process.env.NODE_ENV === 'production')
          throw new Error(
            'Email is not set up: set SMTP_HOST (and SMTP_USER, SMTP_PASS) to send it.',
          )
        // Development only: messages may hold patient details, so never in production.
        payload.logger.info({
          msg: `Email (not sent, no SMTP_HOST) to ${recipients(message.to)}: ${message.subject ?? ''}\n${message.text ?? message.html ?? ''}`,
        })
        return { messageId: 'logged', accepted: [] }
      },
    }
  }
